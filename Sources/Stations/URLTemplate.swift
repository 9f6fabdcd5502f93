/// A source's URL with placeholders (stations/README.md, "URL templates"), e.g.
/// `https://example.org/air/china_sites_{date:yyyyMMdd}.csv` or
/// `file:sample/china_sites_{date:yyyyMMdd}.csv`.
///
/// Parsing refuses what would only go wrong later, at 6 in the morning: an unknown
/// placeholder, a placeholder in the host, a file URL naming another machine, and any secret
/// written into the URL (credentials come only from an environment variable). A relative
/// `file:` path is resolved against the directory of the TOML file that holds it.
public struct URLTemplate: Sendable, Hashable, CustomStringConvertible {
    public enum Scheme: String, Sendable, Hashable {
        case https, http, file
    }

    enum Part: Sendable, Hashable {
        case literal(String)
        case date(offset: Int, pattern: DatePattern)
        case station
        case area
    }

    /// The template as written. It holds no secret: a template with one is refused.
    public let text: String
    public let scheme: Scheme
    /// http(s): everything after `scheme:`, literals percent-encoded where a URL needs it;
    /// file: the path, literals percent-decoded.
    let parts: [Part]
    /// For a relative `file:` path: the directory it is relative to.
    let baseDirectory: String?

    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public let message: String
        public init(_ message: String) { self.message = message }
        public var description: String { message }
    }

    /// - Parameter directory: where a relative `file:` path starts (the TOML file's directory).
    public init(parsing text: String, relativeTo directory: String) throws(Problem) {
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw Problem("the URL has a control character (a tab or a line break?)")
        }
        guard let colon = text.firstIndex(of: ":"),
            let scheme = Scheme(rawValue: text[..<colon].lowercased())
        else {
            let name = text.prefix { $0 != ":" }
            if name.count < text.count, (1...10).contains(name.count), name.allSatisfy({ $0.isLetter && $0.isASCII }) {
                throw Problem("unsupported scheme \"\(name):\" (expected https:, http: or file:)")
            }
            throw Problem("the URL must start with https://, http:// or file:")
        }
        self.text = text
        self.scheme = scheme
        let rest = text[text.index(after: colon)...]
        if scheme == .file {
            (parts, baseDirectory) = try Self.parseFile(rest, directory: directory)
        } else {
            parts = try Self.parseHTTP(rest)
            baseDirectory = nil
        }
    }

    public var description: String { text }

    /// True when the template names `{station}`: it is fetched once per station.
    public var usesStation: Bool { parts.contains(.station) }

    /// True when the template names `{area}`: it is fetched once per area.
    public var usesArea: Bool { parts.contains(.area) }

    /// The placeholders a template may hold, for messages.
    static let expected = "{date}, {date:yyyyMMdd}, {date+1}, {date-1:yyyyMMdd}, {station} or {area}"
}
