import Foundation
import Stations

/// Paths the tests read: fixture directories, the shipped `stations/`, and ../shared.
enum StationsFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let shipped = packageRoot.appendingPathComponent("stations").path

    static let stationList = packageRoot.appendingPathComponent(
        "../shared/data/cnemc_hourly_2025/station_list/yunnan_stations_from_2022.02.13_list.csv"
    ).standardizedFileURL.path

    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: stationList) }

    static func directory(_ name: String) -> String {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!.path
    }

    /// Reads one document given as text, as if it were `x.toml` in `directory`.
    static func read(
        _ text: String, directory: String = "/srv/airbulletin/stations", environment: [String: String] = [:],
        fileExists: @escaping (String) -> Bool = { _ in false }
    ) -> (configuration: StationsConfiguration, diagnostics: [String]) {
        let (configuration, diagnostics) = StationsConfiguration.read(
            [.init(path: "x.toml", directory: directory, text: text)], environment: environment,
            fileExists: fileExists)
        return (configuration, diagnostics.map(\.description))
    }

    /// A valid area around the keys a test is about.
    static func area(station: String = stationKeys, extra: String = "", issuer: String = issuerTable) -> String {
        """
        [[area]]
        code = "532601"
        name = "文山市"
        name_en = "Wenshan City"
        level = "county"
        \(extra)
        \(issuer)

        [[area.station]]
        \(station)
        """
    }

    static let issuerTable = """
        [area.issuer]
        name = "文山州生态环境局文山分局"
        name_en = "Wenshan Branch"
        org_code = "000000000000000000"
        """

    static let stationKeys = """
        code = "2610A"
        name = "州水务局"
        latitude = 23.3594
        longitude = 104.2533
        role = "assessment"
        """
}
