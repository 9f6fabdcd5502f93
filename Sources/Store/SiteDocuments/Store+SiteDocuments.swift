import AQI
import Foundation
import GRDB

extension Store {
    /// Keeps the given site files, in one transaction: for each path, appends the next revision
    /// (1 for a new path) unless the content equals the latest one. Returns what it appended,
    /// in the order given.
    ///
    /// - Throws: `StoreError.refusedSiteDocumentPath` for a path that is empty, absolute, or
    ///   holds `..`, a backslash or a control character, and `.duplicateSiteDocumentPath` for a
    ///   path given twice; nothing is stored then.
    @discardableResult
    public func storeSiteDocuments(_ files: [(path: String, content: [UInt8])], at: Instant) throws(StoreError)
        -> [SiteDocument]
    {
        try StoreError.wrapping {
            try writer.write { db in
                try Store.storeSiteDocuments(
                    files, at: at,
                    latest: { path in
                        try SiteDocument.filter(SiteDocument.Columns.path == path)
                            .order(SiteDocument.Columns.revision.desc).fetchOne(db)
                    }, insert: { try $0.insert(db) })
            }
        }
    }

    /// Inside a write, in any database holding `site_document` (SQLite, PostgreSQL): checks the
    /// paths, then appends each file's next revision through `insert` unless `latest` (the latest
    /// revision of a path) holds the same content.
    package static func storeSiteDocuments(
        _ files: [(path: String, content: [UInt8])], at: Instant, latest: (String) throws -> SiteDocument?,
        insert: (SiteDocument) throws -> Void
    ) throws -> [SiteDocument] {
        var seen = Set<String>()
        for file in files {
            if let problem = Store.problem(withSitePath: file.path) {
                throw StoreError.refusedSiteDocumentPath(file.path, problem: problem)
            }
            guard seen.insert(file.path).inserted else { throw StoreError.duplicateSiteDocumentPath(file.path) }
        }
        var appended: [SiteDocument] = []
        for file in files {
            let latest = try latest(file.path)
            if let latest, latest.content == file.content { continue }
            let document = SiteDocument(
                path: file.path, revision: (latest?.revision ?? 0) + 1, content: file.content, createdAt: at)
            try insert(document)
            appended.append(document)
        }
        return appended
    }

    /// The latest revision of every stored site path, by path.
    public func currentSiteDocuments() throws(StoreError) -> [SiteDocument] {
        try StoreError.wrapping {
            try writer.read { db in
                try SiteDocument
                    // The latest: no later revision of the same path exists.
                    .filter(
                        sql: """
                            NOT EXISTS (SELECT 1 FROM site_document AS later
                                WHERE later.path = site_document.path AND later.revision > site_document.revision)
                            """
                    )
                    .order(SiteDocument.Columns.path).fetchAll(db)
            }
        }
    }

    /// Every revision of one site path, first to last.
    public func siteDocumentRevisions(path: String) throws(StoreError) -> [SiteDocument] {
        try StoreError.wrapping {
            try writer.read { db in
                try SiteDocument.filter(SiteDocument.Columns.path == path).order(SiteDocument.Columns.revision)
                    .fetchAll(db)
            }
        }
    }

    /// Why `path` cannot name a file inside the site, or nil. The site writer joins it to the
    /// site's root, so it must not leave it or mean something else on another system.
    static func problem(withSitePath path: String) -> String? {
        if path.isEmpty { return "it is empty" }
        if path.hasPrefix("/") { return "it starts with \"/\" (site paths are relative to the site's root)" }
        if path.contains("..") { return "it contains \"..\"" }
        if path.contains("\\") { return "it contains a backslash (use \"/\" between folders)" }
        if let control = path.unicodeScalars.first(where: StoreError.isControl) {
            let hex = String(control.value, radix: 16, uppercase: true)
            return "it contains the control character U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return nil
    }
}
