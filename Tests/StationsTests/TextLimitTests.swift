import Stations
import Testing

/// Issue 11 (14): every text field of a stations file has a limit that fits real data
/// (stations/README.md), checked with its file and line; a value quoted in a message is a short,
/// marked excerpt.
@Suite struct TextLimitTests {
    typealias F = StationsFixtures

    static func quoted(_ character: Character, _ count: Int) -> String {
        "\"" + String(repeating: character, count: count) + "\""
    }

    @Test func namesAreAtMostOneHundredCharactersAndEnglishNamesTwoHundred() {
        let text = F.area(station: F.stationKeys.replacing("\"州水务局\"", with: Self.quoted("站", 100)))
            .replacing("\"文山市\"", with: Self.quoted("x", 1_000_000))
            .replacing("\"Wenshan City\"", with: Self.quoted("W", 201))
            .replacing("\"文山州生态环境局文山分局\"", with: Self.quoted("局", 101))
        #expect(
            F.read(text).diagnostics == [
                "x.toml:3: error: \"name\" is 1,000,000 characters long; at most 100",
                "x.toml:4: error: \"name_en\" is 201 characters long; at most 200",
                "x.toml:8: error: \"name\" is 101 characters long; at most 100",
            ])
    }

    @Test func sourceKeysHaveLimitsToo() {
        let text =
            F.area() + "\n\n[[area.source]]\nid = \(Self.quoted("i", 33))\nadapter = \"openaq-v3\"\n"
            + "url = \"https://api.example.org/\(String(repeating: "a", count: 2_000))\"\n"
            + "credential = { env = \(Self.quoted("K", 65)), header = \(Self.quoted("H", 65)) }\n"
            + "ca_bundle = \"/\(String(repeating: "d", count: 4_096))\""
        #expect(
            F.read(text).diagnostics == [
                "x.toml:20: error: \"id\" is 33 characters long; at most 32",
                "x.toml:22: error: \"url\" is 2,024 characters long; at most 2,000",
                "x.toml:23: error: \"env\" is 65 characters long; at most 64",
                "x.toml:23: error: \"header\" is 65 characters long; at most 64",
                "x.toml:24: error: \"ca_bundle\" is 4,097 characters long; at most 4,096",
            ])
    }

    @Test func aValueOrKeyQuotedInAMessageIsAShortMarkedExcerpt() {
        let text = F.area(station: F.stationKeys.replacing("\"2610A\"", with: Self.quoted("c", 1_000)))
            .replacing("level = \"county\"", with: "level = \(Self.quoted("l", 100_000))")
            .replacing(
                "name_en = \"Wenshan City\"",
                with: "name_en = \"Wenshan City\"\n\(String(repeating: "k", count: 1_000)) = 1")
        #expect(
            F.read(text).diagnostics == [
                "x.toml:5: error: unknown key \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…\" (1,000 bytes) in [[area]] #1 "
                    + "(expected one of code, name, name_en, level, issuer, station, source)",
                "x.toml:6: error: unknown level \"llllllllllllllllllllllllllllllllllllllll…\" (100,000 bytes) (expected "
                    + "city or county)",
                "x.toml:14: error: \"code\" is 1,000 characters long; at most 32",
            ])
    }
}
