import AQI
import Identity
import Stations
import Testing

@Suite struct URLTemplateTests {
    static let day = LocalDate(year: 2025, month: 1, day: 15)
    static let wenshan = StationCode("2610A")!
    static let area = AreaCode("532601")

    static func expand(_ template: String, date: LocalDate = day, directory: String = "/srv/air/stations") throws
        -> URLTemplate.Expansion
    {
        try URLTemplate(parsing: template, relativeTo: directory).expand(date: date, station: wenshan, area: area)
    }

    @Test(arguments: [
        ("https://h.example/{date}.csv", "https://h.example/2025-01-15.csv"),
        ("https://h.example/china_sites_{date:yyyyMMdd}.csv", "https://h.example/china_sites_20250115.csv"),
        ("https://h.example/{date:yyyy}/{date:yy_M_d}.csv", "https://h.example/2025/25_1_15.csv"),
        ("https://h.example/{date-1:yyyy.MM.dd}/{date+17}", "https://h.example/2025.01.14/2025-02-01"),
        ("https://h.example/s?station={station}&area={area}", "https://h.example/s?station=2610A&area=532601"),
        ("HTTPS://h.example:8443/a%2Bb/{{x}}", "https:////h.example:8443/a%2Bb/%7Bx%7D"),
        ("http://[::1]:8080/{date:yyyyMMdd}", "http://[::1]:8080/20250115"),
        ("https://h.example/文山 州/{station}", "https://h.example/%E6%96%87%E5%B1%B1%20%E5%B7%9E/2610A"),
    ])
    func placeholdersAreFilledIn(_ template: String, _ url: String) throws {
        let expansion = try Self.expand(template)
        #expect(expansion.url == url.replacing("https:////", with: "https://"))
        #expect(expansion.filePath == nil)
    }

    @Test func aDateOffsetCrossesMonthsAndYears() throws {
        let eve = LocalDate(year: 2024, month: 12, day: 31)
        #expect(try Self.expand("https://h.example/{date+1:yyyyMMdd}", date: eve).url == "https://h.example/20250101")
        #expect(try Self.expand("https://h.example/{date-366}", date: eve).url == "https://h.example/2023-12-31")
    }

    @Test(arguments: [
        ("file:sample/china_sites_{date:yyyyMMdd}.csv", "/srv/air/stations/sample/china_sites_20250115.csv"),
        ("file:../archive/{date:yyyy/MM}/{station}.csv", "/srv/air/archive/2025/01/2610A.csv"),
        ("file:///var/air/./{date}.csv", "/var/air/2025-01-15.csv"),
        ("file:/var/air/{date}.csv", "/var/air/2025-01-15.csv"),
        ("file://localhost/var/air/{area}.csv", "/var/air/532601.csv"),
        ("file:数据 2025/%E6%96%87{date:MMdd}.csv", "/srv/air/stations/数据 2025/文0115.csv"),
    ])
    func fileTemplatesResolveAgainstTheirFilesDirectory(_ template: String, _ path: String) throws {
        let expansion = try Self.expand(template)
        #expect(expansion.filePath == path)
        #expect(expansion.url == "file://" + URLTemplateTests.percentEncoded(path))
    }

    static func percentEncoded(_ path: String) -> String {
        path.replacing("数据 2025", with: "%E6%95%B0%E6%8D%AE%202025").replacing("文", with: "%E6%96%87")
    }

    @Test func aTemplateSaysWhatItIsFetchedPer() throws {
        let perStation = try URLTemplate(parsing: "https://h.example/{station}/{date}", relativeTo: "/")
        let perArea = try URLTemplate(parsing: "file:{area}/{date}", relativeTo: "/")
        #expect(perStation.usesStation && !perStation.usesArea)
        #expect(perArea.usesArea && !perArea.usesStation && perArea.scheme == .file)
        #expect(throws: URLTemplate.Problem("https://h.example/{station}/{date}: {station} needs a station code")) {
            try perStation.expand(date: Self.day)
        }
    }

    @Test(arguments: [
        (
            "https://h.example/{stn}",
            "unknown placeholder {stn} (expected {date}, {date:yyyyMMdd}, {date+1}, {date-1:yyyyMMdd}, {station} or {area})"
        ),
        (
            "https://h.example/{date+400}",
            "unknown placeholder {date+400} (expected {date}, {date:yyyyMMdd}, {date+1}, {date-1:yyyyMMdd}, {station} or {area})"
        ),
        (
            "https://h.example/{date:yyyyMMddHH}",
            "unknown date format \"yyyyMMddHH\" (write it with yyyy, yy, MM, M, dd, d and the separators - _ . /)"
        ),
        (
            "https://h.example/{date:--}",
            "unknown date format \"--\" (write it with yyyy, yy, MM, M, dd, d and the separators - _ . /)"
        ),
        ("https://h.example/{station:x}", "{station} takes no format; write {station}"),
        ("https://h.example/{date", "a { is not closed (write {{ for a literal {)"),
        ("https://h.example/{da{te}", "a { is not closed (write {{ for a literal {)"),
        ("https://h.example/date}", "a } has no { before it (write }} for a literal })"),
        ("https://{area}.example/x", "a placeholder cannot be in the host; put it in the path or the query"),
        ("https://h.example/x#{date}", "the URL has a fragment (#…), which is never sent to the server; remove it"),
        ("https://h.example/50%", "a % must start an escape such as %20 (write %25 for a literal %)"),
        ("https://h.example:0/x", "the port \"0\" is not a number from 1 to 65535"),
        ("https://h.example:http/x", "the port \"http\" is not a number from 1 to 65535"),
        ("https:///x", "the URL has no host"),
        ("https:h.example/x", "an http(s) URL needs // and a host, as in https://host/path"),
        (
            "https://h_ex ample/x",
            "the host \"h_ex ample\" has characters a host name cannot have (write an international name in its xn-- form)"
        ),
        ("ftp://h.example/x", "unsupported scheme \"ftp:\" (expected https:, http: or file:)"),
        ("h.example/x.csv", "the URL must start with https://, http:// or file:"),
        ("https://h.example/\tx", "the URL has a control character (a tab or a line break?)"),
        (
            "file://server/share/x.csv",
            "a file: URL cannot name another machine (\"server\"); write file:///absolute/path or file:relative/path"
        ),
        ("file:~/air/{date}.csv", "~ is not expanded in a file: URL; write the full path"),
        ("file:", "the file: URL names no file"),
        ("file:air/x.csv?y", "a file path cannot hold ? or # here; write them as %3F and %23"),
        ("file:air/%FF.csv", "the percent escapes of the path are not UTF-8 text"),
    ])
    func aBadTemplateIsRefusedWithAReason(_ template: String, _ message: String) {
        #expect(throws: URLTemplate.Problem(message)) { try URLTemplate(parsing: template, relativeTo: "/srv") }
    }

    @Test(arguments: [
        ("https://h.example/x?api_key=abc123", "api_key"),
        ("https://h.example/x?a=1&token=abc123", "token"),
        ("https://h.example/x?access_token=abc123&b=2", "access_token"),
        ("https://h.example/x?X-Api-Key=abc123", "X-Api-Key"),
        ("https://h.example/x?subscription-key=abc123", "subscription-key"),
        ("https://h.example/x?sig=abc123", "sig"),
        ("https://h.example/x?signature=abc123", "signature"),
        ("https://h.example/x?ak=abc123", "ak"),
        ("https://h.example/x?pass%77ord=abc123", "password"),
        ("https://h.example/x?client_secret={date}", "client_secret"),
    ])
    func aSecretInTheQueryIsRefusedWithoutRepeatingIt(_ template: String, _ name: String) {
        let expected = URLTemplate.Problem(
            "the URL puts a secret in the query parameter \"\(name)\"; remove it and name an environment variable "
                + "instead: credential = { env = \"…\", query = \"\(name)\" }")
        #expect(throws: expected) { try URLTemplate(parsing: template, relativeTo: "/srv") }
    }

    @Test func aPasswordInTheURLIsRefusedWithoutRepeatingIt() {
        let message =
            "the URL holds credentials before @ (user:password@host); remove them and name an environment "
            + "variable in credential instead"
        #expect(throws: URLTemplate.Problem(message)) {
            try URLTemplate(parsing: "https://clerk:hunter2@h.example/x", relativeTo: "/srv")
        }
        #expect(throws: URLTemplate.Problem(message)) {
            try URLTemplate(parsing: "https://abc123token@h.example/x", relativeTo: "/srv")
        }
    }

    @Test func harmlessParametersArePassedThrough() throws {
        let url = "https://h.example/x?keyword=pm&monkey=1&city=文山&page=2"
        #expect(
            try Self.expand(url).url == "https://h.example/x?keyword=pm&monkey=1&city=%E6%96%87%E5%B1%B1&page=2")
    }
}
