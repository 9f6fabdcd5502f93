import Foundation
import GRDB

extension PostgresConnection {
    /// Inserts a row the SQLite store's record encodes (`databaseDictionary`: every column by
    /// name), so that both databases store a value alike. The table and column names are the
    /// records' own; they are quoted all the same.
    func insert(_ record: any PersistableRecord) throws {
        var buffer = PostgresRowBuffer()
        try buffer.append(record)
        try buffer.flush(self)
    }

    /// Runs a statement written for SQLite's `?` placeholders (a query both databases speak),
    /// numbering them `$1`, `$2`, … (the statements hold no `?` in a literal).
    func execute(sqlite sql: String, _ values: [DatabaseValue]) throws(PostgresError) -> PostgresResult {
        var numbered = ""
        var n = 0
        for character in sql {
            if character == "?" {
                n += 1
                numbered += "$\(n)"
            } else {
                numbered.append(character)
            }
        }
        return try execute(numbered, values.map(Self.parameter))
    }

    /// A value as the text parameter PostgreSQL reads into the column's type (bytea in its hex
    /// form).
    static func parameter(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case .int64(let n): String(n)
        case .double(let x): "\(x)"
        case .string(let text): text
        case .blob(let data): "\\x" + hex(data)
        }
    }

    private static func hex(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(data.count * 2)
        for byte in data {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// An SQL identifier in double quotes, any double quote in it doubled.
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
