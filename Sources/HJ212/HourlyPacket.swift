import AQI

/// The values of one hourly upload (CN=2061, HJ 212—2017 §6.3.3): the hour, and per AQI pollutant
/// its `-Avg` text as sent (in the station's unit; converting it is the receiver's job, with the
/// station's configured units) and its data flag. Codes the AQI does not use are listed apart,
/// to be counted, never stored as readings.
public struct HourlyPacket: Sendable, Hashable {
    public struct Value: Sendable, Hashable {
        public let code: String
        public let pollutant: Pollutant
        /// Nil when the logger sent a flag without a value.
        public let average: String?
        public let flag: ReadingFlag
    }

    public let hour: HourStamp
    public let values: [Value]
    public let otherCodes: [String]

    /// - Throws: a segment that is not CN=2061, a bad DataTime, a bad flag letter.
    public init(_ segment: DataSegment) throws(SegmentError) {
        guard segment.cn == "2061" else { throw .badField("CN") }
        let items = try DataItems(parsing: segment.cp)
        guard let hour = DataTime.hourlyStamp(items.dataTime) else { throw .badField("DataTime") }
        var values: [Value] = []
        var other: [String] = []
        for code in items.codes {
            guard let pollutant = AirCode.pollutant(code) else {
                other.append(code)
                continue
            }
            let fields = items.fields[code] ?? [:]
            // A value without its -Flag is read as N (正常): loggers omit it for normal data.
            let flag: ReadingFlag
            if let text = fields["Flag"] {
                guard let f = ReadingFlag(hj212: text) else { throw .badField("\(code)-Flag") }
                flag = f
            } else {
                flag = .normal
            }
            values.append(Value(code: code, pollutant: pollutant, average: fields["Avg"], flag: flag))
        }
        self.hour = hour
        self.values = values
        otherCodes = other
    }
}
