extension Migration {
    /// The disclosure register: requests for disclosure (依申请公开, 条例 Arts. 27–33) and the
    /// review cases about them (行政复议 / 行政诉讼), with the codes of the 2021 annual-report
    /// tables (docs/register.md). A clerk records progress by entering a request again: each
    /// change is the next revision, the earlier ones kept; nothing is updated or deleted.
    static let register = Migration(
        id: "2026-11-28-7-register",
        sql: """
            CREATE TABLE disclosure_request (
                id TEXT NOT NULL,
                revision INTEGER NOT NULL CHECK (revision >= 1),
                applicant TEXT NOT NULL CHECK (applicant IN (
                    'natural-person', 'commercial-enterprise', 'research-institution', 'public-interest-organisation',
                    'legal-service-organisation', 'other-organisation'
                )),
                subject TEXT NOT NULL,
                received_on TEXT NOT NULL,
                correction_sent_on TEXT,
                correction_received_on TEXT,
                consultation_sent_on TEXT,
                consultation_replied_on TEXT,
                extended_on TEXT,
                extension_days INTEGER,
                answered_on TEXT,
                -- The row of table 三: 1, 2, 3.1 … 6.3.
                outcome TEXT,
                PRIMARY KEY (id, revision)
            ) WITHOUT ROWID;

            CREATE TABLE review_case (
                id TEXT NOT NULL,
                revision INTEGER NOT NULL CHECK (revision >= 1),
                case_type TEXT NOT NULL CHECK (case_type IN (
                    'reconsideration', 'litigation-direct', 'litigation-after-reconsideration'
                )),
                filed_on TEXT NOT NULL,
                decided_on TEXT,
                outcome TEXT CHECK (outcome IN ('upheld', 'corrected', 'other')),
                request_id TEXT,
                subject TEXT,
                PRIMARY KEY (id, revision)
            ) WITHOUT ROWID;

            CREATE TRIGGER disclosure_request_revisions_are_appended BEFORE INSERT ON disclosure_request
            WHEN NEW.revision <> 1 + COALESCE((SELECT max(revision) FROM disclosure_request WHERE id = NEW.id), 0)
            BEGIN
                SELECT RAISE(ABORT, 'a request changes only by its next revision');
            END;
            CREATE TRIGGER disclosure_request_is_never_deleted BEFORE DELETE ON disclosure_request
            BEGIN
                SELECT RAISE(ABORT, 'register entries are never deleted');
            END;
            CREATE TRIGGER disclosure_request_is_never_rewritten BEFORE UPDATE ON disclosure_request
            BEGIN
                SELECT RAISE(ABORT, 'a register revision is never rewritten: enter the request again');
            END;
            CREATE TRIGGER review_case_revisions_are_appended BEFORE INSERT ON review_case
            WHEN NEW.revision <> 1 + COALESCE((SELECT max(revision) FROM review_case WHERE id = NEW.id), 0)
            BEGIN
                SELECT RAISE(ABORT, 'a case changes only by its next revision');
            END;
            CREATE TRIGGER review_case_is_never_deleted BEFORE DELETE ON review_case
            BEGIN
                SELECT RAISE(ABORT, 'register entries are never deleted');
            END;
            CREATE TRIGGER review_case_is_never_rewritten BEFORE UPDATE ON review_case
            BEGIN
                SELECT RAISE(ABORT, 'a register revision is never rewritten: enter the case again');
            END;
            """)
}
