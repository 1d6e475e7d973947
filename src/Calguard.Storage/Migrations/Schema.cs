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
        new(2, "reports, silent blocks, campaigns, learned classifier",
        [
            // One row per (recipient, reported UID or Message-ID, kind): a repeated report finds its row (idempotent).
            """
            CREATE TABLE reports (
                id {identity},
                recipient TEXT NOT NULL,
                tenant TEXT NOT NULL,
                subject TEXT NOT NULL,
                uid TEXT NULL,
                message_id TEXT NULL,
                kind TEXT NOT NULL,
                source TEXT NOT NULL,
                campaign_id TEXT NULL,
                provenance_id BIGINT NULL,
                organizer TEXT NULL,
                received_at BIGINT NOT NULL,
                UNIQUE (recipient, subject, kind))
            """,
            "CREATE INDEX ix_reports_received_at ON reports (received_at)",
            "CREATE INDEX ix_reports_campaign ON reports (campaign_id)",
            // kind uid or organizer; a not-spam report deletes the rows its spam report made.
            """
            CREATE TABLE report_blocks (
                recipient TEXT NOT NULL,
                kind TEXT NOT NULL,
                value TEXT NOT NULL,
                tenant TEXT NOT NULL,
                report_id BIGINT NOT NULL,
                created_at BIGINT NOT NULL,
                PRIMARY KEY (recipient, kind, value))
            """,
            // A campaign is named by the fingerprint of its first reported copy; copies match it by fingerprint or SimHash bands.
            """
            CREATE TABLE campaigns (
                id TEXT PRIMARY KEY,
                simhash BIGINT NOT NULL,
                band0 INTEGER NOT NULL,
                band1 INTEGER NOT NULL,
                band2 INTEGER NOT NULL,
                band3 INTEGER NOT NULL,
                link_domains TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                confirmed_at BIGINT NULL,
                confirmed_by TEXT NULL)
            """,
            "CREATE INDEX ix_campaigns_band0 ON campaigns (band0)",
            "CREATE INDEX ix_campaigns_band1 ON campaigns (band1)",
            "CREATE INDEX ix_campaigns_band2 ON campaigns (band2)",
            "CREATE INDEX ix_campaigns_band3 ON campaigns (band3)",
            // The features of each scanned campaign copy, so a report weeks later can train without the raw message.
            """
            CREATE TABLE invitation_features (
                fingerprint TEXT PRIMARY KEY,
                features TEXT NOT NULL,
                recorded_at BIGINT NOT NULL)
            """,
            "CREATE INDEX ix_invitation_features_recorded_at ON invitation_features (recorded_at)",
            // The classifier: message totals (one row), per-feature counts, and what each trained item was learned as.
            """
            CREATE TABLE classifier_totals (
                id INTEGER PRIMARY KEY,
                spam BIGINT NOT NULL,
                ham BIGINT NOT NULL)
            """,
            "INSERT INTO classifier_totals (id, spam, ham) VALUES (1, 0, 0)",
            """
            CREATE TABLE classifier_features (
                feature TEXT PRIMARY KEY,
                spam BIGINT NOT NULL,
                ham BIGINT NOT NULL)
            """,
            """
            CREATE TABLE classifier_trained (
                item TEXT PRIMARY KEY,
                label TEXT NOT NULL,
                features TEXT NOT NULL,
                trained_at BIGINT NOT NULL)
            """,
        ]),
    ];
}
