import AQI
import Identity

/// Where each page lives in an area's site (ARCHITECTURE.md, Output). Paths are relative to the
/// area's site root, so a caller can put several areas under prefixes.
public enum SitePaths {
    /// Where an area's site lives inside a multi-area site: `<area code>/`.
    public static func areaPrefix(_ areaCode: AreaCode) -> String { areaCode.rawValue + "/" }

    /// `bulletins/2025/2025-01-15`
    public static func dayStem(_ date: LocalDate) -> String { "bulletins/\(zeroPadded(date.year, 4))/\(date)" }

    /// The latest revision's page: `bulletins/2025/2025-01-15.html`, `.en.html` for English.
    public static func dayPage(_ date: LocalDate, _ language: Language) -> String {
        dayStem(date) + language.pathSuffix + ".html"
    }

    /// An earlier revision's page: `bulletins/2025/2025-01-15.r1.html` (`.r1.en.html`).
    public static func revisionPage(_ date: LocalDate, revision: Int, _ language: Language) -> String {
        dayStem(date) + ".r\(revision)" + language.pathSuffix + ".html"
    }

    /// `bulletins/2025/2025-01-15.json`, or `.r1.json` for an earlier revision.
    public static func json(_ date: LocalDate, revision: Int? = nil) -> String {
        dayStem(date) + (revision.map { ".r\($0)" } ?? "") + ".json"
    }

    public static func text(_ date: LocalDate) -> String { dayStem(date) + ".txt" }

    /// `months/2025-01` (add `.html` or `.json`).
    public static func monthStem(year: Int, month: Int) -> String {
        "months/\(zeroPadded(year, 4))-\(zeroPadded(month, 2))"
    }

    public static func yearPage(_ year: Int) -> String { "years/\(zeroPadded(year, 4)).html" }

    public static let index = "index.html"
    public static let feed = "feed.xml"
    public static let history = "history.csv"

    /// `feed-archive-1.xml` … (RFC 5005 archive documents, oldest first).
    public static func feedArchive(_ page: Int) -> String { "feed-archive-\(page).xml" }

    /// The last path component, for links between pages of one folder.
    static func fileName(_ path: String) -> String { String(path.split(separator: "/").last ?? "") }
}

/// `n` in decimal with leading zeros up to `width` digits.
func zeroPadded(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

extension SitePaths {
    /// Why `path` may not name a file of the site, or nil when it may: it must be relative,
    /// "/"-separated, without empty, `.`, `..` or hidden components, backslashes or control
    /// characters, so no file can land outside the site directory.
    public static func problem(with path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.hasPrefix("/") { return "\"\(path)\" is absolute (site paths are relative to the site directory)" }
        if path.utf8.count > 1024 { return "the path is longer than 1024 bytes" }
        if path.unicodeScalars.contains(where: { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }) {
            return "\"\(path)\" contains a backslash or a control character"
        }
        for component in path.split(separator: "/", omittingEmptySubsequences: false) {
            if component.isEmpty { return "\"\(path)\" has an empty component (\"//\" or a trailing \"/\")" }
            if component == ".." { return "\"\(path)\" climbs out of the site directory with \"..\"" }
            if component.hasPrefix(".") { return "\"\(path)\" has a component starting with \".\"" }
            if component.utf8.count > 255 { return "\"\(path)\" has a component longer than 255 bytes" }
        }
        return nil
    }
}
