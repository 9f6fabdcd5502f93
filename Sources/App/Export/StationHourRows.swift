import AQI
import Formats

/// The byte-level formatter of station × hour rows for CSV and NDJSON (the national export's hot
/// path): the same cells `StationHourExport` writes the general way, without a string per cell.
/// Everything fixed is rendered once into one byte pool: the separators and JSON keys, the
/// primary-pollutant cell of each combination, and per hour (on first use) the two timestamps
/// and the standard in force; a station's code is rendered once per run of its rows.
struct StationHourRows {
    /// A piece of `pool`.
    struct Fragment {
        let offset: Int32
        let count: Int32
    }

    /// What a row of one hour shares with every other row of that hour.
    struct Hour {
        /// The standard in force for the period (aqi-standards.md §0).
        let standard: Standard
        /// From after the station cell to before the AQI value: both timestamps.
        let text: Fragment
        /// From after the flags cell to the row's end: the standard, `}` in JSON, the newline.
        let end: Fragment
    }

    let csv: Bool
    private let first: HourStamp
    private var pool: [UInt8] = []
    private var hours: [Hour?]
    /// Per column, what comes before its value: `,` in CSV; `{"station":`, `,"period_start":`… in JSON.
    private let separators: [Fragment]
    /// The primary-pollutants cell per bit mask (bit = `Pollutant.rawValue`).
    private let primaries: [Fragment]
    /// An absent value: empty in CSV, `null` in JSON.
    private let null: Fragment
    private let ends: [Standard: Fragment]

    init(csv: Bool, hours range: ClosedRange<HourStamp>) {
        self.csv = csv
        first = range.lowerBound.adding(hours: -1)
        hours = Array(repeating: nil, count: range.upperBound.rawValue - first.rawValue + 1)
        var pool: [UInt8] = []
        func add(_ bytes: [UInt8]) -> Fragment {
            defer { pool += bytes }
            return Fragment(offset: Int32(pool.count), count: Int32(bytes.count))
        }
        separators = StationHourExport.columns.indices.map { column in
            add(
                csv
                    ? (column == 0 ? [] : [UInt8(ascii: ",")])
                    : Array("\(column == 0 ? "{" : ",")\"\(StationHourExport.columns[column])\":".utf8))
        }
        primaries = (0..<64).map { mask in
            add(
                Self.cell(
                    Array(
                        Pollutant.allCases.filter { mask & (1 << $0.rawValue) != 0 }.map(\.label).joined(
                            separator: ";"
                        ).utf8), csv: csv))
        }
        null = add(csv ? [] : Array("null".utf8))
        var ends: [Standard: Fragment] = [:]
        for standard in Standard.allCases {
            ends[standard] = add(
                Self.bytes(of: separators[13], in: pool) + Self.cell(Array(standard.id.utf8), csv: csv)
                    + (csv ? [] : [UInt8(ascii: "}")]) + [UInt8(ascii: "\n")])
        }
        self.ends = ends
        self.pool = pool
    }

    /// The station cell of `station`'s rows, rendered once for a run of them.
    func stationCell(_ station: StationCode) -> [UInt8] {
        Self.bytes(of: separators[0], in: pool) + Self.cell(Array(station.rawValue.utf8), csv: csv)
    }

    /// The hour's shared cells and standard (`hour` is the hour ending the period), cached.
    mutating func hour(_ hour: HourStamp) -> Hour {
        let k = hour.rawValue - first.rawValue
        if let cached = hours[k] { return cached }
        let standard = Standard.inForce(on: hour.adding(hours: -1).endClock.date)
        let text =
            Self.bytes(of: separators[1], in: pool) + Self.cell(Array(hour.adding(hours: -1).endISO.utf8), csv: csv)
            + Self.bytes(of: separators[2], in: pool) + Self.cell(Array(hour.endISO.utf8), csv: csv)
            + Self.bytes(of: separators[3], in: pool)
        let entry = Hour(
            standard: standard, text: Fragment(offset: Int32(pool.count), count: Int32(text.count)),
            end: ends[standard]!)
        pool += text
        hours[k] = entry
        return entry
    }

    /// One row. `station` is `stationCell(_:)`'s; `milli` the six values in `Pollutant` order
    /// (`Int32.min` for none); `flags` the flags cell's text, empty for none.
    func append(
        station: [UInt8], hour: Hour, index: CompactIndex, milli: (Int32, Int32, Int32, Int32, Int32, Int32),
        flags: UnsafeBufferPointer<UInt8>, to out: inout ByteWriter
    ) {
        pool.withUnsafeBufferPointer { pool in
            let base = pool.baseAddress!
            func put(_ f: Fragment) {
                out.append(UnsafeBufferPointer(start: base + Int(f.offset), count: Int(f.count)))
            }
            station.withUnsafeBufferPointer { out.append($0) }
            put(hour.text)
            if let aqi = index.publishedAQI {
                FastBatchAnswer.writeInt(aqi, to: &out)
                put(separators[4])
                FastBatchAnswer.writeInt(AirQualityLevel(aqi: aqi).number, to: &out)
            } else {
                put(null)
                put(separators[4])
                put(null)
            }
            put(separators[5])
            put(primaries[Int(index.primaryMask)])
            withUnsafeBytes(of: milli) { raw in
                for (p, m) in raw.bindMemory(to: Int32.self).enumerated() {
                    put(separators[6 + p])
                    if m == Int32.min { put(null) } else { Self.writeMilli(m, to: &out) }
                }
            }
            put(separators[12])
            if flags.isEmpty {
                put(null)
            } else if flags.contains(where: Self.needsEscaping) {
                Self.writeEscaped(Array(flags), csv: csv, to: &out)
            } else {
                if !csv { out.append(UInt8(ascii: "\"")) }
                out.append(flags)
                if !csv { out.append(UInt8(ascii: "\"")) }
            }
            put(hour.end)
        }
    }

    private static func bytes(of fragment: Fragment, in pool: [UInt8]) -> [UInt8] {
        Array(pool[Int(fragment.offset)..<Int(fragment.offset + fragment.count)])
    }

    /// A text cell as `ExportSink.write` writes it: empty is an empty CSV cell and JSON null.
    private static func cell(_ bytes: [UInt8], csv: Bool) -> [UInt8] {
        if bytes.isEmpty { return csv ? [] : Array("null".utf8) }
        if bytes.contains(where: needsEscaping) {
            var out = ByteWriter(capacity: bytes.count * 2)
            writeEscaped(bytes, csv: csv, to: &out)
            return out.withBytes { Array($0) }
        }
        return csv ? bytes : [UInt8(ascii: "\"")] + bytes + [UInt8(ascii: "\"")]
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: ",")
    }

    /// The rare cell with a quote, comma, backslash or control character goes through the general
    /// writers, so the fast path never writes a cell differently from `ExportSink.write`.
    private static func writeEscaped(_ bytes: [UInt8], csv: Bool, to out: inout ByteWriter) {
        let text = String(decoding: bytes, as: UTF8.self)
        if csv {
            out.append(CSVWriter.quoted(text))
        } else {
            var w = JSONWriter()
            w.string(text)
            out.append(w.text)
        }
    }

    /// Thousandths as the shortest decimal (`36`, `0.4`, `1.25`), as `Concentration.description`.
    static func writeMilli(_ milli: Int32, to out: inout ByteWriter) {
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
