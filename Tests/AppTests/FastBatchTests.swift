import AQI
import Formats
import Foundation
import TestSupport
import Testing

@testable import App

/// The fast path of `aqi --batch` must write exactly what the general path writes.
@Suite struct FastBatchTests {
    /// Built once: it precomputes every IAQI of every column.
    static let fastAnswer = FastBatchAnswer()

    func bothWays(_ line: String) -> (fast: String?, general: String) {
        var parsed = FastBatchLine()
        var out = ByteWriter(capacity: 16)  // small: the answer grows it
        let bytes = Array(line.utf8)
        var scratch = FastBatchAnswer.Scratch()
        let fast = bytes.withUnsafeBufferPointer { base in
            FastBatchLine.parse(base, 0..<base.count, into: &parsed)
                && Self.fastAnswer.answer(
                    parsed, in: base, shape: Self.fastAnswer.shape(of: parsed), scratch: &scratch, into: &out)
        }
        let general = BatchCalculator.answer(
            line, number: 1, standard: .auto, today: LocalDate(year: 2026, month: 11, day: 28)
        ).text
        return (fast ? out.withBytes { String(decoding: $0, as: UTF8.self) } : nil, general)
    }

    /// 20,000 random lines, new ones each run. The seed is printed, and named by any failure; replay it with
    /// `AIRBULLETIN_SEED=<seed> swift test --filter FastBatchTests`.
    @Test func randomLinesGiveTheSameBytesBothWays() throws {
        let seed = try SeededGenerator.seed()
        print("FastBatchTests.randomLinesGiveTheSameBytesBothWays: seed \(seed) (AIRBULLETIN_SEED=\(seed) replays it)")
        var rng = SeededGenerator(seed: seed)
        var fastCount = 0
        for _ in 0..<20_000 {
            let standard = Bool.random(using: &rng) ? "hj633-2012" : "hj633-2026"
            let report = Int.random(in: 0..<3, using: &rng) == 0 ? "realtime" : "daily"
            let set = ChinaIndicatorSet(standard: Standard(name: standard)!, report: ReportKind(rawValue: report)!)
            var members: [String] = []
            for indicator in set.indicators.shuffled(using: &rng) where Int.random(in: 0..<8, using: &rng) > 0 {
                let top = ChinaBreakpoints.table(for: set.standard).column(for: indicator)!.last!
                let scale = Double.random(in: 0...1.05, using: &rng)
                let value = Double(top) * scale * scale * scale
                let decimals = Int.random(in: 0...3, using: &rng)
                let text = String(format: "%.\(decimals)f", value)
                switch Int.random(in: 0..<10, using: &rng) {
                case 0: members.append("\"\(indicator.key)\": null")
                case 1, 2: members.append("\"\(indicator.key)\": \(text)")
                default: members.append("\"\(indicator.key)\":\"\(text)\"")
                }
            }
            let id = Bool.random(using: &rng) ? "\"id\": \"x\(Int.random(in: 0..<999, using: &rng))\", " : ""
            let line =
                "{\(id)\"standard\": \"\(standard)\", \"report\": \"\(report)\", \"inputs\": {\(members.joined(separator: ", "))}}"
            let (fast, general) = bothWays(line)
            if let fast {
                fastCount += 1
                #expect(fast == general, "\(line) (AIRBULLETIN_SEED=\(seed))")
            }
        }
        #expect(fastCount > 15_000, "AIRBULLETIN_SEED=\(seed)")  // the common shape takes the fast way
    }

    @Test func everyOtherShapeGoesTheGeneralWay() {
        let lines = [
            "{\"standard\": \"HJ633-2026\", \"inputs\": {\"PM2_5_24H\": \"35\"}}",  // the vectors' spelling
            "{\"standard\": \"hj633-2026\", \"inputs\": {\"PM2_5_24H\": \"-3\"}}",
            "{\"standard\": \"hj633-2026\", \"inputs\": {\"PM2_5_24H\": \"3\", \"PM2_5_24H\": \"4\"}}",
            "{\"standard\": \"hj633-2026\", \"inputs\": {\"PM2_5_24H\": \"620\"}}",  // above the table: a rule applies
            "{\"standard\": \"hj633-2012\", \"report\": \"realtime\", \"inputs\": {\"PM2_5_24H\": \"100\"}}",  // moving variant
            "{\"standard\": \"hj633-2026\", \"round_inputs\": false, \"inputs\": {\"PM2_5_24H\": \"35.5\"}}",
            "{\"inputs\": {\"PM2_5_24H\": \"35\"}}",  // no standard: `auto`
        ]
        for line in lines { #expect(bothWays(line).fast == nil, "\(line)") }
    }
}
