import Postgres
import Testing

/// The append-only rules refuse with the SQLite triggers' messages, word for word, and SQLSTATE 23W01.
@Suite(.enabled(if: TestDatabase.enabled, "needs a PostgreSQL cluster: run scripts/test"))
struct AppendOnlyTests {
    @Test func stationHourRevisionsAreNeverUpdatedAwayOrDeleted() throws {
        try TestDatabase.withDatabase { connection, url in
            try connection.execute(
                """
                INSERT INTO station (id, code, origin) VALUES (1, '2610A', 'config');
                INSERT INTO import_batch (id, source, fetched_at) VALUES (1, 'a', 1000), (2, 'b', 2000);
                INSERT INTO station_hour (station_id, hour, revision, batch_id, pm2_5, pm2_5_flag) VALUES (1, 480000, 1, 1, 14000, 0);
                """)
            func refusal(_ sql: String) -> PostgresError? {
                do {
                    try connection.execute(sql)
                    return nil
                } catch {
                    return error
                }
            }
            func refused(_ message: String) -> PostgresError {
                .server(endpoint: url.endpoint, sqlState: "23W01", message: message)
            }
            let rewrite = "a station-hour changes only by a new revision, the old one kept in station_hour_revision"
            #expect(refusal("UPDATE station_hour SET pm2_5 = 15000") == refused(rewrite))
            #expect(refusal("UPDATE station_hour SET pm2_5 = 15000, revision = 2, batch_id = 2") == refused(rewrite))
            #expect(refusal("DELETE FROM station_hour") == refused("readings are never deleted"))
            #expect(refusal("TRUNCATE station_hour") == refused("readings are never deleted"))
            // The lawful change: the old row kept first, then the next revision.
            try connection.execute(
                """
                INSERT INTO station_hour_revision SELECT * FROM station_hour;
                UPDATE station_hour SET pm2_5 = 15000, revision = 2, batch_id = 2;
                """)
            #expect(refusal("UPDATE station_hour_revision SET pm2_5 = 1") == refused("superseded readings are never changed"))
            #expect(refusal("DELETE FROM station_hour_revision") == refused("superseded readings are never deleted"))
            #expect(refusal("TRUNCATE station_hour_revision") == refused("superseded readings are never deleted"))
            #expect(
                try connection.execute("SELECT revision, pm2_5 FROM station_hour_revision UNION ALL SELECT revision, pm2_5 FROM station_hour ORDER BY 1").rows
                    == [["1", "14000"], ["2", "15000"]])
            #expect(try connection.execute("SELECT station, hour, pollutant, value, flag FROM reading_now").rows
                == [["2610A", "480000", "PM2.5", "15000", "N"]])
        }
    }

    @Test func publishedBulletinsNoticesAndIndexNumbersStay() throws {
        try TestDatabase.withDatabase { connection, url in
            try connection.execute(
                """
                INSERT INTO bulletin (area_code, date, revision, standard, inputs_hash, document, operator, created_at)
                    VALUES ('532601', '2026-12-06', 1, 'hj633-2026', 'h', '{}', 'cron', 1);
                UPDATE bulletin SET site_published_at = 2;
                INSERT INTO index_number (organisation, year, serial, purpose) VALUES ('11532600MB1234567X', 2026, 1, 'item');
                """)
            func refusal(_ sql: String) -> String? {
                do {
                    try connection.execute(sql)
                    return nil
                } catch {
                    guard case .server(let endpoint, "23W01", let message) = error, endpoint == url.endpoint else {
                        return "\(error)"
                    }
                    return message
                }
            }
            #expect(refusal("UPDATE bulletin SET document = '{\"x\":1}'")
                == "a published bulletin revision is never rewritten: append a new revision")
            #expect(refusal("DELETE FROM bulletin") == "bulletin revisions are never deleted")
            #expect(refusal("INSERT INTO index_number VALUES ('11532600MB1234567X', 2026, 3, 'item')")
                == "index numbers are issued in order, each once: the next serial is one past the largest")
            #expect(refusal("DELETE FROM index_number")
                == "an issued index number is never deleted, so it is never issued again")
            #expect(refusal("INSERT INTO disclosure_request (id, revision, applicant, subject, received_on) VALUES ('r', 2, 'natural-person', 's', '2026-01-01')")
                == "a request changes only by its next revision")
            #expect(refusal("UPDATE run_log SET outcome = 'interrupted'") == nil)
        }
    }
}
