import Foundation
import GRDB
import Store

/// A store in a fresh temporary directory, removed when `body` returns: integration tests run
/// on real SQLite files.
func withTemporaryStore<T>(_ body: (Store, _ path: String) throws -> T) throws -> T {
    try withTemporaryDirectory { directory in
        let path = directory.appendingPathComponent("var/airbulletin.sqlite").path
        return try body(try Store(path: path), path)
    }
}

func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("airbulletin-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}

/// Everything a database file holds, as text: its schema, then every row of every table in
/// key order. Two equal dumps mean the same contents. Read through a separate connection, as
/// another process would see the file.
func dumpDatabase(atPath path: String) throws -> String {
    let queue = try DatabaseQueue(path: path)
    return try queue.read { db in
        var lines: [String] = []
        let tables = try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
        for table in tables {
            lines.append("\(table["type"] as String) \(table["name"] as String): \(table["sql"] as String? ?? "")")
        }
        for name in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
            lines.append("== \(name)")
            let width = try db.columns(in: name).count
            let order = (1...width).map(String.init).joined(separator: ", ")
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(name)\" ORDER BY \(order)") {
                lines.append(row.databaseValues.map(\.description).joined(separator: "|"))
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// `PRAGMA integrity_check` of a database file: "ok" when sound.
func integrityCheck(atPath path: String) throws -> String {
    try DatabaseQueue(path: path).read { db in
        try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n")
    }
}

/// Runs SQL on a database file through its own connection, as the sqlite3 shell would.
func executeRawSQL(_ sql: String, atPath path: String) throws {
    try DatabaseQueue(path: path).write { db in try db.execute(sql: sql) }
}
