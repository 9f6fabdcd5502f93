import AQI
import Identity

/// One published revision of one area-day: everything the bulletin pages, the text message,
/// the feed and the month and year statistics need, as plain values.
///
/// The store keeps each revision's JSON (`BulletinDocument+JSON.swift`) and the site is
/// re-rendered from documents, never recomputed from readings, so a published number never
/// changes after the fact. The schema is documented in docs/bulletin-json.md.
public struct BulletinDocument: Sendable, Hashable {
    /// The value of the JSON `schema` key this type reads and writes.
    public static let schema = "airbulletin.bulletin/1"

    public var area: BulletinArea
    public var issuer: Issuer
    /// The natural day reported (01时 … 24时, China Standard Time).
    public var date: LocalDate
    /// The standard that produced the numbers (chosen by the data period).
    public var standard: Standard
    public var averaging: CityAveraging
    public var revision: RevisionInfo
    /// The area's own row (the city or county).
    public var city: BulletinLocation
    /// One row per station, assessment stations first.
    public var stations: [BulletinLocation]
    /// The area's real-time AQI for 01时 … 24时.
    public var hourly: [BulletinHour]

    public init(
        area: BulletinArea, issuer: Issuer, date: LocalDate, standard: Standard, averaging: CityAveraging,
        revision: RevisionInfo, city: BulletinLocation, stations: [BulletinLocation], hourly: [BulletinHour]
    ) {
        self.area = area
        self.issuer = issuer
        self.date = date
        self.standard = standard
        self.averaging = averaging
        self.revision = revision
        self.city = city
        self.stations = stations
        self.hourly = hourly
    }
}

/// The area a bulletin speaks for.
public struct BulletinArea: Sendable, Hashable {
    /// The administrative division code, e.g. `532601`.
    public var code: AreaCode
    /// The Chinese name, e.g. `文山市`.
    public var name: String
    /// The English name, e.g. `Wenshan City`.
    public var englishName: String

    public init(code: AreaCode, name: String, englishName: String) {
        self.code = code
        self.name = name
        self.englishName = englishName
    }
}

/// Which revision of the day a document is, and who published it when and why.
public struct RevisionInfo: Sendable, Hashable {
    /// 1 for the first publication, then 2, 3, …
    public var number: Int
    /// Why the day was republished; nil for revision 1.
    public var reason: String?
    /// Who published it (an operator's name or `cron`).
    public var publishedBy: String
    /// Seconds since the Unix epoch.
    public var publishedAt: Instant
    /// 索引号, `<organisation code>/<YYYY>-<NNNNN>` (disclosure.md), issued to this revision.
    public var indexNumber: String

    public init(number: Int, reason: String?, publishedBy: String, publishedAt: Instant, indexNumber: String) {
        self.number = number
        self.reason = reason
        self.publishedBy = publishedBy
        self.publishedAt = publishedAt
        self.indexNumber = indexNumber
    }
}
