import Foundation
import Stations
import Testing

/// Reading the directory: which files, in which order, and what happens to a bad one.
@Suite struct StationsDirectoryTests {
    /// A fresh directory under the system's temporary directory, removed afterwards.
    static func withDirectory(_ body: (String) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stations-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try body(dir)
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func aMissingOrEmptyDirectorySaysWhatToDo() throws {
        #expect(
            StationsDirectory.load(path: "/nonexistent/stations", environment: [:]).diagnostics.map(\.description) == [
                "/nonexistent/stations: error: no such directory; run airbulletin where stations/ is, or pass --stations DIR"
            ])
        try Self.withDirectory { dir in
            try Self.write("not toml", to: dir + "/notes.txt")
            #expect(
                StationsDirectory.load(path: dir, environment: [:]).diagnostics.map(\.description) == [
                    "\(dir): error: no *.toml files; add one per city or county (see stations/README.md)"
                ])
        }
    }

    @Test func onlyVisibleTomlFilesAreReadInNameOrder() throws {
        try Self.withDirectory { dir in
            let area = StationsFixtures.area()
            try Self.write(area.replacing("532601", with: "530100").replacing("文山市", with: "昆明"), to: dir + "/b.toml")
            try Self.write(area, to: dir + "/a.toml")
            try Self.write("garbage = [", to: dir + "/.a.toml.swp.toml")
            try FileManager.default.createDirectory(atPath: dir + "/sample.toml", withIntermediateDirectories: true)
            let load = StationsDirectory.load(path: dir + "/", environment: [:])
            #expect(
                load.diagnostics.map(\.description) == [
                    "\(dir)/b.toml:5: warning: level is county but 530100 is a prefecture-level code (it ends in 00); check level and code"
                ])
            #expect(load.configuration.files.map(\.path) == [dir + "/a.toml", dir + "/b.toml"])
            #expect(load.configuration.areas.map(\.name) == ["文山市", "昆明"])
            #expect(!load.hasErrors)
        }
    }

    @Test func aFileThatIsNotUTF8IsReportedAndTheOthersStillRead() throws {
        try Self.withDirectory { dir in
            // "文山" in GBK, as a spreadsheet on a Chinese Windows machine saves it.
            try Data([0x6E, 0x61, 0x6D, 0x65, 0x20, 0x3D, 0x20, 0x22, 0xCE, 0xC4, 0xC9, 0xBD, 0x22, 0x0A])
                .write(to: URL(fileURLWithPath: dir + "/a.toml"))
            try Self.write("\u{FEFF}" + StationsFixtures.area(), to: dir + "/b.toml")
            let load = StationsDirectory.load(path: dir, environment: [:])
            #expect(
                load.diagnostics.map(\.description) == [
                    "\(dir)/a.toml: error: the file is not UTF-8 (GBK?); convert it with `iconv -f GBK -t UTF-8`"
                ])
            // A byte-order mark is allowed and does not shift lines.
            #expect(load.configuration.areas.first?.stations.first?.location.line == 13)
        }
    }
}
