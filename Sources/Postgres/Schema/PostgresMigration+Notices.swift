extension PostgresMigration {
    /// `2026-11-28-6-notices` (Store: Migration+Notices.swift): the 索引号 issued in order and
    /// never deleted, the notices, their fields and events; nothing updated or deleted.
    static let notices = PostgresMigration(
        id: "2026-11-28-6-notices",
        sql: """
            CREATE TABLE index_number (
                organisation text NOT NULL,
                year bigint NOT NULL CHECK (year BETWEEN 1000 AND 9999),
                serial bigint NOT NULL CHECK (serial BETWEEN 1 AND 99999),
                -- 'notice': a row of notice has it; 'item': issued for something published elsewhere.
                purpose text NOT NULL CHECK (purpose IN ('notice', 'item')),
                PRIMARY KEY (organisation, year, serial)
            );

            CREATE TABLE notice (
                organisation text NOT NULL,
                year bigint NOT NULL,
                serial bigint NOT NULL,
                kind text NOT NULL CHECK (kind IN (
                    'eia-approval', 'completion-acceptance', 'key-enterprise', 'penalty', 'enforcement', 'news', 'other'
                )),
                title text NOT NULL,
                issuer text NOT NULL,
                published_at bigint NOT NULL,
                -- The publication date in China Standard Time; the 索引号 carries its year.
                published_on text NOT NULL CHECK (year = CAST(substr(published_on, 1, 4) AS bigint)),
                PRIMARY KEY (organisation, year, serial),
                FOREIGN KEY (organisation, year, serial) REFERENCES index_number (organisation, year, serial)
            );

            -- The summary and the kind's own fields (kind and title are columns of notice).
            CREATE TABLE notice_field (
                organisation text NOT NULL,
                year bigint NOT NULL,
                serial bigint NOT NULL,
                key text NOT NULL,
                value text NOT NULL,
                PRIMARY KEY (organisation, year, serial, key),
                FOREIGN KEY (organisation, year, serial) REFERENCES notice (organisation, year, serial)
            );

            CREATE TABLE notice_event (
                organisation text NOT NULL,
                year bigint NOT NULL,
                serial bigint NOT NULL,
                sequence bigint NOT NULL CHECK (sequence >= 1),
                kind text NOT NULL CHECK (kind IN ('withdrawn')),
                reason text NOT NULL,
                happened_at bigint NOT NULL,
                happened_on text NOT NULL,
                -- 行政处罚法 Art. 48: the day a penalty decision was changed or revoked.
                decision_changed_on text,
                PRIMARY KEY (organisation, year, serial, sequence),
                FOREIGN KEY (organisation, year, serial) REFERENCES notice (organisation, year, serial)
            );
            CREATE UNIQUE INDEX notice_is_withdrawn_once ON notice_event (organisation, year, serial)
                WHERE kind = 'withdrawn';

            -- The database itself keeps the numbering: in order from 00001, each number once.

            """
            + refuse(
                "INSERT", on: "index_number", trigger: "index_number_is_issued_in_order",
                when: """
                    NEW.serial <> 1 + COALESCE((SELECT max(serial) FROM index_number
                            WHERE organisation = NEW.organisation AND year = NEW.year), 0)
                    """,
                "index numbers are issued in order, each once: the next serial is one past the largest")
            + refuse(
                "DELETE", on: "index_number", trigger: "index_number_is_never_deleted",
                "an issued index number is never deleted, so it is never issued again")
            + refuse(
                "UPDATE", on: "index_number", trigger: "index_number_is_never_changed",
                "an issued index number is never changed")
            + refuse(
                "DELETE", on: "notice", trigger: "notice_is_never_deleted",
                "a published notice is never deleted: withdraw it")
            + refuse(
                "UPDATE", on: "notice", trigger: "notice_is_never_rewritten",
                "a published notice is never rewritten: withdraw it and publish a new one")
            + refuse(
                "DELETE", on: "notice_field", trigger: "notice_field_is_never_deleted",
                "a published notice is never deleted: withdraw it")
            + refuse(
                "UPDATE", on: "notice_field", trigger: "notice_field_is_never_rewritten",
                "a published notice is never rewritten: withdraw it and publish a new one")
            + refuse(
                "DELETE", on: "notice_event", trigger: "notice_event_is_never_deleted",
                "what happened to a notice is never deleted")
            + refuse(
                "UPDATE", on: "notice_event", trigger: "notice_event_is_never_rewritten",
                "what happened to a notice is never rewritten"))
}
