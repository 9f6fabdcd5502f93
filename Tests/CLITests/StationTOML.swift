/// One `[[area.station]]` table of a test bureau's stations file: an assessment station at
/// 文山's coordinates measuring the six pollutants, with a blank line before and after.
enum StationTOML {
    static func assessment(code: String, name: String) -> String {
        """

        [[area.station]]
        code = "\(code)"
        name = "\(name)"
        latitude = 23.3594
        longitude = 104.2533
        role = "assessment"
        pollutants = ["SO2", "NO2", "CO", "O3", "PM10", "PM2.5"]

        """
    }
}
