import Formats
import Foundation
import Testing

/// `airbulletin aqi`, as the CLI contract gives it (ARCHITECTURE.md).
@Suite struct AQICommandTests {
    static let daily = ["SO2_24H=5", "NO2_24H=20", "CO_24H=0.6", "O3_8H=100", "PM10_24H=50", "PM2_5_24H=36"]

    @Test func jsonCarriesTheVectorFieldNamesInAFixedOrder() throws {
        let r = try CLI.run(["aqi", "--standard", "hj633-2026", "--json"] + Self.daily)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                {"standard":"hj633-2026","report":"daily","rounded_concentrations":{"SO2_24H":"5","NO2_24H":"20","CO_24H":"0.6",\
                "O3_8H":"100","PM10_24H":"50","PM2_5_24H":"36"},"iaqi":{"SO2_24H":5,"NO2_24H":25,"CO_24H":15,"O3_8H":50,\
                "PM10_24H":50,"PM2_5_24H":52},"aqi_computed":52,"aqi":52,"level":2,"level_name":"二级","category":"良",\
                "color_name":"黄色","rgb":[255,255,0],"hex":"#FFFF00","primary_pollutants":["PM2.5"],"primary_indicators":\
                ["PM2_5_24H"],"iaqi_over_100":[],"missing_indicators":[]}

                """)
    }

    @Test func thePersonReadsABilingualAnswer() throws {
        let r = try CLI.run(["aqi", "--standard", "hj633-2026"] + Self.daily)
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                AQI 52  二级 良（黄色）· Good
                首要污染物 Primary pollutant: PM2.5
                HJ 633—2026 日报 daily report

                指标 Indicator  浓度 Concentration  分指数 IAQI
                SO2_24H         5 µg/m³             5
                NO2_24H         20 µg/m³            25
                CO_24H          0.6 mg/m³           15
                O3_8H           100 µg/m³           50
                PM10_24H        50 µg/m³            50
                PM2_5_24H       36 µg/m³            52

                对健康影响情况：空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响
                建议采取的措施：极少数异常敏感人群应减少户外活动
                Health: Air quality is acceptable, but some pollutants may slightly affect a very small number of unusually sensitive people.
                Advice: A very small number of unusually sensitive people should reduce outdoor activity.

                """)
    }

    @Test func autoChoosesTheStandardByTheDate() throws {
        let old = try CLI.run(["aqi", "--date", "2025-01-15", "--json", "PM2_5_24H=70"])
        let new = try CLI.run(["aqi", "--date", "2026-03-15", "--json", "PM2_5_24H=70"])
        #expect(old.stdout.contains("\"standard\":\"hj633-2012\"") && old.stdout.contains("\"category\":\"良\""))
        // 2026: PM2.5 70 alone → 110, but five indicators are missing → still published (> 100).
        #expect(new.stdout.contains("\"standard\":\"hj633-2026\"") && new.stdout.contains("\"category\":\"轻度污染\""))
    }

    @Test(arguments: [
        (["PM25=36"], "error: unknown indicator \"PM25\" (indicator keys look like PM2_5_24H, O3_8H, CO_1H)"),
        (["PM2_5_24H=abc"], "error: PM2_5_24H: \"abc\" is not a number"),
        (["PM2_5_24H=-3"], "error: PM2_5_24H: -3 is negative (a concentration cannot be below zero)"),
        (["PM2_5_24H"], "error: \"PM2_5_24H\" is not KEY=VALUE (for example PM2_5_24H=35)"),
        (
            ["PM2_5_1H=36"],
            "error: PM2_5_1H is not an indicator of the hj633-2026 daily report (expected one of SO2_24H, NO2_24H, CO_24H, O3_8H, PM10_24H, PM2_5_24H)"
        ),
        (["PM2_5_24H=3", "PM2_5_24H=4"], "error: PM2_5_24H is given twice"),
        ([], "error: no indicators given (for example: airbulletin aqi PM2_5_24H=35 O3_8H=120)"),
    ])
    func badInputIsOneLineNamingTheKeyAndExitTwo(_ arguments: [String], _ message: String) throws {
        let r = try CLI.run(["aqi", "--standard", "hj633-2026"] + arguments)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr == message + "\n")
    }

    @Test func anUnknownStandardIsAUsageError() throws {
        let r = try CLI.run(["aqi", "--standard", "hj633", "PM2_5_24H=3"])
        #expect(r.status == 2)
        #expect(
            r.stderr
                == "error: --standard: unknown standard \"hj633\" (expected auto, hj633-2026, hj633-2012, us-epa-2024)\n"
        )
    }
}

@Suite struct UsageErrorTests {
    @Test func anUnknownCommandOrOptionExitsTwo() throws {
        let unknown = try CLI.run(["nosuchcommand"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("Error: Unexpected argument 'nosuchcommand'"))
        let option = try CLI.run(["aqi", "--colour", "red"])
        #expect(option.status == 2)
        #expect(option.stderr.contains("Unknown option '--colour'"))
        let help = try CLI.run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("USAGE: airbulletin"))
    }
}
