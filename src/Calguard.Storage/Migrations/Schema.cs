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
        new(4, "outbound check: decisions, held invitations, recipients each account wrote to",
        [
            // Every decision of the outbound check with its reasons (JSON), for the operator and for audits.
            """
            CREATE TABLE outbound_decisions (
                id {identity},
                account TEXT NOT NULL,
                tenant TEXT NOT NULL,
                organizer TEXT NOT NULL,
                channel TEXT NOT NULL,
                origin TEXT NOT NULL,
                decision TEXT NOT NULL,
                reasons TEXT NOT NULL,
                uid TEXT NULL,
                summary TEXT NULL,
                attendees INTEGER NOT NULL,
                external_attendees INTEGER NOT NULL,
                client_ip TEXT NULL,
                user_agent TEXT NULL,
                fingerprint TEXT NULL,
                created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX ix_outbound_decisions_account ON outbound_decisions (account, created_at)",
            "CREATE INDEX ix_outbound_decisions_created_at ON outbound_decisions (created_at)",
            // Held invitations wait here for an operator: status held, released or dropped. The id is the decision's.
            """
            CREATE TABLE outbound_held (
                id BIGINT PRIMARY KEY,
                account TEXT NOT NULL,
                tenant TEXT NOT NULL,
                organizer TEXT NOT NULL,
                origin TEXT NOT NULL,
                uid TEXT NULL,
                summary TEXT NULL,
                attendees TEXT NOT NULL,
                calendar TEXT NOT NULL,
                reasons TEXT NOT NULL,
                client_ip TEXT NULL,
                status TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                decided_at BIGINT NULL,
                decided_by TEXT NULL)
            """,
            "CREATE INDEX ix_outbound_held_status ON outbound_held (status, id)",
            "CREATE INDEX ix_outbound_held_created_at ON outbound_held (created_at)",
            // The recipients each account sent invitations to: "never written to before" and distinct recipients per day.
            """
            CREATE TABLE outbound_recipients (
                account TEXT NOT NULL,
                address TEXT NOT NULL,
                first_at BIGINT NOT NULL,
                last_at BIGINT NOT NULL,
                counted_at BIGINT NOT NULL,
                PRIMARY KEY (account, address))
            """,
            "CREATE INDEX ix_outbound_recipients_last_at ON outbound_recipients (last_at)",
        ]),
        new(5, "feedback: outbox of ARF reports and learning, its rate slots, incoming complaints, provenance links",
        [
            // Space-separated absolute URIs of the event's links, for Reported-URI (NULL for records made before).
            "ALTER TABLE provenance ADD COLUMN links TEXT NULL",
            // One row per thing to deliver (kind arf, rspamd, spamassassin, imap); dedupe_key makes a report's enqueue idempotent.
            """
            CREATE TABLE feedback_outbox (
                id {identity},
                report_id BIGINT NOT NULL,
                kind TEXT NOT NULL,
                dedupe_key TEXT NOT NULL UNIQUE,
                recipient TEXT NOT NULL,
                tenant TEXT NOT NULL,
                target TEXT NOT NULL,
                detail TEXT NOT NULL,
                payload {blob} NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                created_at BIGINT NOT NULL,
                next_attempt_at BIGINT NOT NULL,
                finished_at BIGINT NULL,
                last_error TEXT NULL)
            """,
            "CREATE INDEX ix_feedback_outbox_due ON feedback_outbox (status, next_attempt_at)",
            "CREATE INDEX ix_feedback_outbox_report ON feedback_outbox (report_id)",
            "CREATE INDEX ix_feedback_outbox_finished ON feedback_outbox (finished_at)",
            // At most one report per campaign and reported domain per window: the row is the slot, taken by an upsert.
            """
            CREATE TABLE feedback_rate (
                rate_key TEXT PRIMARY KEY,
                outbox_id BIGINT NOT NULL,
                until_at BIGINT NOT NULL)
            """,
            // Incoming ARF reports about mail the service's own accounts sent (IOutboundComplaints).
            """
            CREATE TABLE feedback_complaints (
                id {identity},
                account TEXT NOT NULL,
                tenant TEXT NOT NULL,
                feedback_type TEXT NOT NULL,
                received_at BIGINT NOT NULL,
                report_message_id TEXT NULL UNIQUE,
                reporter TEXT NULL,
                user_agent TEXT NULL,
                arrival_date BIGINT NULL,
                original_mail_from TEXT NULL,
                original_rcpt_to TEXT NULL,
                source_ip TEXT NULL,
                reported_domain TEXT NULL,
                message_id TEXT NULL,
                provenance_id BIGINT NULL,
                matched_by TEXT NOT NULL)
            """,
            "CREATE INDEX ix_feedback_complaints_account ON feedback_complaints (account, received_at)",
            "CREATE INDEX ix_feedback_complaints_received ON feedback_complaints (received_at)",
        ]),
        new(6, "provenance: one SimHash index (simhash, id) instead of four band indexes",
        [
            // Every scan writes a provenance row, and each index costs the group commit a page at a random key: the
            // four band indexes were half of them. SqlProvenanceStore.FindSimilarAsync probes the ranges of the top
            // 16 bits within the distance in this one index instead (the band columns stay, filled, unindexed).
            "DROP INDEX ix_provenance_band0",
            "DROP INDEX ix_provenance_band1",
            "DROP INDEX ix_provenance_band2",
            "DROP INDEX ix_provenance_band3",
            "CREATE INDEX ix_provenance_simhash ON provenance (simhash, id)",
        ]),
    ];
}
