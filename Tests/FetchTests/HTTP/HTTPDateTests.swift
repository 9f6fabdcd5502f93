import Testing

@testable import Fetch

/// RFC 9110 §5.6.7: the preferred format and the two obsolete ones a recipient must accept.
@Suite struct HTTPDateTests {
    private let now2025 = 1_736_899_200  // 2025-01-15

    @Test(arguments: ["Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"])
    func theThreeFormatsReadAlike(text: String) {
        #expect(HTTPDate.unixSeconds(text, now: now2025) == 784_111_777)
    }

    @Test func aTwoDigitYearMoreThanFiftyYearsAheadIsInThePast() {
        #expect(HTTPDate.unixSeconds("Wednesday, 15-Jan-75 00:00:00 GMT", now: now2025) == 3_314_736_000)  // 2075
        #expect(HTTPDate.unixSeconds("Friday, 15-Jan-76 00:00:00 GMT", now: now2025) == 190_512_000)  // 1976
    }

    @Test(arguments: [
        "Mon, 31 Feb 2025 08:00:00 GMT", "Sun, 06 Nov 1994 24:00:00 GMT", "Sun, 06 Nov 1994 08:61:00 GMT",
        "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 6 Nov 94 08:49:37 GMT", "", "120",
    ])
    func malformedDatesAreRejected(text: String) {
        #expect(HTTPDate.unixSeconds(text, now: now2025) == nil)
    }
}
