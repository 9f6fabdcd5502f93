import Formats

// MARK: - Small typed readers shared by the tables of a stations file

extension AreaFileReader {
    /// Records an error at the key and yields nil, for `?? reject(…)` chains.
    func reject<T>(_ r: TOMLTableReader, _ key: String, _ message: String) -> T? {
        r.error(key, message)
        return nil
    }

    /// A name: a non-blank string without control characters (it is printed in tables, pages
    /// and feeds).
    func text(_ r: TOMLTableReader, _ key: String) -> String? {
        guard let s = r.string(key) else { return nil }
        if s.allSatisfy({ $0.isWhitespace }) { return reject(r, key, "\"\(key)\" is empty") }
        if s.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return reject(r, key, "\"\(key)\" has a control character (a line break or a tab?)")
        }
        return s
    }

    /// The entries of `[[key]]`; a single `[key]` table is reported with the fix.
    func arrayOfTables(_ r: TOMLTableReader, _ key: String, required: Bool = false) -> [TOMLTableReader] {
        if case .table? = r.table[key] {
            let keys = r.table.path.compactMap { component -> String? in
                if case .key(let k) = component { return k }
                return nil
            }
            let header = (keys + [key]).joined(separator: ".")
            r.error(key, "write [[\(header)]] (one per entry), not [\(header)]")
            return []
        }
        return r.tables(key, required: required) ?? []
    }

    /// Letters, digits, `-` and `_`, 1 to 32 of them: safe in logs, paths and the store.
    static func isIdentifier(_ s: String) -> Bool {
        (1...32).contains(s.utf8.count)
            && s.utf8.allSatisfy { b in
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D
                    || b == 0x5F
            }
    }
}
