import AQI
import Formats

extension AreaFileReader {
    /// `hj212 = { mn = "…", password_env = "…", units = { pm2_5 = "ug/m3", co = "mg/m3" } }`.
    /// The password variable is checked by `airbulletin receive`, which alone needs it: the
    /// morning run must not fail because its environment lacks a logger's password.
    func readHJ212(_ h: TOMLTableReader) -> HJ212Link? {
        h.allowOnly(["mn", "password_env", "units"])
        let mn = h.string("mn", maximumLength: 24).flatMap { text in
            HJ212Link.isMN(text)
                ? text
                : reject(
                    h, "mn",
                    "\"mn\" must be the data logger's MN (1 to 24 printable characters, no ; , = or &), found "
                        + "\(Excerpt(text))")
        }
        let variable = h.string("password_env", maximumLength: TextLimit.environmentName).flatMap { text in
            Self.isEnvironmentName(text)
                ? text
                : reject(
                    h, "password_env",
                    "\"password_env\" must name an environment variable (letters, digits and _, not starting with "
                        + "a digit), found \(Excerpt(text))")
        }
        var units: [Pollutant: ReportedUnit]? = [:]
        if h.has("units") { units = h.table("units").flatMap(readUnits) }
        guard let mn, let variable, let units else { return nil }
        return HJ212Link(
            mn: mn, passwordVariable: variable, units: units,
            location: ConfigLocation(file: h.document.file, line: h.line(of: "mn")))
    }

    /// Each pollutant's unit; converted exactly as the OpenAQ adapter converts (docs/adapters.md).
    private func readUnits(_ u: TOMLTableReader) -> [Pollutant: ReportedUnit]? {
        var out: [Pollutant: ReportedUnit] = [:]
        var valid = true
        for (key, _) in u.table.entries {
            guard let pollutant = Pollutant(label: key) else {
                u.error(
                    key, "unknown pollutant \(Excerpt(key)) in \"units\" (expected one of so2, no2, co, o3, pm10, pm2_5)")
                valid = false
                continue
            }
            guard let text = u.string(key, maximumLength: 16) else {
                valid = false
                continue
            }
            guard let unit = ReportedUnit(text: text) else {
                u.error(key, "unknown unit \(Excerpt(text)) for \(pollutant.label) (expected ug/m3, mg/m3, ppm or ppb)")
                valid = false
                continue
            }
            guard unit.convert(Rational(1), of: pollutant) != nil else {
                u.error(key, "\(pollutant.label) in \(text) cannot be converted (particles are sent in ug/m3 only)")
                valid = false
                continue
            }
            out[pollutant] = unit
        }
        return valid ? out : nil
    }
}
