import AQI
import Identity

extension URLTemplate {
    /// A template filled in for one fetch.
    public struct Expansion: Sendable, Hashable {
        /// `https://…` or `file:///…`, without any credential.
        public let url: String
        /// For a `file:` template: the file's path (absolute when the template's directory is).
        public let filePath: String?
    }

    /// Fills the placeholders: `{date…}` from `date` (the data day, China Standard Time),
    /// `{station}` and `{area}` from the codes. A template that names `{station}` is expanded
    /// once per station; without the code that is a programming error reported as a Problem.
    public func expand(date: LocalDate, station: StationCode? = nil, area: AreaCode? = nil) throws(Problem)
        -> Expansion
    {
        var text = ""
        for part in parts {
            switch part {
            case .literal(let s): text += s
            case .date(let offset, let pattern): text += pattern.format(date.adding(days: offset))
            case .station:
                guard let station else { throw Problem("\(self.text): {station} needs a station code") }
                text += station.rawValue
            case .area:
                guard let area else { throw Problem("\(self.text): {area} needs an area code") }
                text += area.rawValue
            }
        }
        guard scheme == .file else { return Expansion(url: scheme.rawValue + ":" + text, filePath: nil) }
        let path = Self.normalizedPath(baseDirectory.map { $0 + "/" + text } ?? text)
        let encoded = Self.percentEncoded(path, keeping: Self.pathCharacters)
        return Expansion(url: path.hasPrefix("/") ? "file://" + encoded : "file:" + encoded, filePath: path)
    }

    /// Removes `.` and `..` segments and doubled slashes, as a URL resolver does (RFC 3986
    /// §5.2.4), so the path and the `file://` URL name the same file.
    static func normalizedPath(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var segments: [Substring] = []
        for segment in path.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..":
                if let last = segments.last, last != ".." {
                    segments.removeLast()
                } else if !absolute {
                    segments.append(segment)
                }
            default: segments.append(segment)
            }
        }
        let joined = segments.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
