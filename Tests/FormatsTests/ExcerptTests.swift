import Formats
import Testing

@Suite struct ExcerptTests {
    @Test func aShortValueIsQuotedWholeAndALongOneCutWithItsSize() {
        #expect(Excerpt("x9").description == "\"x9\"")
        #expect(
            Excerpt(String(repeating: "a", count: 40)).description == "\"" + String(repeating: "a", count: 40) + "\"")
        #expect(
            Excerpt(String(repeating: "a", count: 41)).description
                == "\"" + String(repeating: "a", count: 40) + "…\" (41 bytes)")
        // Characters, not bytes, are cut: 41 Chinese characters are 123 bytes.
        #expect(
            Excerpt(String(repeating: "州", count: 41)).description
                == "\"" + String(repeating: "州", count: 40) + "…\" (123 bytes)")
        #expect(
            Excerpt(String(repeating: "1", count: 1 << 20)).description
                == "\"1111111111111111111111111111111111111111…\" (1,048,576 bytes)")
    }

    @Test func controlCharactersAreEscaped() {
        #expect(Excerpt("a\nb\tc\r\u{1B}[2J").description == #""a\nb\tc\r\u{1B}[2J""#)
    }

    @Test func bytesGiveTheSameExcerptWithoutDecodingTheWholeField() {
        let long = String(repeating: "站", count: 100_000)
        #expect(Excerpt(bytes: Array(long.utf8)) == Excerpt(long))
        #expect(Excerpt(bytes: Array("2610A".utf8)) == Excerpt("2610A"))
        #expect(Excerpt(beginningOf: Array("date,hour".utf8)).description == "\"date,hour…\"")
    }

    @Test func aLabelIsTheTextItselfWhenShortAndPlain() {
        #expect(Excerpt.label("2610A") == "2610A")
        #expect(Excerpt.label("文山州") == "文山州")
        #expect(Excerpt.label("") == "\"\"")
        #expect(Excerpt.label("a\nb") == #""a\nb""#)
        #expect(
            Excerpt.label(String(repeating: "9", count: 50)) == "\"" + String(repeating: "9", count: 40)
                + "…\" (50 bytes)")
    }

    @Test func countsAreGroupedByThousands() {
        #expect(
            [0, 999, 1_000, 1_048_576, -12_345].map(\.groupedThousands) == [
                "0", "999", "1,000", "1,048,576", "-12,345",
            ])
    }
}
