import AQI
import Stations
import Testing

/// `hj212 = { … }` on a station (a data logger pushing to `airbulletin receive`) and the `hj212`
/// source adapter.
@Suite struct HJ212LinkTests {
    typealias F = StationsFixtures

    static func station(_ hj212: String, code: String = "2610A") -> String {
        F.stationKeys.replacingOccurrences(of: "2610A", with: code) + "\nhj212 = " + hj212
    }

    @Test func aStationTakesItsMNPasswordVariableAndUnits() throws {
        let text = F.area(
            station: Self.station(
                #"{ mn = "88888880000001", password_env = "WS_2610A_PW", units = { pm2_5 = "ug/m3", so2 = "mg/m3", "CO" = "ppm" } }"#
            ))
        let (configuration, diagnostics) = F.read(text)
        #expect(diagnostics == [])
        let link = try #require(configuration.stations.first?.hj212)
        #expect(link.mn == "88888880000001")
        #expect(link.passwordVariable == "WS_2610A_PW")
        #expect(link.unit(of: .so2) == .milligramsPerCubicMetre)
        #expect(link.unit(of: .co) == .ppm)
        #expect(link.unit(of: .pm2_5) == .microgramsPerCubicMetre)
        // Not listed: the HJ 633 unit.
        #expect(link.unit(of: .no2) == .microgramsPerCubicMetre)
        #expect(link.location.description == "x.toml:18")
        // The password itself is only read by the receiver, from its environment.
        #expect(link.password(in: ["WS_2610A_PW": "123456"]) == "123456")
        #expect(link.password(in: ["WS_2610A_PW": ""]) == nil)
    }

    @Test func aMissingPasswordVariableIsAnErrorAtItsLine() {
        let text = F.area(station: Self.station(#"{ mn = "88888880000001" }"#))
        #expect(F.read(text).diagnostics == ["x.toml:18: error: missing key \"password_env\" in [area.station.hj212] of [[area.station]] #1 of [[area]] #1"])
    }

    @Test func anUnknownUnitOrPollutantOrAParticleInPPMIsAnError() {
        func problems(_ units: String) -> [String] {
            F.read(F.area(station: Self.station(#"{ mn = "M1", password_env = "PW", units = "# + units + " }"))).diagnostics
        }
        #expect(
            problems(#"{ no2 = "ppt" }"#) == [
                "x.toml:18: error: unknown unit \"ppt\" for NO2 (expected ug/m3, mg/m3, ppm or ppb)"
            ])
        #expect(
            problems(#"{ pm25x = "ug/m3" }"#) == [
                "x.toml:18: error: unknown pollutant \"pm25x\" in \"units\" (expected one of so2, no2, co, o3, pm10, pm2_5)"
            ])
        #expect(
            problems(#"{ pm10 = "ppb" }"#) == [
                "x.toml:18: error: PM10 in ppb cannot be converted (particles are sent in ug/m3 only)"
            ])
    }

    @Test func anMNGivenToTwoStationsIsAnErrorNamingBoth() {
        let link = #"{ mn = "88888880000001", password_env = "PW" }"#
        let text = F.area(station: Self.station(link)) + "\n\n[[area.station]]\n" + Self.station(link, code: "2611A")
        #expect(
            F.read(text).diagnostics == [
                "x.toml:26: error: duplicate MN \"88888880000001\" (station 2610A has it at line 18); each data logger "
                    + "has its own MN"
            ])
    }

    @Test func anMNIsAtMost24PrintableCharactersWithoutSeparators() {
        let text = F.area(station: Self.station(#"{ mn = "M;1", password_env = "PW" }"#))
        #expect(
            F.read(text).diagnostics == [
                "x.toml:18: error: \"mn\" must be the data logger's MN (1 to 24 printable characters, no ; , = or &), "
                    + "found \"M;1\""
            ])
    }

    @Test func anHJ212SourceTakesNoURLAndFetchesNothing() throws {
        let text = F.area() + "\n\n[[area.source]]\nid = \"loggers\"\nadapter = \"hj212\""
        let (configuration, diagnostics) = F.read(text)
        #expect(diagnostics == [])
        let source = try #require(configuration.areas.first?.sources.first)
        #expect(source.adapter == .hj212)
        #expect(source.url == nil)
        #expect(source.redactedDescription == "loggers (hj212) pushed to airbulletin receive")
        let withURL = text + "\nurl = \"file:x\""
        #expect(
            F.read(withURL).diagnostics == [
                "x.toml:22: error: an hj212 source takes no \"url\": its stations push their values to airbulletin receive"
            ])
    }
}
