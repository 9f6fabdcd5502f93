import Formats

/// The longest text each key of a stations file takes, in characters (stations/README.md): room
/// for any real name, never for a megabyte one, which every page and feed would then carry
/// (issue 11: a 1 MB station name made one publication take 72 s instead of 3.9 s).
enum TextLimit {
    /// A Chinese name: the longest station name of the national lists has 19 characters, an
    /// issuer such as 文山州生态环境局文山分局 12.
    static let name = 100
    /// An English name: "Xishuangbanna Dai Autonomous Prefecture Ecology and Environment Bureau, …".
    static let englishName = 200
    /// Station codes, source ids, query parameter names.
    static let identifier = 32
    /// A URL template: what browsers and servers reliably take.
    static let url = 2_000
    /// Environment variable and header names.
    static let environmentName = 64
    static let headerName = 64
    /// A file path (PATH_MAX).
    static let path = 4_096
}

// MARK: - Small typed readers shared by the tables of a stations file

extension AreaFileReader {
    /// Records an error at the key and yields nil, for `?? reject(…)` chains.
    func reject<T>(_ r: TOMLTableReader, _ key: String, _ message: String) -> T? {
        r.error(key, message)
        return nil
    }

    /// A name: a non-blank string of at most `maximumLength` characters without control
    /// characters (it is printed in tables, pages and feeds).
    func text(_ r: TOMLTableReader, _ key: String, maximumLength: Int) -> String? {
        guard let s = r.string(key, maximumLength: maximumLength) else { return nil }
        if s.allSatisfy({ $0.isWhitespace }) { return reject(r, key, "\"\(key)\" is empty") }
        if s.containsControlCharacter {
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
