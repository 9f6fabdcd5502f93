import Formats
import Foundation
import Identity
import Postgres
import Publish
import Stations

/// The program's configuration: where things are and how the morning run behaves. Read from
/// `--config FILE` (TOML, documented in README.md), else `airbulletin.toml` in the current
/// directory when present, else the defaults; `--db` and `--site` override the paths.
public struct Configuration: Sendable, Equatable {
    /// The directory of area files (`stations/*.toml`).
    public var stationsDirectory: String = "stations"
    public var database: String = "var/airbulletin.sqlite"
    /// `[database] url`: a province's PostgreSQL server (issue 14), used instead of the SQLite
    /// file `database` by the commands that run on it (`import`, `export`); `--db FILE` sets it back to nil.
    public var databaseURL: DatabaseURL?
    public var site: String = "public"
    /// Yearly inputs of the annual disclosure report (`disclosure/YYYY/…`).
    public var disclosureDirectory: String = "disclosure"
    /// Extra holiday calendars (`calendars/YYYY.toml`) for years not built in.
    public var calendarsDirectory: String = "calendars"
    /// The site's public address, for absolute links in the feed.
    public var baseURL = SiteAddress.unconfigured
    /// The RFC 4151 tagging authority of feed entry ids (`<domain>,<year>`). Entry ids derive
    /// from it: never change it once the feed is published. Default: the base URL's host, 2026.
    public var idAuthority: TagAuthority?
    /// Area codes to publish; empty means every area of the stations directory.
    public var areas: [AreaCode] = []
    /// Where `areas` was given, for the message naming an area that does not exist.
    public var areasLocation: ConfigLocation?
    /// `[site] rehearsal = true`: the documents may carry the shipped placeholder organisation
    /// code (a rehearsal or a demo, announced by every command); otherwise publishing refuses it.
    public var rehearsal = false
    /// `[site] issuer_area`: on a site of several areas, the area whose issuer the front page names.
    public var siteIssuerArea: AreaCode?
    /// Hours fetched before the end of the day being published (late and corrected values).
    public var windowHours = 48
    /// How many earlier unpublished days a run catches up on, oldest first.
    public var catchUpDays = 7
    /// How long a run waits for another run's lock before giving up.
    public var lockTimeoutSeconds = 300
    /// Attempts per request for transient failures (refused, reset, timeouts, 429, 5xx).
    public var fetchAttempts = 3
    /// Minutes after a day's 24时 (the next day's 00:00) before the day is published: the
    /// upstream's last hour needs time to arrive (and to be corrected).
    public var settleMinutes = 60
    /// `[receive]`: the HJ 212 receiver's address and limits (`airbulletin receive`).
    public var receive = ReceiveSettings()

    public init() {}

    /// The tagging authority in use: the configured one, else the base URL's host with 2026
    /// (checked at load).
    public var effectiveIDAuthority: String {
        idAuthority?.text ?? ((try? TagAuthority(defaultFor: baseURL, year: 2026))?.text ?? "example.invalid,2026")
    }

    static let keys = ["paths", "site", "run", "receive", "database"]
    static let databaseKeys = ["url"]
    static let pathKeys = ["stations", "database", "site", "disclosure", "calendars"]
    static let siteKeys = ["base_url", "id_authority", "areas", "rehearsal", "issuer_area"]
    static let runKeys = ["window_hours", "catch_up_days", "lock_timeout_seconds", "fetch_attempts", "settle_minutes"]

    /// Reads a configuration file; relative paths are resolved against its directory.
    public static func load(path: String) throws(Diagnostics) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostics([Diagnostic(file: path, line: nil, "cannot read the configuration file (does it exist?)")]
            )
        }
        let file: TOMLFile
        do { file = try TOMLFile(text: String(decoding: data, as: UTF8.self), file: path) } catch {
            throw Diagnostics([error])
        }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        func resolve(_ p: String) -> String {
            p.hasPrefix("/") ? p : base.appendingPathComponent(p).standardizedFileURL.path
        }

        let d = DiagnosticCollector()
        let root = TOMLTableReader(document: file, diagnostics: d)
        root.allowOnly(keys)
        var c = Configuration()
        c.stationsDirectory = resolve(c.stationsDirectory)
        c.database = resolve(c.database)
        c.site = resolve(c.site)
        c.disclosureDirectory = resolve(c.disclosureDirectory)
        c.calendarsDirectory = resolve(c.calendarsDirectory)
        if let paths = root.table("paths", required: false) {
            paths.allowOnly(pathKeys)
            if let v = paths.string("stations", required: false) { c.stationsDirectory = resolve(v) }
            if let v = paths.string("database", required: false) { c.database = resolve(v) }
            if let v = paths.string("site", required: false) { c.site = resolve(v) }
            if let v = paths.string("disclosure", required: false) { c.disclosureDirectory = resolve(v) }
            if let v = paths.string("calendars", required: false) { c.calendarsDirectory = resolve(v) }
        }
        if let site = root.table("site", required: false) {
            site.allowOnly(siteKeys)
            // Parsed here into the types the renderer takes (SiteAddress, TagAuthority): one rule,
            // so that a value accepted now never fails after the morning's fetch.
            if let v = site.string("base_url", required: false) {
                do { c.baseURL = try SiteAddress(v) } catch { site.error("base_url", "\"base_url\": \(error.message)") }
            }
            if let v = site.string("id_authority", required: false) {
                do { c.idAuthority = try TagAuthority(v) } catch {
                    site.error("id_authority", "\"id_authority\": \(error.message)")
                }
            } else if site.has("base_url"), (try? TagAuthority(defaultFor: c.baseURL, year: 2026)) == nil {
                site.error(
                    "base_url",
                    "the feed's id authority defaults to the host of \"base_url\" and that host is not a lower-case domain; set \"id_authority\" (e.g. sthjj.example.gov.cn,2026)"
                )
            }
            if let v = site.strings("areas", required: false) {
                c.areas = v.compactMap { text in
                    guard let code = AreaCode(text) else {
                        site.error("areas", "\"areas\": " + AreaCode.refusal(of: text))
                        return nil
                    }
                    return code
                }
                c.areasLocation = ConfigLocation(file: path, line: site.line(of: "areas"))
            }
            if let v = site.bool("rehearsal", required: false) { c.rehearsal = v }
            if let v = site.string("issuer_area", required: false) {
                c.siteIssuerArea = AreaCode(v)
                if c.siteIssuerArea == nil {
                    site.error("issuer_area", "\"issuer_area\": " + AreaCode.refusal(of: v))
                }
            }
        }
        if let database = root.table("database", required: false) {
            database.allowOnly(databaseKeys)
            // Checked here, so that a password in the file is refused before anything connects.
            if let v = database.string("url") {
                do { c.databaseURL = try DatabaseURL(v) } catch { database.error("url", "\"url\": \(error)") }
            }
        }
        if let run = root.table("run", required: false) {
            run.allowOnly(runKeys)
            func positive(_ key: String, _ range: ClosedRange<Int>) -> Int? {
                guard let v = run.int(key, required: false) else { return nil }
                guard range.contains(v) else {
                    run.error(key, "\"\(key)\" must be between \(range.lowerBound) and \(range.upperBound), found \(v)")
                    return nil
                }
                return v
            }
            if let v = positive("window_hours", 24...24 * 31) { c.windowHours = v }
            if let v = positive("catch_up_days", 0...366) { c.catchUpDays = v }
            if let v = positive("lock_timeout_seconds", 0...86_400) { c.lockTimeoutSeconds = v }
            if let v = positive("fetch_attempts", 1...10) { c.fetchAttempts = v }
            if let v = positive("settle_minutes", 0...24 * 60) { c.settleMinutes = v }
        }
        if let receive = root.table("receive", required: false) { readReceive(receive, into: &c.receive) }
        guard !d.hasErrors else { throw Diagnostics(d.items) }
        return c
    }

    /// The configuration a command runs with: `--config`, else ./airbulletin.toml when it
    /// exists, else the defaults; then `--db` and `--site`.
    public static func resolve(configPath: String?, database: String?, site: String?) throws(Diagnostics)
        -> Configuration
    {
        var c: Configuration
        if let configPath {
            c = try load(path: configPath)
        } else if FileManager.default.fileExists(atPath: "airbulletin.toml") {
            c = try load(path: "airbulletin.toml")
        } else {
            c = Configuration()
        }
        if let database {
            // The command line names an SQLite file: that file, whatever the configuration's server.
            c.database = database
            c.databaseURL = nil
        }
        if let site { c.site = site }
        return c
    }

    /// The SQLite file of a command that does not run on PostgreSQL yet (issue 14: `import`,
    /// `run`, `republish`, `export`, `notice`, `register` and `report` do; `receive` does not):
    /// refused when the configuration names a server, rather than quietly using another database
    /// than the one configured.
    public func sqliteDatabase() throws(UsageError) -> String {
        if let url = databaseURL {
            throw UsageError(
                "this command does not run on PostgreSQL yet (only airbulletin import, run, republish, export, "
                    + "notice, register and report do), and the configuration's [database] url names the server at "
                    + "\(url.endpoint): give --db FILE to use an SQLite database")
        }
        return database
    }
}
