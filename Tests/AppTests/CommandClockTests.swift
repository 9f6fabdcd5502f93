import App
import Testing

/// `AIRBULLETIN_NOW`: a fixed time in China Standard Time, always said; the system clock
/// otherwise.
@Suite struct CommandClockTests {
    @Test func theVariableSetsAFixedTimeInChinaStandardTime() throws {
        let (clock, warning) = try CommandClock.resolve(environment: ["AIRBULLETIN_NOW": "2025-01-01T07:59"])
        // 2024-12-31 23:59 UTC.
        #expect(clock.now() == 1_735_689_540)
        #expect(clock.today().description == "2025-01-01")
        #expect(
            warning
                == "AIRBULLETIN_NOW=2025-01-01T07:59 sets the clock (China Standard Time); unset it to publish with the system clock"
        )
        #expect(
            try CommandClock.resolve(environment: ["AIRBULLETIN_NOW": "2025-01-01T08:00"]).clock.now() == 1_735_689_600)
    }

    @Test func withoutTheVariableTheSystemClockRunsAndNothingIsSaid() throws {
        let (clock, warning) = try CommandClock.resolve(environment: ["HOME": "/root"])
        #expect(clock is SystemClock && warning == nil)
    }

    @Test(arguments: [
        "2025-01-24", "2025-01-24T24:00", "2025-01-24T10:60", "2025-02-30T10:00", "2025-01-24T1:00", "now",
    ])
    func anythingElseIsAUsageError(_ text: String) {
        #expect(
            throws: UsageError(
                "AIRBULLETIN_NOW=\"\(text)\" is not a time (expected YYYY-MM-DDTHH:MM in China Standard Time, "
                    + "e.g. 2025-01-24T10:00); unset it to use the system clock")
        ) { try CommandClock.resolve(environment: ["AIRBULLETIN_NOW": text]) }
    }
}
