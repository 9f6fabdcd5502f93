import Foundation
import Testing

/// `airbulletin-bench hj212-simulate` (issue 15, Benchmark) is only a measurement if the receiver
/// takes every packet it sends: a minute packet it refused would be counted as answered at no cost
/// (2026-12-07: the minute template lacked its closing `&&`, and every minute packet was refused
/// "missing CP"). Figures are never asserted here, only that every packet sent was taken.
@Suite struct HJ212SimulatorTests {
    @Test func everyPacketTheSimulatorSendsIsTakenByTheReceiver() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("ab-sim-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let bench = CLI.binary.deletingLastPathComponent().appendingPathComponent("airbulletin-bench")
        let process = Process()
        process.executableURL = bench
        process.arguments = [
            "hj212-simulate", "--airbulletin", CLI.binary.path, "--stations", "8", "--rate", "200",
            "--seconds", "1", "--warmup", "1", "--hourly-every", "5", "--work", work.path,
        ]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        let lines = text.split(separator: "\n").map(String.init)
        try #require(lines.count == 2, "\(text)")
        let sent = try #require(Self.count("sent", in: lines[0]))
        #expect(lines[0].contains("unanswered 0, unmatched answers 0; receive exit 0"), "\(lines[0])")
        // The receiver's own totals at its stop: every packet parsed, stored (hourly) or counted (minute).
        let stopped = lines[1]
        #expect(Self.count("packets", in: stopped) == sent, "\(stopped)")
        #expect(Self.count("refused", in: stopped) == 0, "\(stopped)")
        let stored = try #require(Self.count("stored", in: stopped))
        let minute = try #require(Self.count("minute", in: stopped))
        #expect(stored > 0 && minute > 0 && stored + minute == sent, "\(stopped)")
    }

    /// The number after `word ` in `line` (digits and thousands commas).
    static func count(_ word: String, in line: String) -> Int? {
        guard let range = line.range(of: " \(word) ") else { return nil }
        let digits = line[range.upperBound...].prefix { $0.isNumber || $0 == "," }.filter(\.isNumber)
        return Int(digits)
    }
}
