import AQI
import Foundation
import Testing

/// ARCHITECTURE.md, Time: instants are shown in China Standard Time, UTC+8 all year.
@Suite struct InstantTests {
    @Test func anInstantIsShownInChinaStandardTime() {
        // 2025-01-16T01:00:00Z is 09:00 in Beijing.
        let t = Instant(unixSeconds: 1_736_989_200)
        #expect(t.chinaDate == LocalDate(year: 2025, month: 1, day: 16))
        #expect(t.chinaClock == (9, 0, 0))
        #expect(t.rfc3339 == "2025-01-16T09:00:00+08:00")
        #expect(t.chinaMinuteText == "2025-01-16 09:00")
        #expect(Instant(china: LocalDate(year: 2025, month: 1, day: 16), hour: 9) == t)
    }

    /// 23:59:59 UTC is already the next day in China; before 1970 the arithmetic floors.
    @Test func theChinaDateChangesAtSixteenHundredUTC() {
        let lastSecond = Instant(china: LocalDate(year: 2024, month: 12, day: 31), hour: 23, minute: 59, second: 59)
        #expect(lastSecond.chinaDate == LocalDate(year: 2024, month: 12, day: 31))
        #expect(lastSecond.adding(seconds: 1).chinaDate == LocalDate(year: 2025, month: 1, day: 1))
        #expect(lastSecond.adding(seconds: 1).rfc3339 == "2025-01-01T00:00:00+08:00")
        let early = Instant(unixSeconds: -8 * 3600 - 1)
        #expect(early.rfc3339 == "1969-12-31T23:59:59+08:00")
    }

    /// "24时" of a day is the next day's 00:00: the end of the hour that ends at midnight.
    @Test func anHourEndsAtItsLabel() {
        let d = LocalDate(year: 2025, month: 1, day: 15)
        #expect(HourStamp(date: d, endingAt: 24).end == Instant(china: d.adding(days: 1), hour: 0))
        #expect(HourStamp(date: d, endingAt: 8).end.rfc3339 == "2025-01-15T08:00:00+08:00")
    }

    /// The store and the documents hold an instant as its bare Unix seconds.
    @Test func anInstantIsCodedAsItsSeconds() throws {
        let data = try JSONEncoder().encode(["at": Instant(unixSeconds: 1_736_989_200)])
        #expect(String(decoding: data, as: UTF8.self) == #"{"at":1736989200}"#)
        let back = try JSONDecoder().decode([String: Instant].self, from: data)
        #expect(back["at"]?.unixSeconds == 1_736_989_200)
        #expect(Instant(unixSeconds: 100).seconds(since: 40) == 60)
    }
}
