namespace Calguard.Storage.Migrations;

/// <summary>
/// Every migration, oldest first. Append new ones at the end with the next version; an applied migration is never
/// edited. Times are unix milliseconds (BIGINT) and days are <c>yyyy-MM-dd</c> text, so the same SQL serves both backends.
/// </summary>
public static class Schema
{
    /// <summary>The migrations.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "policies, known senders, API keys, provenance, statistics",
        [
            """
            CREATE TABLE policies (
                scope TEXT NOT NULL,
                name TEXT NOT NULL,
                tenant TEXT NOT NULL,
                body TEXT NOT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (scope, name))
            """,
            // kind 1 = contact, 2 = correspondent (IKnownSenders); contacts win when both hold.
            """
            CREATE TABLE known_senders (
                recipient TEXT NOT NULL,
                kind INTEGER NOT NULL,
                address TEXT NOT NULL,
                tenant TEXT NOT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (recipient, kind, address))
            """,
            "CREATE INDEX ix_known_senders_lookup ON known_senders (recipient, address)",
            """
            CREATE TABLE api_keys (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                hash TEXT NOT NULL UNIQUE,
                scopes TEXT NOT NULL,
                tenants TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                revoked_at BIGINT NULL)
            """,
            """
            CREATE TABLE provenance (
                id {identity},
                recipient TEXT NOT NULL,
                tenant TEXT NOT NULL,
                channel TEXT NOT NULL,
                uid TEXT NULL,
                seq INTEGER NULL,
                method TEXT NULL,
                summary TEXT NULL,
                message_id TEXT NULL,
                envelope_sender TEXT NULL,
                from_address TEXT NULL,
                source_ip TEXT NULL,
                dkim_domains TEXT NOT NULL,
                organizer_authenticated INTEGER NOT NULL,
                organizer TEXT NULL,
                verdict TEXT NOT NULL,
                score DOUBLE PRECISION NOT NULL,
                action TEXT NOT NULL,
                symbols TEXT NOT NULL,
                arrival_time BIGINT NOT NULL,
                recorded_at BIGINT NOT NULL,
                fingerprint TEXT NOT NULL,
                simhash BIGINT NOT NULL,
                band0 INTEGER NOT NULL,
                band1 INTEGER NOT NULL,
                band2 INTEGER NOT NULL,
                band3 INTEGER NOT NULL,
                link_domains TEXT NOT NULL,
                raw_message {blob} NULL)
            """,
            "CREATE INDEX ix_provenance_recipient_uid ON provenance (recipient, uid)",
            "CREATE INDEX ix_provenance_message_id ON provenance (message_id)",
            "CREATE INDEX ix_provenance_fingerprint ON provenance (fingerprint)",
            // Two SimHashes within Hamming distance 3 share at least one 16-bit band (CampaignFingerprint.Bands).
            "CREATE INDEX ix_provenance_band0 ON provenance (band0)",
            "CREATE INDEX ix_provenance_band1 ON provenance (band1)",
            "CREATE INDEX ix_provenance_band2 ON provenance (band2)",
            "CREATE INDEX ix_provenance_band3 ON provenance (band3)",
            "CREATE INDEX ix_provenance_recorded_at ON provenance (recorded_at)",
            // Counters as rows, so later counters (reports, outbound checks) need no migration; one Redis hash field each.
            """
            CREATE TABLE statistics (
                day TEXT NOT NULL,
                tenant TEXT NOT NULL,
                counter TEXT NOT NULL,
                value BIGINT NOT NULL,
                PRIMARY KEY (day, tenant, counter))
            """,
        ]),
        new(3, "reputation: decayed evidence per entity, reporters per entity, applied reports",
        [
            // Counts are stored as of updated_at and halve every half-life (SqlReputationStore); first_seen is not decayed.
            """
            CREATE TABLE reputation (
                kind TEXT NOT NULL,
                entity TEXT NOT NULL,
                deliveries DOUBLE PRECISION NOT NULL,
                spam_verdicts DOUBLE PRECISION NOT NULL,
                clean_verdicts DOUBLE PRECISION NOT NULL,
                spam_reports DOUBLE PRECISION NOT NULL,
                spam_weight DOUBLE PRECISION NOT NULL,
                spam_reporters DOUBLE PRECISION NOT NULL,
                ham_reports DOUBLE PRECISION NOT NULL,
                ham_weight DOUBLE PRECISION NOT NULL,
                ham_reporters DOUBLE PRECISION NOT NULL,
                first_seen BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (kind, entity))
            """,
            "CREATE INDEX ix_reputation_updated_at ON reputation (updated_at)",
            // One row per reporter and entity: its latest opinion, so a reporter counts once and can change its mind.
            """
            CREATE TABLE reputation_reporters (
                kind TEXT NOT NULL,
                entity TEXT NOT NULL,
                reporter TEXT NOT NULL,
                spam INTEGER NOT NULL,
                weight DOUBLE PRECISION NOT NULL,
                reported_at BIGINT NOT NULL,
                PRIMARY KEY (kind, entity, reporter))
            """,
            "CREATE INDEX ix_reputation_reporters_reported_at ON reputation_reporters (reported_at)",
            // Reports already applied: a retried report changes nothing.
            """
            CREATE TABLE reputation_reports (
                report_id BIGINT PRIMARY KEY,
                applied_at BIGINT NOT NULL)
            """,
            "CREATE INDEX ix_reputation_reports_applied_at ON reputation_reports (applied_at)",
        ]),
    ];
}
