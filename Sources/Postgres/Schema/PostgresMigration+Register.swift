extension PostgresMigration {
    /// `2026-11-28-7-register` (Store: Migration+Register.swift): requests for disclosure and
    /// review cases, each change the next revision; nothing updated or deleted.
    static let register = PostgresMigration(
        id: "2026-11-28-7-register",
        sql: """
            CREATE TABLE disclosure_request (
                id text NOT NULL,
                revision bigint NOT NULL CHECK (revision >= 1),
                applicant text NOT NULL CHECK (applicant IN (
                    'natural-person', 'commercial-enterprise', 'research-institution', 'public-interest-organisation',
                    'legal-service-organisation', 'other-organisation'
                )),
                subject text NOT NULL,
                received_on text NOT NULL,
                correction_sent_on text,
                correction_received_on text,
                consultation_sent_on text,
                consultation_replied_on text,
                extended_on text,
                extension_days bigint,
                answered_on text,
                -- The row of table 三: 1, 2, 3.1 … 6.3.
                outcome text,
                PRIMARY KEY (id, revision)
            );

            CREATE TABLE review_case (
                id text NOT NULL,
                revision bigint NOT NULL CHECK (revision >= 1),
                case_type text NOT NULL CHECK (case_type IN (
                    'reconsideration', 'litigation-direct', 'litigation-after-reconsideration'
                )),
                filed_on text NOT NULL,
                decided_on text,
                outcome text CHECK (outcome IN ('upheld', 'corrected', 'other')),
                request_id text,
                subject text,
                PRIMARY KEY (id, revision)
            );

            """
            + refuse(
                "INSERT", on: "disclosure_request", trigger: "disclosure_request_revisions_are_appended",
                when: "NEW.revision <> 1 + COALESCE((SELECT max(revision) FROM disclosure_request WHERE id = NEW.id), 0)",
                "a request changes only by its next revision")
            + refuse(
                "DELETE", on: "disclosure_request", trigger: "disclosure_request_is_never_deleted",
                "register entries are never deleted")
            + refuse(
                "UPDATE", on: "disclosure_request", trigger: "disclosure_request_is_never_rewritten",
                "a register revision is never rewritten: enter the request again")
            + refuse(
                "INSERT", on: "review_case", trigger: "review_case_revisions_are_appended",
                when: "NEW.revision <> 1 + COALESCE((SELECT max(revision) FROM review_case WHERE id = NEW.id), 0)",
                "a case changes only by its next revision")
            + refuse(
                "DELETE", on: "review_case", trigger: "review_case_is_never_deleted", "register entries are never deleted")
            + refuse(
                "UPDATE", on: "review_case", trigger: "review_case_is_never_rewritten",
                "a register revision is never rewritten: enter the case again"))
}
