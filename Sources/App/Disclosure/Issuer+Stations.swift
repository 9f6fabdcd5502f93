import Disclosure
import Formats
import Identity
import Stations

extension Issuer {
    /// The 发布机构 of the disclosure commands, from the stations configuration: the issuer of the
    /// published areas (`[site] areas`, else every area), or of `--area CODE`, required when those
    /// areas have different issuers. Its org_code must be a real, check-digit valid code: every
    /// 索引号 begins with it and is never issued again.
    public static func fromStations(
        _ configuration: StationsConfiguration, directory: String, publishedAreas: [AreaCode], area: AreaCode?,
        rehearsal: Bool = false
    ) throws -> Issuer {
        let all = configuration.areas
        var candidates = all
        if let code = area {
            guard let chosen = all.first(where: { $0.code == code }) else {
                throw UsageError("--area \(code): no such area in \(directory) (airbulletin stations list shows them)")
            }
            candidates = [chosen]
        } else if !publishedAreas.isEmpty {
            candidates = all.filter { publishedAreas.contains($0.code) }
        }
        guard let first = candidates.first else {
            throw UsageError("no area in \(directory) to take the issuer (发布机构) from; add one (stations/README.md)")
        }
        var issuers: [(config: Issuer, areas: [AreaConfig])] = []
        for candidate in candidates {
            if let i = issuers.firstIndex(where: { Self.sameBody($0.config, candidate.issuer) }) {
                issuers[i].areas.append(candidate)
            } else {
                issuers.append((candidate.issuer, [candidate]))
            }
        }
        guard issuers.count == 1 else {
            let named = issuers.map { issuer in
                let areas = issuer.areas
                let more = areas.count > 1 ? " and \(plural(areas.count - 1, "more area"))" : ""
                return "\(issuer.config.name) (\(areas[0].code) \(areas[0].name)\(more))"
            }
            throw UsageError(
                "the areas in \(directory) have \(issuers.count) issuers: \(named.joined(separator: ", ")); "
                    + "choose the publishing one with --area CODE")
        }
        return try Issuer(first, rehearsal: rehearsal)
    }

    /// The same body: the name and code the disclosure items carry.
    private static func sameBody(_ a: Issuer, _ b: Issuer) -> Bool {
        a.name == b.name && a.organisation == b.organisation
    }

    private init(_ area: AreaConfig, rehearsal: Bool) throws {
        let config = area.issuer
        let file = area.location.file
        let text = config.organisation.rawValue
        if PlaceholderPolicy.isPlaceholder(text), !rehearsal {
            // The one policy of every published document (PlaceholderPolicy).
            throw PlaceholderPolicy.refusal(area)
        }
        guard let code = OrganisationCode(validated: text) else {
            let problem =
                config.organisation.checkCharacterProblem
                ?? "it is neither an 18-character 统一社会信用代码 nor a 9-character 组织机构代码"
            throw Diagnostic(
                file: file, line: nil,
                "org_code \(text) of \(config.name) cannot number notices: \(problem); correct it in the stations file")
        }
        self.init(name: config.name, organisation: code)
    }
}
