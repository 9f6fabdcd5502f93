/// The CP of a data upload (HJ 212—2017 §6.3.3, Table 6.3 examples): `DataTime=yyyyMMddHHmmss;`
/// then groups separated by `;`, each `code-Field=value` pairs separated by `,`
/// (`a21005-Rtd=0.00,a21005-Flag=N`; hourly: `-Avg`, `-Min`, `-Max`, `-Flag`).
public struct DataItems: Sendable, Hashable {
    public var dataTime: String
    /// Code → field (`Rtd`, `Avg`, `Flag`, …) → value text, codes in order of first appearance.
    public var fields: [String: [String: String]]
    public var codes: [String]

    public init(parsing cp: String) throws(SegmentError) {
        var dataTime: String?
        var fields: [String: [String: String]] = [:]
        var codes: [String] = []
        for group in cp.split(separator: ";") {
            for pair in group.split(separator: ",") {
                guard let eq = pair.firstIndex(of: "=") else { throw .badField(String(pair.prefix(16))) }
                let key = pair[..<eq]
                let value = String(pair[pair.index(after: eq)...])
                if key == "DataTime" {
                    guard dataTime == nil else { throw .badField("DataTime") }
                    dataTime = value
                    continue
                }
                guard let dash = key.firstIndex(of: "-") else { continue }  // other keys (e.g. a state) are ignored
                let code = String(key[..<dash])
                let field = String(key[key.index(after: dash)...])
                if fields[code] == nil { codes.append(code) }
                guard fields[code, default: [:]].updateValue(value, forKey: field) == nil else {
                    throw .badField("\(code)-\(field)")
                }
            }
        }
        guard let dataTime else { throw .missingField("DataTime") }
        self.dataTime = dataTime
        self.fields = fields
        self.codes = codes
    }
}
