import Formats
import Testing

@Suite struct JSONReaderTests {
    @Test func theLinesOfTheElementsOfTheArrayAtAPathAreRecorded() throws {
        let text = """
            {
              "meta": {"results": [1, 2]},
              "results": [
                {"id": 1, "results": [
                  {"id": 10}]},

                {"id": 2},  {"id": 3}
              ]
            }
            """
        let (value, lines) = try JSONReader.parse(Array(text.utf8), elementLinesAt: ["results"])
        // Only the top-level "results": not the one inside "meta", nor the nested one.
        #expect(lines == [4, 7, 7])
        #expect(value == (try JSONReader.parse(text)))
        #expect(try JSONReader.parse(Array(text.utf8), elementLinesAt: ["meta", "results"]).elementLines == [2, 2])
        #expect(try JSONReader.parse(Array(text.utf8), elementLinesAt: ["missing"]).elementLines.isEmpty)
        #expect(try JSONReader.parse(Array(text.utf8), elementLinesAt: ["meta"]).elementLines.isEmpty)
    }

    @Test func aRootArrayIsTheEmptyPath() throws {
        let text = "[\n  {\"a\": [1,\n 2]},\n  3,\n\n  []\n]"
        #expect(try JSONReader.parse(Array(text.utf8), elementLinesAt: []).elementLines == [2, 4, 6])
    }

    @Test func aSyntaxErrorNamesItsLine() {
        let error = #expect(throws: JSONReader.SyntaxError.self) {
            try JSONReader.parse(Array("{\n\"a\": 1,\n\"b\": 2 \"c\"}".utf8), elementLinesAt: [])
        }
        #expect(error?.line == 3)
        // The description is unchanged, for the calculator's messages.
        #expect(error?.description == "expected ',' or '}' in an object at character 18")
        let empty = #expect(throws: JSONReader.SyntaxError.self) { try JSONReader.parse("") }
        #expect(empty?.line == 1 && empty?.description == "unexpected end of input at character 1")
    }
}
