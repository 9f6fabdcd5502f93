import AQI
import Fetch
import HJ212
import Stations

extension HourlyPacket {
    /// The packet's values as readings of `station`'s hour, each converted exactly from the
    /// station's configured unit to the HJ 633 unit (µg/m³, CO mg/m³) as the OpenAQ adapter does
    /// (docs/adapters.md), rounded once half-even to thousandths, then screened by the quality
    /// control of every import over the packet alone (the stuck rule needs the hours before: the
    /// store writer screens again against the store, `StoreWriter.screened`).
    ///
    /// - Throws: a value that is not a decimal or out of range, or a normal (`N`) value without a
    ///   number: the packet is refused whole, never stored in part.
    func readings(of station: StationCode, link: HJ212Link) throws(SegmentError) -> [Reading] {
        var out: [Reading] = []
        for value in values {
            guard let text = value.average else {
                // HJ 212 data flags other than N may come without a value; N needs one.
                guard value.flag != .normal else { throw .missingField("\(value.code)-Avg") }
                out.append(
                    Reading(station: station, pollutant: value.pollutant, hour: hour, value: nil, flag: value.flag))
                continue
            }
            guard let raw = Rational(decimalLiteral: text), !text.contains("e"), !text.contains("E") else {
                throw .badField("\(value.code)-Avg")
            }
            // A sentinel (−999 …) is a code, not a quantity: passed on unconverted for QC to mark.
            let converted =
                QualityControl.isSentinel(raw) ? raw : link.unit(of: value.pollutant).convert(raw, of: value.pollutant)
            guard let converted, let concentration = Concentration(exactly: converted) else {
                throw .badField("\(value.code)-Avg")
            }
            out.append(
                Reading(
                    station: station, pollutant: value.pollutant, hour: hour, value: concentration, flag: value.flag))
        }
        guard Set(out.map(\.pollutant)).count == out.count else { throw .badField("pollutant sent twice") }
        return QualityControl.standard.screen(out, preceding: []).readings
    }
}
