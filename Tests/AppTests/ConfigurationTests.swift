import App
import Formats
import Foundation
import Testing

@Suite struct ConfigurationTests {
    func write(_ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("airbulletin.toml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func pathsResolveAgainstTheFileAndValuesAreRead() throws {
        let path = try write(
            """
            [paths]
            database = "data/air.sqlite"
            site = "/srv/www/air"

            [site]
            base_url = "https://sthjj.example.gov.cn/air"
            areas = ["532601"]

            [run]
            catch_up_days = 31
            """)
        let c = try Configuration.load(path: path)
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
        #expect(c.database == dir + "/data/air.sqlite")
        #expect(c.site == "/srv/www/air")
        #expect(c.stationsDirectory == dir + "/stations")
        #expect(c.baseURL.text == "https://sthjj.example.gov.cn/air/")
        #expect(c.areas == ["532601"] && c.catchUpDays == 31 && c.windowHours == 48)
        let overridden = try Configuration.resolve(configPath: path, database: "x.sqlite", site: nil)
        #expect(overridden.database == "x.sqlite" && overridden.site == "/srv/www/air")
    }

    /// `[site] areas` and `issuer_area` hold GB/T 2260 codes: anything else is refused where it is written.
    @Test func anAreaThatIsNotACodeIsRefusedWithItsLine() throws {
        let path = try write(
            """
            [site]
            areas = ["532601", "文山州"]
            issuer_area = "53260"
            """)
        #expect {
            try Configuration.load(path: path)
        } throws: { error in
            (error as? Diagnostics)?.description == """
                \(path):2: error: "areas": "文山州" is not an area code (six digits, such as 532601)
                \(path):3: error: "issuer_area": "53260" is not an area code (six digits, such as 532601)
                """
        }
    }

    @Test func everyProblemNamesFileLineAndKey() throws {
        let path = try write(
            """
            [paths]
            databse = "x"

            [site]
            base_url = "ftp://x"

            [run]
            window_hours = 2
            """)
        #expect {
            try Configuration.load(path: path)
        } throws: { error in
            (error as? Diagnostics)?.description == """
                \(path):2: error: unknown key "databse" in [paths] (expected one of stations, database, site, disclosure, calendars)
                \(path):5: error: "base_url": "ftp://x" must be an absolute http(s) URL ending in "/", e.g. https://example.gov.cn/air/
                \(path):8: error: "window_hours" must be between 24 and 744, found 2
                """
        }
    }
}

@Suite struct RunLockTests {
    @Test func aSecondRunWaitsABoundedTimeThenSaysWhoHoldsTheLock() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lock-\(UUID().uuidString)/run.lock")
            .path
        var first: RunLock? = try RunLock(path: path, timeoutSeconds: 0, holderNote: "run --date 2025-01-15")
        #expect(throws: RunLock.Busy.self) {
            try RunLock(path: path, timeoutSeconds: 0, pollMilliseconds: 10, holderNote: "second")
        }
        do {
            _ = try RunLock(path: path, timeoutSeconds: 0, pollMilliseconds: 10, holderNote: "second")
        } catch let busy as RunLock.Busy {
            #expect(
                busy.description
                    == "another airbulletin run holds \(path) (pid \(getpid()), run --date 2025-01-15); waited 0 s. Try again when it has finished."
            )
        }
        #expect(first != nil)
        first = nil
        // Released with the first holder: the next run gets it at once.
        _ = try RunLock(path: path, timeoutSeconds: 0, holderNote: "third")
    }
}
