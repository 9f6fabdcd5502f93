import AQI
import Formats

/// The byte-level formatter of station × hour rows for CSV and NDJSON (the national export's hot
/// path): the same cells `StationHourExport` writes, without a string per cell. Timestamps are
/// cached per hour, station codes per station, primary-pollutant lists per combination.
struct StationHourRows {
    let csv: Bool
    private let first: HourStamp
    private var iso: [[UInt8]?]
    private var codes: [StationCode: [UInt8]] = [:]
    private let primaries: [[UInt8]]
    private let standards: [Standard: [UInt8]]
    private static let names = StationHourExport.columns.map { Array("\"\($0)\":".utf8) }

    init(csv: Bool, hours: ClosedRange<HourStamp>) {
        self.csv = csv
        first = hours.lowerBound.adding(hours: -1)
        iso = Array(repeating: nil, count: hours.upperBound.rawValue - first.rawValue + 1)
        primaries = (0..<64).map { mask in
            Array(Pollutant.allCases.filter { mask & (1 << $0.rawValue) != 0 }.map(\.label).joined(separator: ";").utf8)
        }
        standards = Dictionary(uniqueKeysWithValues: Standard.allCases.map { ($0, Array($0.id.utf8)) })
    }

    private mutating func timestamp(_ hour: HourStamp) -> [UInt8] {
        let k = hour.rawValue - first.rawValue
        if let cached = iso[k] { return cached }
        let text = Array(hour.endISO.utf8)
        iso[k] = text
        return text
    }

    mutating func append(
        station: StationCode, hour: HourStamp, index: CompactIndex, values: [Concentration?], flags: String,
        standard: Standard, to out: inout [UInt8]
    ) {
        let code =
            codes[station]
            ?? {
                let c = Array(station.rawValue.utf8)
                codes[station] = c
                return c
            }()
        let start = timestamp(hour.adding(hours: -1))
        let end = timestamp(hour)
        var column = 0
        func separate(_ out: inout [UInt8]) {
            if csv {
                if column > 0 { out.append(UInt8(ascii: ",")) }
            } else {
                out.append(column == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","))
                out += Self.names[column]
            }
            column += 1
        }
        func text(_ bytes: [UInt8], _ out: inout [UInt8]) {
            separate(&out)
            if bytes.isEmpty {  // as `ExportSink.write`: empty is an empty CSV cell, JSON null
                if !csv { out += Array("null".utf8) }
            } else if bytes.contains(where: Self.needsEscaping) {
                Self.writeEscaped(bytes, csv: csv, to: &out)
            } else {
                if !csv { out.append(UInt8(ascii: "\"")) }
                out += bytes
                if !csv { out.append(UInt8(ascii: "\"")) }
            }
        }
        func number(_ write: (inout [UInt8]) -> Void, present: Bool, _ out: inout [UInt8]) {
            separate(&out)
            if present { write(&out) } else if !csv { out += Array("null".utf8) }
        }
        text(code, &out)
        text(start, &out)
        text(end, &out)
        let aqi = index.publishedAQI
        number({ FastBatchAnswer.writeInt(aqi ?? 0, to: &$0) }, present: aqi != nil, &out)
        number({ FastBatchAnswer.writeInt(AirQualityLevel(aqi: aqi ?? 0).number, to: &$0) }, present: aqi != nil, &out)
        text(primaries[Int(index.primaryMask)], &out)
        for v in values { number({ Self.writeMilli(v?.milli ?? 0, to: &$0) }, present: v != nil, &out) }
        text(Array(flags.utf8), &out)
        text(standards[standard]!, &out)
        if !csv { out.append(UInt8(ascii: "}")) }
        out.append(UInt8(ascii: "\n"))
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: ",")
    }

    /// The rare cell with a quote, comma, backslash or control character goes through the general
    /// writers, so the fast path never writes a cell differently from `ExportSink.write`.
    private static func writeEscaped(_ bytes: [UInt8], csv: Bool, to out: inout [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        if csv {
            out += Array(CSVWriter.quoted(text).utf8)
        } else {
            var w = JSONWriter()
            w.string(text)
            out += Array(w.text.utf8)
        }
    }

    /// Thousandths as the shortest decimal (`36`, `0.4`, `1.25`), as `Concentration.description`.
    static func writeMilli(_ milli: Int32, to out: inout [UInt8]) {
        var m = Int(milli)
        if m < 0 {
            out.append(UInt8(ascii: "-"))
            m = -m
        }
        FastBatchAnswer.writeInt(m / 1000, to: &out)
        var fraction = m % 1000
        guard fraction != 0 else { return }
        out.append(UInt8(ascii: "."))
        var digits = 3
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(0x30 + fraction / divisor % 10))
            divisor /= 10
        }
    }
}
