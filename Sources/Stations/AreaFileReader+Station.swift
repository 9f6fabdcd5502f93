import AQI
import Formats

extension AreaFileReader {
    func readStation(_ s: TOMLTableReader) -> StationConfig? {
        s.allowOnly(["code", "name", "latitude", "longitude", "role", "active", "pollutants", "exempt", "hj212"])
        let code = s.string("code", maximumLength: TextLimit.identifier).flatMap { text in
            StationCode(text)
                ?? reject(
                    s, "code",
                    "\"code\" must be a station code such as 2610A (letters, digits, - or _, at most 32), "
                        + "found \(Excerpt(text))")
        }
        let name = text(s, "name", maximumLength: TextLimit.name)
        let latitude = coordinate(s, "latitude", limit: 90)
        let longitude = coordinate(s, "longitude", limit: 180)
        if let latitude, let longitude { checkInsideChina(s, latitude: latitude, longitude: longitude) }
        let role = s.string("role").flatMap { text in
            StationRole(rawValue: text)
                ?? reject(s, "role", "unknown role \(Excerpt(text)) (expected assessment (评价点) or control (对照点))")
        }
        let active = s.has("active") ? s.bool("active") : true
        let coverage = readCoverage(s)
        var hj212: HJ212Link?
        var hj212Valid = true
        if s.has("hj212") {
            hj212 = s.table("hj212").flatMap(readHJ212)
            hj212Valid = hj212 != nil
        }
        guard let code, let name, let latitude, let longitude, let role, let active, let coverage, hj212Valid
        else { return nil }
        return StationConfig(
            code: code, name: name, latitude: latitude, longitude: longitude, role: role, isActive: active,
            coverage: coverage, hj212: hj212, location: ConfigLocation(file: s.document.file, line: s.line(of: "code")))
    }

    private func coordinate(_ s: TOMLTableReader, _ key: String, limit: Int) -> Double? {
        guard let value = s.double(key) else { return nil }
        guard value.isFinite else { return reject(s, key, "\"\(key)\" must be a finite number, found \(value)") }
        guard value.magnitude <= Double(limit) else {
            // A latitude in China's longitude band is the usual slip: the columns were swapped.
            let hint = key == "latitude" && (73...136).contains(value) ? "; are latitude and longitude swapped?" : ""
            return reject(s, key, "\(key) \(value) is out of range (-\(limit) to \(limit)\(hint))")
        }
        return value
    }

    /// A station of a Chinese network lies within 73–136 E, 3–54 N; outside is possible (a
    /// foreign partner's station) but usually a typing mistake, so it is a warning.
    private func checkInsideChina(_ s: TOMLTableReader, latitude: Double, longitude: Double) {
        let lonInside = (73...136).contains(longitude)
        guard !lonInside || !(3...54).contains(latitude) else { return }
        s.warning(
            lonInside ? "latitude" : "longitude",
            "latitude \(latitude), longitude \(longitude) lies outside China (73–136 E, 3–54 N); check the coordinates")
    }

    /// `pollutants` (what the plan monitors; all six when absent) and `exempt` (not-monitored
    /// pollutants under HJ 633—2026 §5.3.2).
    private func readCoverage(_ s: TOMLTableReader) -> MonitoringCoverage? {
        let monitored = s.has("pollutants") ? pollutants(s, "pollutants") : Set(Pollutant.allCases)
        let exempt = s.has("exempt") ? pollutants(s, "exempt") : []
        guard let monitored, let exempt else { return nil }
        if monitored.isEmpty {
            return reject(s, "pollutants", "\"pollutants\" is empty; list what the station monitors")
        }
        let wrong = Pollutant.allCases.filter { exempt.contains($0) && monitored.contains($0) }
        if !wrong.isEmpty {
            let labels = wrong.map(\.label).joined(separator: ", ")
            return reject(
                s, "exempt",
                "\"exempt\" lists \(labels), which the station monitors; HJ 633—2026 §5.3.2 exempts only "
                    + "pollutants it does not monitor")
        }
        return MonitoringCoverage(notMonitored: Set(Pollutant.allCases).subtracting(monitored), exempt: exempt)
    }

    /// The first problem only: every message would be on the same line, and a list of a million
    /// bad entries would be a million messages.
    private func pollutants(_ s: TOMLTableReader, _ key: String) -> Set<Pollutant>? {
        guard let labels = s.strings(key) else { return nil }
        var out: Set<Pollutant> = []
        for label in labels {
            // Pollutant(label:) takes case, "." and "_" freely; spaces and hyphens too here.
            guard let p = Pollutant(label: String(label.filter { $0 != " " && $0 != "-" })) else {
                return reject(
                    s, key,
                    "unknown pollutant \(Excerpt(label)) in \"\(key)\" (expected one of SO2, NO2, CO, O3, PM10, PM2.5)")
            }
            guard out.insert(p).inserted else { return reject(s, key, "\(p.label) is listed twice in \"\(key)\"") }
        }
        return out
    }
}
