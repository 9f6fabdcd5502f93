import Formats
import Testing

@Suite struct TOMLFileTests {
    static let text = """
        # Wenshan
        name = "文山市"   # a comment with = inside
        code = "532601"

        [issuer]
        name = "文山州生态环境局文山分局"
        note = \"\"\"
        a = this line is inside a string
        \"\"\"
        org_code = 12

        [[stations]]
        code = "2610A"
        latitude = "north"
        colour = "red"

        [[stations]]
        code = "2611A"
        pollutants = { pm2_5 = { monitored = false } }
        opened = 2018-11-08

        [[stations.sources]]
        url = "https://example.org"

        [[sources]]
        list = [
          { id = "a" },
          { id = "b", extra = 1 },
        ]
        """

    @Test func everyKeyHasItsLine() throws {
        let f = try TOMLFile(text: Self.text, file: "w.toml")
        #expect(f.line(of: [.key("name")]) == 2)
        #expect(f.line(of: [.key("issuer"), .key("org_code")]) == 10)
        #expect(f.line(of: [.key("stations"), .index(0), .key("latitude")]) == 14)
        #expect(f.line(of: [.key("stations"), .index(1)]) == 17)
        #expect(f.line(of: [.key("stations"), .index(1), .key("pollutants"), .key("pm2_5"), .key("monitored")]) == 19)
        #expect(f.line(of: [.key("stations"), .index(1), .key("sources"), .index(0), .key("url")]) == 23)
        #expect(f.line(of: [.key("sources"), .index(0), .key("list"), .index(1), .key("extra")]) == 28)
    }

    @Test func theReaderReportsEveryProblemWithFileLineAndKey() throws {
        let f = try TOMLFile(text: Self.text, file: "w.toml")
        let d = DiagnosticCollector()
        let root = TOMLTableReader(document: f, diagnostics: d)
        root.allowOnly(["name", "code", "issuer", "stations", "sources"])
        #expect(root.string("name") == "文山市")
        #expect(root.table("issuer")?.string("org_code") == nil)
        let stations = try #require(root.tables("stations"))
        stations[0].allowOnly(["code", "latitude", "longitude"])
        #expect(stations[0].double("latitude") == nil)
        #expect(stations[0].double("longitude") == nil)
        #expect(stations[1].date("opened")?.year == 2018)
        #expect(
            d.items.map(\.description) == [
                "w.toml:10: error: \"org_code\" must be a string, found an integer",
                "w.toml:15: error: unknown key \"colour\" in [[stations]] #1 (expected one of code, latitude, longitude)",
                "w.toml:14: error: \"latitude\" must be a number, found a string",
                "w.toml:12: error: missing key \"longitude\" in [[stations]] #1",
            ])
    }

    @Test func aTableInsideAnArrayOfTablesIsNamedWithItsContainer() throws {
        let f = try TOMLFile(text: Self.text, file: "w.toml")
        let root = TOMLTableReader(document: f, diagnostics: DiagnosticCollector())
        let second = try #require(root.tables("stations")?[1])
        #expect(root.name == "the top level")
        #expect(root.table("issuer")?.name == "[issuer]")
        #expect(second.name == "[[stations]] #2")
        #expect(second.table("pollutants")?.name == "[stations.pollutants] of [[stations]] #2")
        #expect(second.tables("sources")?.first?.name == "[[stations.sources]] #1 of [[stations]] #2")
    }

    @Test func aSyntaxErrorNamesItsLine() {
        #expect(throws: Diagnostic.self) { try TOMLFile(text: "a = 1\nb = = 2\n", file: "x.toml") }
        do {
            _ = try TOMLFile(text: "a = 1\nb = = 2\n", file: "x.toml")
        } catch {
            #expect(error.line == 2)
            #expect(error.description.hasPrefix("x.toml:2: error: TOML syntax:"))
        }
    }
}

@Suite struct CSVReaderTests {
    @Test func quotedFieldsEscapedQuotesAndEmbeddedNewlines() {
        let text =
            "\u{FEFF}station,time,pollutant,value,flag\r\n2610A,2025-01-15T08:00,PM2.5,35,N\n\n\"26\"\"10A\",\"a,b\",\"two\nlines\",,M\nlast,row"
        let records = Array(CSVReader(text: text))
        #expect(records.map(\.line) == [1, 2, 4, 6])
        #expect(records[0].fields == ["station", "time", "pollutant", "value", "flag"])
        #expect(records[2].fields == ["26\"10A", "a,b", "two\nlines", "", "M"])
        #expect(records[3].fields == ["last", "row"])
    }

    @Test func anUnterminatedQuoteIsNoticed() {
        var reader = CSVReader(text: "a,\"b\nc")
        while reader.next() != nil {}
        #expect(reader.unterminatedQuoteLine == 1)
    }

    @Test func writerQuotesOnlyWhenNeeded() {
        #expect(CSVWriter.row(["文山市", "a,b", "say \"hi\"", ""]) == "文山市,\"a,b\",\"say \"\"hi\"\"\",\n")
    }
}
