import Formats
import Stations

/// One policy for the shipped placeholder organisation code (`000000000000000000`) on every
/// published document (bulletins, notices, the annual report): every 索引号 begins with the
/// code and is never issued again, so a document is published with the placeholder only in a
/// rehearsal the configuration declares (`[site] rehearsal = true`), and every command says so.
public enum PlaceholderPolicy {
    /// Whether an issuer's code is the placeholder (all zeros).
    public static func isPlaceholder(_ code: String) -> Bool { !code.isEmpty && code.allSatisfy { $0 == "0" } }

    /// The refusal (outside a rehearsal) or the warnings (in one) for the areas about to publish.
    /// - Throws: the areas' diagnostics, `FILE:LINE: error:`, when one has the placeholder and
    ///   the configuration declares no rehearsal.
    public static func check(_ areas: [AreaConfig], configuration: Configuration) throws(Diagnostics) -> [String] {
        var seen = Set<String>()
        let placeholders = areas.filter {
            isPlaceholder($0.issuer.organisation.rawValue) && seen.insert($0.issuer.name).inserted
        }
        guard !placeholders.isEmpty else { return [] }
        guard configuration.rehearsal else { throw Diagnostics(placeholders.map(refusal)) }
        return placeholders.map { area in
            "warning: rehearsal: \(area.issuer.name) (\(area.name)) publishes with the placeholder organisation code "
                + "\(area.issuer.organisation.rawValue) ([site] rehearsal = true): every 索引号 issued now carries it; "
                + "put the bureau's 统一社会信用代码 in \(area.location.file) and remove rehearsal before publishing for real"
        }
    }

    /// `FILE:LINE: error:` for an area whose issuer has the placeholder, outside a rehearsal.
    public static func refusal(_ area: AreaConfig) -> Diagnostic {
        Diagnostic(
            file: area.location.file, line: area.location.line,
            "org_code of \(area.issuer.name) (\(area.name)) is the placeholder \(area.issuer.organisation.rawValue): "
                + "put the bureau's real 统一社会信用代码 there before publishing (every 索引号 begins with it and "
                + "is never issued again); for a rehearsal, set rehearsal = true under [site] in the configuration")
    }
}
