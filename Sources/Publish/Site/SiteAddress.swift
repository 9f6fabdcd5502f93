/// The site's public address, for absolute links in the feed: an absolute http(s) URL ending in
/// "/". Parsed once, where the configuration is read; the renderer takes this type, so a value
/// the configuration accepted is one the renderer accepts.
public struct SiteAddress: Sendable, Equatable, CustomStringConvertible {
    public let text: String

    /// - Parameter text: the address; a missing final "/" is added.
    public init(_ text: String) throws(SiteError) {
        let url = text.hasSuffix("/") ? text : text + "/"
        guard Self.isAddress(url) else {
            throw SiteError(
                "\"\(SiteError.excerpt(text))\" must be an absolute http(s) URL ending in \"/\", e.g. https://example.gov.cn/air/"
            )
        }
        self.text = url
    }

    /// The default of a configuration that names none: a reserved domain (RFC 2606).
    public static let unconfigured = SiteAddress(verified: "https://example.invalid/airbulletin/")

    private init(verified: String) { text = verified }

    /// The address of a folder under the site root (an area's `532601/` on a province's site).
    public func appending(folder: String) -> String { text + folder }

    static func isAddress(_ url: String) -> Bool {
        (url.hasPrefix("https://") || url.hasPrefix("http://")) && url.hasSuffix("/")
            && url.count > "https://".count && url.count <= 2_000
            && !url.unicodeScalars.contains(where: {
                $0.value <= 0x20 || $0.value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains($0)
            })
    }

    public var description: String { text }
}

/// The RFC 4151 tagging entity of feed entry ids (`domain,YYYY`, `domain,YYYY-MM` or
/// `domain,YYYY-MM-DD`, the domain in lower case as DNS names are written in tags). Ids derive
/// from it, so it must never change once the feed is published.
public struct TagAuthority: Sendable, Equatable, CustomStringConvertible {
    public let text: String

    public init(_ text: String) throws(SiteError) {
        guard Self.isTaggingEntity(text) else {
            throw SiteError(
                "\"\(SiteError.excerpt(text))\" must be a lower-case domain and a date, e.g. sthjj.example.gov.cn,2026 (RFC 4151 taggingEntity)"
            )
        }
        self.text = text
    }

    /// The host of an address with the year, the default authority (`sthjj.example.gov.cn,2026`).
    public init(defaultFor address: SiteAddress, year: Int) throws(SiteError) {
        let afterScheme = address.text.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first ?? ""
        let host = afterScheme.split(separator: ":").first.map(String.init) ?? ""
        try self.init("\(host.lowercased()),\(year)")
    }

    public var description: String { text }

    static func isTaggingEntity(_ text: String) -> Bool {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 253,
            parts[0].unicodeScalars.allSatisfy({
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-"
            })
        else { return false }
        let date = parts[1].split(separator: "-", omittingEmptySubsequences: false)
        let widths = date.map(\.count)
        return [[4], [4, 2], [4, 2, 2]].contains(widths)
            && date.allSatisfy { $0.allSatisfy(\.isNumber) && $0.allSatisfy(\.isASCII) }
    }
}

extension SiteError {
    /// At most 60 characters of a value for a message, marked when cut.
    static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "…"
    }
}
