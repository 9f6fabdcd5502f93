import AQI
import Fetch
import Formats
import Testing

@Suite struct OpenAQLocationDecoderTests {
    @Test func aLocationListsItsSensorsAndTheOneToFetchPerPollutant() throws {
        let name = "openaq-location.json"
        let (locations, problems) = try OpenAQLocationDecoder.decodeLocations(try FixtureFiles.bytes(name), file: name)
        #expect(problems.isEmpty)
        let location = try #require(locations.first)
        #expect(locations.count == 1)
        #expect(location.id == 2_161_289)
        #expect(location.name == "Wenshan Water Affairs Bureau")
        #expect(location.timezone == "Asia/Shanghai")
        #expect(
            location.sensors.map(\.id) == [7_772_024, 7_772_025, 7_772_026, 7_772_027, 7_772_028, 7_772_029, 7_772_030])
        #expect(
            location.sensors[3]
                == OpenAQSensor(
                    id: 7_772_027, name: "no2 ppb",
                    parameter: OpenAQParameter(id: 15, name: "no2", units: "ppb", displayName: "NO₂")))
        #expect(
            Pollutant.allCases.map { location.sensor(for: $0)?.id } == [
                7_772_028, 7_772_027, 7_772_029, 7_772_026, 7_772_025, 7_772_024,
            ])
        #expect(location.sensors[6].parameter.pollutant == nil)  // temperature
        #expect(location.sensors[6].parameter.displayName == nil)
    }

    @Test func aSensorWithAMissingFieldIsReportedAtItsLine() throws {
        let name = "openaq-sensors.json"
        let (sensors, problems) = try OpenAQLocationDecoder.decodeSensors(try FixtureFiles.bytes(name), file: name)
        #expect(sensors.map(\.id) == [7_772_024, 7_772_029])
        #expect(sensors.map(\.parameter.isConvertible) == [true, true])
        #expect(problems.map(\.description) == ["\(name):66: error: result 2: missing field \"parameter.units\""])
    }

    @Test func aBadSensorInsideALocationNamesItsPath() throws {
        let text = """
            {"meta": {}, "results": [
              {"id": 1, "name": null, "timezone": "Asia/Shanghai", "sensors": [
                {"id": 11, "name": "pm25 µg/m³", "parameter": {"id": 2, "name": "pm25", "units": "µg/m³"}},
                {"id": 12, "name": "pm10 µg/m³", "parameter": {"id": "1", "name": "pm10", "units": "µg/m³"}}]},
              {"id": 2, "name": "Kunming", "timezone": "Asia/Shanghai", "sensors": [
                {"id": 21, "name": "pm25 ppm", "parameter": {"id": 2, "name": "pm25", "units": "ppm"}}]}
            ]}
            """
        let (locations, problems) = try OpenAQLocationDecoder.decodeLocations(Array(text.utf8), file: "l.json")
        #expect(
            problems.map(\.description) == [
                "l.json:2: error: result 1: field \"sensors[2].parameter.id\" must be an integer, found a string"
            ])
        // PM2.5 in ppm cannot be converted, so the location offers no PM2.5 sensor.
        #expect(locations.map(\.id) == [2])
        #expect(locations.first?.sensor(for: .pm2_5) == nil)
    }
}
