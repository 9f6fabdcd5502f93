import AQI
import Formats
import Identity

/// Reads one `stations/*.toml` document into areas (schema: stations/README.md). Every problem
/// becomes a diagnostic naming the file, line and key, and reading goes on, so that one
/// `stations check` shows them all.
struct AreaFileReader {
    /// What was read of one `[[area]]`, even when it has errors, so that the checks across
    /// areas (duplicate codes, stations defined twice) still see its valid parts.
    struct AreaDraft {
        let code: AreaCode?
        let name: String?
        let location: ConfigLocation
        /// The code of every station table that has a valid one, with its line.
        let stationCodes: [(code: StationCode, location: ConfigLocation)]
        /// The stations that were read without error.
        let stations: [StationConfig]
        /// The area, when it has no error.
        let area: AreaConfig?
    }

    /// Where relative `file:` templates and `ca_bundle` paths start.
    let directory: String
    let environment: [String: String]
    let fileExists: (String) -> Bool
    let diagnostics: DiagnosticCollector

    func read(_ root: TOMLTableReader) -> [AreaDraft] {
        root.allowOnly(["area", "issuer", "source"])
        let fileIssuer = root.has("issuer") ? root.table("issuer").flatMap(readIssuer) : nil
        let fileSources = arrayOfTables(root, "source").compactMap(readSource)
        reportDuplicateIDs(fileSources, after: [], file: root.document.file)
        guard root.has("area") else {
            root.error(nil, "no [[area]]: a stations file defines at least one area (see stations/README.md)")
            return []
        }
        return arrayOfTables(root, "area").map { area in
            readArea(area, fileIssuer: fileIssuer, fileIssuerGiven: root.has("issuer"), fileSources: fileSources)
        }
    }

    private func readArea(
        _ a: TOMLTableReader, fileIssuer: Issuer?, fileIssuerGiven: Bool, fileSources: [SourceConfig]
    ) -> AreaDraft {
        a.allowOnly(["code", "name", "name_en", "level", "issuer", "station", "source"])
        let code = a.string("code").flatMap { text in
            AreaCode(text)
                ?? reject(
                    a, "code",
                    "\"code\" must be a 6-digit administrative division code (GB/T 2260), found \(Excerpt(text))")
        }
        let name = text(a, "name", maximumLength: TextLimit.name)
        let englishName = text(a, "name_en", maximumLength: TextLimit.englishName)
        let level = a.string("level").flatMap { text in
            AreaLevel(rawValue: text) ?? reject(a, "level", "unknown level \(Excerpt(text)) (expected city or county)")
        }
        if let code, let level { checkLevel(a, code, level) }
        var issuer = fileIssuer
        if a.has("issuer") {
            issuer = a.table("issuer").flatMap(readIssuer)
        } else if !fileIssuerGiven {
            a.error(
                nil,
                "missing key \"issuer\" in \(a.name) (add [area.issuer] under it, or one [issuer] for the whole file)")
        }
        let stationTables = arrayOfTables(a, "station", required: true)
        let stations = stationTables.compactMap(readStation)
        let sourceTables = arrayOfTables(a, "source")
        let ownSources = sourceTables.compactMap(readSource)
        reportDuplicateIDs(ownSources, after: fileSources, file: a.document.file)
        if case .array(let entries)? = a.table["station"], entries.isEmpty {
            a.error("station", "area has no stations; add one [[area.station]] per station")
        } else if !stationTables.isEmpty, stations.count == stationTables.count,
            !stations.contains(where: { $0.isActive && $0.isAssessment })
        {
            // aqi-standards.md §4.4: the city value is the mean of its assessment stations.
            a.error(
                "code",
                "area \(code?.rawValue ?? "") \(name ?? "") has no active assessment station, so it has no city value "
                    + "(control stations and inactive ones do not count)")
        }
        let location = ConfigLocation(file: a.document.file, line: a.line(of: "code"))
        var area: AreaConfig?
        if let code, let name, let englishName, let level, let issuer, !stations.isEmpty,
            stations.count == stationTables.count, ownSources.count == sourceTables.count
        {
            area = AreaConfig(
                code: code, name: name, englishName: englishName, level: level, issuer: issuer, stations: stations,
                sources: fileSources + ownSources, location: location)
        }
        let codes = stationTables.compactMap { t -> (StationCode, ConfigLocation)? in
            guard case .string(let text)? = t.table["code"], let code = StationCode(text) else { return nil }
            return (code, ConfigLocation(file: t.document.file, line: t.line(of: "code")))
        }
        return AreaDraft(
            code: code, name: name, location: location, stationCodes: codes, stations: stations, area: area)
    }

    /// GB/T 2260: prefecture-level codes end in 00, province-level ones in 0000.
    private func checkLevel(_ a: TOMLTableReader, _ code: AreaCode, _ level: AreaLevel) {
        if code.isProvinceLevel {
            a.warning("code", "\(code) is a province-level code; an area is a city (地级) or a county (县级)")
        } else if level == .county, code.isPrefectureLevel {
            a.warning(
                "level", "level is county but \(code) is a prefecture-level code (it ends in 00); check level and code")
        } else if level == .city, !code.isPrefectureLevel {
            a.warning(
                "level", "level is city but \(code) is a county-level code (a city's ends in 00); check level and code")
        }
    }

    private func readIssuer(_ i: TOMLTableReader) -> Issuer? {
        i.allowOnly(["name", "name_en", "org_code"])
        let name = text(i, "name", maximumLength: TextLimit.name)
        let englishName = text(i, "name_en", maximumLength: TextLimit.englishName)
        let code = i.string("org_code").flatMap { text -> OrganisationCode? in
            guard let code = OrganisationCode(text) else {
                return reject(
                    i, "org_code",
                    "\"org_code\" must be 9 to 18 ASCII letters and digits (the 统一社会信用代码 or 组织机构代码 that "
                        + "prefixes every 索引号), found \(Excerpt(text))")
            }
            if let problem = code.checkCharacterProblem {
                i.warning("org_code", "org_code \(code) looks mistyped: \(problem)")
            }
            return code
        }
        guard let name, let englishName, let code else { return nil }
        return Issuer(name: name, englishName: englishName, organisation: code)
    }

    private func reportDuplicateIDs(_ sources: [SourceConfig], after earlier: [SourceConfig], file: String) {
        var seen = Dictionary(earlier.map { ($0.id, $0.location) }, uniquingKeysWith: { first, _ in first })
        for source in sources {
            if let first = seen[source.id] {
                reportAt(
                    source.location,
                    "duplicate source id \"\(source.id)\" (first at \(first.reference(from: file))); give each source "
                        + "its own id")
            } else {
                seen[source.id] = source.location
            }
        }
    }

    private func reportAt(_ location: ConfigLocation, _ message: String) {
        diagnostics.add(Diagnostic(file: location.file, line: location.line, message))
    }
}
