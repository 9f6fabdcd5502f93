import Postgres
import Testing

@Suite struct DatabaseURLTests {
    @Test func readsRoleHostPortDatabaseAndOptions() throws {
        let url = try DatabaseURL("postgresql://airbulletin@db.example.cn:6543/yunnan?sslmode=verify-full")
        #expect(url.user == "airbulletin")
        #expect(url.host == "db.example.cn")
        #expect(url.port == 6543)
        #expect(url.database == "yunnan")
        #expect(url.options == ["sslmode": "verify-full"])
        #expect(url.endpoint == "db.example.cn:6543")
        #expect(try DatabaseURL("postgres://a@[::1]/b").endpoint == "[::1]:5432")
        #expect(try DatabaseURL("postgresql://a@%2Ftmp%2Fpg:5433/b").endpoint == "/tmp/pg/.s.PGSQL.5433")
    }

    /// The password only ever comes from AIRBULLETIN_DATABASE_PASSWORD; the message never repeats it.
    @Test(arguments: [
        "postgresql://airbulletin:s3cret@db:5432/yunnan", "postgresql://airbulletin:@db/yunnan",
        "postgresql://airbulletin@db/yunnan?password=s3cret",
    ])
    func refusesAPasswordInTheURL(_ text: String) {
        #expect(throws: PostgresError.passwordInURL) { try DatabaseURL(text) }
        #expect(
            PostgresError.passwordInURL.description
                == "the database URL contains a password: remove it from the URL and set the environment variable "
                + "AIRBULLETIN_DATABASE_PASSWORD instead")
    }

    @Test func namesWhatIsWrongWithABadURL() {
        let cases: [(String, String)] = [
            ("mysql://a@b/c", "it does not start with postgresql://"),
            ("postgresql://a@b", "it names no database (…/DBNAME)"),
            ("postgresql://b:5432/c", "it names no role (postgresql://ROLE@HOST…)"),
            ("postgresql://a@b:99999/c", "the port \"99999\" is not a number from 1 to 65535"),
            ("postgresql://a@b/c?sslmode=on", "sslmode \"on\" is not one of disable, allow, prefer, require, verify-ca, verify-full"),
            ("postgresql://a@b/c?user=x", "unknown parameter \"user\" (expected one of sslmode, sslrootcert, connect_timeout)"),
        ]
        for (text, reason) in cases {
            #expect(throws: PostgresError.invalidURL(reason)) { try DatabaseURL(text) }
        }
    }
}
