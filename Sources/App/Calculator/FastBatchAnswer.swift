import AQI
import Formats

/// Answers a line of the common shape (`FastBatchLine`) by table lookups and writes exactly the
/// bytes `CalculatorResult.json` writes for it. Returns false to send the line the general way
/// (a value above its column, an unknown or repeated key, a value that is not a plain decimal, the
/// 2012 real-time report's 24-h moving variant…). All it reads is precomputed in `FastBatchTables`.
/// Sendable by hand: after `init`, every pointer is to memory `tables` owns and nothing writes it.
struct FastBatchAnswer: @unchecked Sendable {
    /// One (standard, report), as pointers into memory the tables own (reading them costs no
    /// reference counting).
    struct Shape: @unchecked Sendable {
        let isHJ633_2026: Bool
        let count: Int
        /// Per position: IAQI table offset, its length, decimals, pollutant bit, key fragment.
        let iaqiTable: UnsafePointer<Int32>, iaqiCount: UnsafePointer<Int32>, decimals: UnsafePointer<Int>
        let pollutantBit: UnsafePointer<UInt8>
        /// `Indicator.allCases` index → position, or -1.
        let position: UnsafePointer<Int>
        let indicator: UnsafePointer<Int>
        let head: FastBatchTables.Fragment
        let iaqiKeys: UnsafePointer<FastBatchTables.Fragment>
    }

    /// Reused between lines (one per thread).
    struct Scratch {
        var units = [Int](repeating: -1, count: 8)
        var iaqi = [Int](repeating: -1, count: 8)
        var seen = [Bool](repeating: false, count: 16)
    }

    let tables: FastBatchTables
    let shapes: UnsafePointer<Shape>  // 2012 daily, 2012 realtime, 2026 daily, 2026 realtime
    let keys: UnsafePointer<FastBatchTables.Fragment>  // "KEY" per Indicator.allCases index
    let labels: UnsafePointer<FastBatchTables.Fragment>  // "PM2.5" per Pollutant
    let levels: UnsafePointer<FastBatchTables.Fragment>
    let na, idOpen, idClose, open, null, iaqiOpen, computedKey, aqiKey, primaryOpen, primaryIndicators, over100Open,
        missingOpen, close: FastBatchTables.Fragment

    init() {
        var b = FastBatchTablesBuilder()
        let all = Indicator.allCases
        let owned = FastBatchTables.Owned()
        keys = owned.keep(all.map { b.fragment("\"\($0.rawValue)\"") })
        labels = owned.keep(Pollutant.allCases.map { b.fragment("\"\($0.label)\"") })
        levels = owned.keep(
            (1...6).map { n in
                let l = AirQualityLevel(number: n)
                return b.fragment(
                    ",\"level\":\(n),\"level_name\":\"\(l.name)\",\"category\":\"\(l.category)\",\"color_name\":\"\(l.colorName)\",\"rgb\":[\(l.rgb.map(String.init).joined(separator: ","))],\"hex\":\"\(l.hex)\""
                )
            })
        na = b.fragment(
            ",\"level\":null,\"level_name\":null,\"category\":null,\"color_name\":null,\"rgb\":null,\"hex\":null,\"primary_pollutants\":null,\"primary_indicators\":null"
        )
        idOpen = b.fragment("{\"id\":\"")
        idClose = b.fragment("\",")
        open = b.fragment("{")
        null = b.fragment("null")
        iaqiOpen = b.fragment("},\"iaqi\":{")
        computedKey = b.fragment("},\"aqi_computed\":")
        aqiKey = b.fragment(",\"aqi\":")
        primaryOpen = b.fragment(",\"primary_pollutants\":[")
        primaryIndicators = b.fragment("],\"primary_indicators\":[")
        over100Open = b.fragment(",\"iaqi_over_100\":[")
        missingOpen = b.fragment("],\"missing_indicators\":[")
        close = b.fragment("]}")
        var shapes: [Shape] = []
        for s in [Standard.hj633_2012, .hj633_2026] {
            for r in [ReportKind.daily, .realtime] {
                let set = ChinaIndicatorSet(standard: s, report: r)
                let compact = CompactReport(set: set)
                let indicator = set.indicators.map { all.firstIndex(of: $0)! }
                var position = [Int](repeating: -1, count: all.count)
                for (p, i) in indicator.enumerated() { position[i] = p }
                let tables = compact.tables
                shapes.append(
                    Shape(
                        isHJ633_2026: s == .hj633_2026, count: indicator.count,
                        iaqiTable: owned.keep(tables.map { b.table($0) }),
                        iaqiCount: owned.keep(tables.map { Int32($0.count) }),
                        decimals: owned.keep(set.indicators.map(\.pollutant.reportDecimals)),
                        pollutantBit: owned.keep(set.indicators.map { 1 << $0.pollutant.rawValue }),
                        position: owned.keep(position), indicator: owned.keep(indicator),
                        head: b.fragment(
                            "\"standard\":\"\(s.id)\",\"report\":\"\(r.rawValue)\",\"rounded_concentrations\":{"),
                        iaqiKeys: owned.keep(set.indicators.map { b.fragment("\"\($0.rawValue)\":") })))
            }
        }
        self.shapes = owned.keep(shapes)
        tables = FastBatchTables(bytes: b.bytes, ints: b.ints, owned: owned)
    }

    /// - Parameter base: the chunk `line`'s ranges index.
    @inline(__always)
    func answer(
        _ line: FastBatchLine, in base: UnsafeBufferPointer<UInt8>, shape: Shape, scratch: inout Scratch,
        into out: inout ByteWriter
    ) -> Bool {
        let pool = tables.bytes
        let ints = tables.ints
        let count = shape.count
        for p in 0..<count { scratch.units[p] = -1 }
        for i in 0..<scratch.seen.count { scratch.seen[i] = false }
        for (index, text) in line.inputs {
            let p = shape.position[index]
            guard p >= 0, !scratch.seen[index] else { return false }
            scratch.seen[index] = true
            guard !text.isEmpty else { continue }
            guard let u = Self.reportUnits(UnsafeBufferPointer(rebasing: base[text]), decimals: shape.decimals[p])
            else {
                return false
            }
            scratch.units[p] = u
        }
        var computed = -1
        var anyMissing = false
        for p in 0..<count {
            let u = scratch.units[p]
            if u < 0 {
                scratch.iaqi[p] = -1
                anyMissing = true
                continue
            }
            guard u < Int(shape.iaqiCount[p]) else { return false }  // above the column: a special rule applies
            let v = Int(ints[Int(shape.iaqiTable[p]) + u])
            scratch.iaqi[p] = v
            if v > computed { computed = v }
        }
        var published = computed
        if shape.isHJ633_2026, anyMissing, computed <= 100 { published = -1 }  // HJ 633—2026 §5.3.1

        if let id = line.id {
            out.append(idOpen, from: pool)
            out.append(UnsafeBufferPointer(rebasing: base[id]))
            out.append(idClose, from: pool)
        } else {
            out.append(open, from: pool)
        }
        out.append(shape.head, from: pool)
        var n = 0
        for (index, _) in line.inputs {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            n += 1
            out.append(keys[index], from: pool)
            out.append(UInt8(ascii: ":"))
            let p = shape.position[index]
            if scratch.units[p] >= 0 {
                out.append(UInt8(ascii: "\""))
                Self.writeUnits(scratch.units[p], decimals: shape.decimals[p], to: &out)
                out.append(UInt8(ascii: "\""))
            } else {
                out.append(null, from: pool)
            }
        }
        out.append(iaqiOpen, from: pool)
        for p in 0..<count {
            if p > 0 { out.append(UInt8(ascii: ",")) }
            out.append(shape.iaqiKeys[p], from: pool)
            writeIntOrNull(scratch.iaqi[p], to: &out)
        }
        out.append(computedKey, from: pool)
        writeIntOrNull(computed, to: &out)
        out.append(aqiKey, from: pool)
        writeIntOrNull(published, to: &out)
        if published >= 0 {
            out.append(levels[AirQualityLevel(aqi: published).number - 1], from: pool)
            var primary: UInt8 = 0
            if published > 50 {
                for p in 0..<count where scratch.iaqi[p] == published { primary |= shape.pollutantBit[p] }
            }
            out.append(primaryOpen, from: pool)
            writePollutants(primary, to: &out)
            out.append(primaryIndicators, from: pool)
            var first = true
            if published > 50 {
                for p in 0..<count where scratch.iaqi[p] == published {
                    if !first { out.append(UInt8(ascii: ",")) }
                    first = false
                    out.append(keys[shape.indicator[p]], from: pool)
                }
            }
            out.append(UInt8(ascii: "]"))
        } else {
            out.append(na, from: pool)
        }
        var over: UInt8 = 0
        for p in 0..<count where scratch.iaqi[p] > 100 { over |= shape.pollutantBit[p] }
        out.append(over100Open, from: pool)
        writePollutants(over, to: &out)
        out.append(missingOpen, from: pool)
        var first = true
        for p in 0..<count where scratch.iaqi[p] < 0 {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(keys[shape.indicator[p]], from: pool)
        }
        out.append(close, from: pool)
        return true
    }

    /// The shape of a line: its (standard, report).
    @inline(__always)
    func shape(of line: FastBatchLine) -> Shape {
        shapes[(line.standard == .hj633_2012 ? 0 : 2) + (line.report == .daily ? 0 : 1)]
    }

    /// A plain decimal (`digits(.digits)?`) rounded half-even (GB/T 8170) to `decimals`; nil
    /// for anything else (the general way then explains what is wrong).
    static func reportUnits(_ text: UnsafeBufferPointer<UInt8>, decimals: Int) -> Int? {
        var units = 0
        var fraction = -1  // digits after the point, -1 before it
        var firstDropped = -1
        var sticky = false
        var digits = 0
        for b in text {
            if b == UInt8(ascii: ".") {
                guard fraction < 0 else { return nil }
                fraction = 0
                continue
            }
            guard b >= 0x30, b <= 0x39 else { return nil }
            let d = Int(b - 0x30)
            digits += 1
            guard digits <= 15 else { return nil }
            if fraction >= 0 { fraction += 1 }
            if fraction > decimals {
                if firstDropped < 0 { firstDropped = d } else if d != 0 { sticky = true }
            } else {
                units = units * 10 + d
            }
        }
        guard digits > 0 else { return nil }
        for _ in 0..<max(0, decimals - max(fraction, 0)) { units *= 10 }
        if firstDropped > 5 || (firstDropped == 5 && (sticky || units & 1 == 1)) { units += 1 }
        return units
    }

    @inline(__always)
    static func writeUnits(_ units: Int, decimals: Int, to out: inout ByteWriter) {
        if decimals == 0 {
            writeInt(units, to: &out)
            return
        }
        writeInt(units / 10, to: &out)
        out.append(UInt8(ascii: "."))
        out.append(UInt8(0x30 + units % 10))
    }

    @inline(__always)
    func writeIntOrNull(_ v: Int, to out: inout ByteWriter) {
        if v < 0 { out.append(null, from: tables.bytes) } else { Self.writeInt(v, to: &out) }
    }

    @inline(__always)
    static func writeInt<Out: ByteAppending & ~Copyable>(_ v: Int, to out: inout Out) {
        if v < 10 {
            out.append(UInt8(0x30 + v))
            return
        }
        if v < 100 {
            out.append(UInt8(0x30 + v / 10))
            out.append(UInt8(0x30 + v % 10))
            return
        }
        if v < 1000 {
            out.append(UInt8(0x30 + v / 100))
            out.append(UInt8(0x30 + v / 10 % 10))
            out.append(UInt8(0x30 + v % 10))
            return
        }
        writeInt(v / 10, to: &out)
        out.append(UInt8(0x30 + v % 10))
    }

    @inline(__always)
    func writePollutants(_ mask: UInt8, to out: inout ByteWriter) {
        var first = true
        for p in 0..<6 where mask & (1 << p) != 0 {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(labels[p], from: tables.bytes)
        }
    }
}
