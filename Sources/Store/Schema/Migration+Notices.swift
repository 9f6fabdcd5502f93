extension Migration {
    /// Disclosure notices and their 索引号 (../shared/spec/disclosure.md, Disclosure items).
    /// Every number ever issued is a row of `index_number`, issued in order and never deleted,
    /// so the next serial of an (organisation, year) is one past the largest and a number is
    /// never issued twice, whatever became of the notice that had it. A notice is its row in
    /// `notice`, its fields as text in `notice_field` (what `NoticeDraft.fieldValues` gives,
    /// read back with the same checks as a file), and what happened to it since in
    /// `notice_event`. Nothing here is ever updated or deleted: a withdrawn notice stays
    /// readable with its reason.
    static let notices = Migration(
        id: "2026-11-28-6-notices",
        sql: """
            CREATE TABLE index_number (
                organisation TEXT NOT NULL,
                year INTEGER NOT NULL CHECK (year BETWEEN 1000 AND 9999),
                serial INTEGER NOT NULL CHECK (serial BETWEEN 1 AND 99999),
                -- 'notice': a row of notice has it; 'item': issued for something published elsewhere.
                purpose TEXT NOT NULL CHECK (purpose IN ('notice', 'item')),
                PRIMARY KEY (organisation, year, serial)
            ) WITHOUT ROWID;

            CREATE TABLE notice (
                organisation TEXT NOT NULL,
                year INTEGER NOT NULL,
                serial INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN (
                    'eia-approval', 'completion-acceptance', 'key-enterprise', 'penalty', 'enforcement', 'news', 'other'
                )),
                title TEXT NOT NULL,
                issuer TEXT NOT NULL,
                published_at INTEGER NOT NULL,
                -- The publication date in China Standard Time; the 索引号 carries its year.
                published_on TEXT NOT NULL CHECK (year = CAST(substr(published_on, 1, 4) AS INTEGER)),
                PRIMARY KEY (organisation, year, serial),
                FOREIGN KEY (organisation, year, serial) REFERENCES index_number (organisation, year, serial)
            ) WITHOUT ROWID;

            -- The summary and the kind's own fields (kind and title are columns of notice).
            CREATE TABLE notice_field (
                organisation TEXT NOT NULL,
                year INTEGER NOT NULL,
                serial INTEGER NOT NULL,
                key TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (organisation, year, serial, key),
                FOREIGN KEY (organisation, year, serial) REFERENCES notice (organisation, year, serial)
            ) WITHOUT ROWID;

            CREATE TABLE notice_event (
                organisation TEXT NOT NULL,
                year INTEGER NOT NULL,
                serial INTEGER NOT NULL,
                sequence INTEGER NOT NULL CHECK (sequence >= 1),
                kind TEXT NOT NULL CHECK (kind IN ('withdrawn')),
                reason TEXT NOT NULL,
                happened_at INTEGER NOT NULL,
                happened_on TEXT NOT NULL,
                -- 行政处罚法 Art. 48: the day a penalty decision was changed or revoked.
                decision_changed_on TEXT,
                PRIMARY KEY (organisation, year, serial, sequence),
                FOREIGN KEY (organisation, year, serial) REFERENCES notice (organisation, year, serial)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX notice_is_withdrawn_once ON notice_event (organisation, year, serial)
                WHERE kind = 'withdrawn';

            -- The database itself keeps the numbering: in order from 00001, each number once.
            CREATE TRIGGER index_number_is_issued_in_order BEFORE INSERT ON index_number
            WHEN NEW.serial <> 1 + COALESCE((SELECT max(serial) FROM index_number
                WHERE organisation = NEW.organisation AND year = NEW.year), 0)
            BEGIN
                SELECT RAISE(ABORT, 'index numbers are issued in order, each once: the next serial is one past the largest');
            END;
            CREATE TRIGGER index_number_is_never_deleted BEFORE DELETE ON index_number
            BEGIN
                SELECT RAISE(ABORT, 'an issued index number is never deleted, so it is never issued again');
            END;
            CREATE TRIGGER index_number_is_never_changed BEFORE UPDATE ON index_number
            BEGIN
                SELECT RAISE(ABORT, 'an issued index number is never changed');
            END;

            CREATE TRIGGER notice_is_never_deleted BEFORE DELETE ON notice
            BEGIN
                SELECT RAISE(ABORT, 'a published notice is never deleted: withdraw it');
            END;
            CREATE TRIGGER notice_is_never_rewritten BEFORE UPDATE ON notice
            BEGIN
                SELECT RAISE(ABORT, 'a published notice is never rewritten: withdraw it and publish a new one');
            END;
            CREATE TRIGGER notice_field_is_never_deleted BEFORE DELETE ON notice_field
            BEGIN
                SELECT RAISE(ABORT, 'a published notice is never deleted: withdraw it');
            END;
            CREATE TRIGGER notice_field_is_never_rewritten BEFORE UPDATE ON notice_field
            BEGIN
                SELECT RAISE(ABORT, 'a published notice is never rewritten: withdraw it and publish a new one');
            END;
            CREATE TRIGGER notice_event_is_never_deleted BEFORE DELETE ON notice_event
            BEGIN
                SELECT RAISE(ABORT, 'what happened to a notice is never deleted');
            END;
            CREATE TRIGGER notice_event_is_never_rewritten BEFORE UPDATE ON notice_event
            BEGIN
                SELECT RAISE(ABORT, 'what happened to a notice is never rewritten');
            END;
            """)
}
