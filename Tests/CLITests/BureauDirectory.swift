import Foundation

/// A bureau's working directory in a temporary folder, as an operator would set it up: a stations
/// directory, an `airbulletin.toml`, files to publish. Commands run in it with
/// `AIRBULLETIN_NOW` set, so the day is fixed.
final class BureauDirectory {
    let url: URL
    var path: String { url.path }

    static let organisation = "11532601MB0123456B"

    static let wenshan = """
        [[area]]
        code = "532601"
        name = "文山市"
        name_en = "Wenshan City"
        level = "county"

        [area.issuer]
        name = "文山州生态环境局文山分局"
        name_en = "Wenshan Branch, Wenshan Prefecture Ecology and Environment Bureau"
        org_code = "\(organisation)"

        [[area.station]]
        code = "2610A"
        name = "州水务局"
        latitude = 23.3594
        longitude = 104.2533
        role = "assessment"
        pollutants = ["SO2", "NO2", "CO", "O3", "PM10", "PM2.5"]

        """

    /// `stations/wenshan.toml` and an `airbulletin.toml` that puts the database in `var/`.
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("airbulletin-cli-\(UUID().uuidString)")
        try write("stations/wenshan.toml", Self.wenshan)
        try write("airbulletin.toml", "[paths]\ndatabase = \"var/bureau.sqlite\"\nsite = \"public\"\n")
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ relative: String, _ text: String) throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(relative).path)
    }

    /// Runs `airbulletin` here at `now` (China Standard Time, `2025-01-24T10:00`).
    func run(_ arguments: [String], at now: String) throws -> CLI.Result {
        try CLI.run(arguments, environment: ["AIRBULLETIN_NOW": now], directory: url)
    }

    /// The line every command run at `now` starts its stderr with.
    static func clock(_ now: String) -> String {
        "warning: AIRBULLETIN_NOW=\(now) sets the clock (China Standard Time); unset it to publish with the system clock\n"
    }
}
