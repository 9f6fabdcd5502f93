import CLibPQ
import Foundation
import GRDB

extension PostgresResult {
    /// The rows as GRDB rows, each column by name with the value its type holds (integers,
    /// doubles, bytes, texts), so that the store's records read a PostgreSQL row as they read an
    /// SQLite one (`BulletinRevision(row:)`, `RunLogEntry(row:)`, …).
    public var databaseRows: [Row] {
        let names = (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) }
        let kinds = (0..<columnCount).map { ColumnKind(oid: PQftype(result, Int32($0))) }
        return (0..<count).map { n in
            var values: [String: (any DatabaseValueConvertible)?] = [:]
            for (column, name) in names.enumerated() {
                guard let text = string(n, column) else {
                    values.updateValue(nil, forKey: name)
                    continue
                }
                switch kinds[column] {
                case .integer: values[name] = Int64(text)
                case .double: values[name] = Double(text)
                case .bytes: values[name] = Self.bytes(hex: text)
                case .text: values[name] = text
                }
            }
            return Row(values)
        }
    }

    /// The text form of `bytea` (`\x` and two hex digits a byte, PostgreSQL's default output).
    static func bytes(hex text: String) -> Data {
        var data = Data(capacity: max(0, (text.utf8.count - 2) / 2))
        var high: UInt8?
        for byte in text.utf8.dropFirst(2) {
            let nibble: UInt8 =
                switch byte {
                case 0x30...0x39: byte - 0x30
                case 0x61...0x66: byte - 0x61 + 10
                default: byte - 0x41 + 10
                }
            if let h = high {
                data.append(h << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        return data
    }

    /// What a column's type holds, by the OIDs of PostgreSQL's built-in types.
    enum ColumnKind {
        case integer, double, bytes, text

        init(oid: Oid) {
            switch oid {
            case 20, 21, 23: self = .integer  // int8, int2, int4
            case 700, 701: self = .double  // float4, float8
            case 17: self = .bytes  // bytea
            default: self = .text
            }
        }
    }
}
