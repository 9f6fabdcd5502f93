import App

/// How `republish` reports (README, "Corrections: republish").
extension RepublishReport {
    var lines: [String] {
        var lines = fetch.retried + fetch.failed.map { "fetch failed: \($0)" } + fetch.problems
        if fetchFailed {
            lines.append(
                "error: \(fetch.failed.count) of \(fetch.requests) files could not be fetched; nothing was republished "
                    + "(try again when the upstream answers, or publish the stored readings with --from-store)")
            return lines
        }
        for c in corrections {
            lines.append(
                "\(day) \(c.areaName): revision \(c.fromRevision) → \(c.fromRevision + 1)\(dryRun ? " (dry run: nothing is changed)" : "")"
            )
            if fromStore { lines.append("  from the stored readings (nothing fetched)") }
            lines.append(
                c.changedInputs.isEmpty
                    ? "  hourly inputs: unchanged" : "  hourly inputs changed (\(c.changedInputs.count)):")
            lines += c.changedInputs.map { "    " + $0 }
            lines.append(
                "  AQI \(c.aqiBefore.map(String.init) ?? "NA") → \(c.aqiNow.map(String.init) ?? "NA"); "
                    + "level \(Republish.level(c.aqiBefore)) → \(Republish.level(c.aqiNow)); "
                    + "primary \(Republish.primary(c.primaryBefore)) → \(Republish.primary(c.primaryNow))")
            if let revision = c.publishedRevision {
                lines.append("  published revision \(revision) by \(operatorName): \(reason)")
            }
        }
        if case .updated(let path, let written, let unchanged) = site {
            lines.append("site \(path) updated (\(written) written, \(unchanged) unchanged)")
        }
        return lines
    }

    var summary: String {
        if fetchFailed { return "republish \(day): NOT republished — the upstream could not be fetched" }
        if dryRun { return "republish \(day): dry run, nothing changed" }
        let n = corrections.count
        return "republish \(day): published a new revision for \(n) area\(n == 1 ? "" : "s")"
    }

    var exitCode: Int32 { fetchFailed ? 1 : 0 }
}
