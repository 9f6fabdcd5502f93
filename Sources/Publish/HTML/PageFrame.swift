import Identity
/// What every page's head, header and footer show.
struct PageFrame: Sendable {
    struct Alternate: Sendable {
        let alternateLang: String
        let alternateHref: String
    }

    struct NavLink: Sendable {
        let navHref: String
        let navText: String
        /// Set when the link leads to a page in another language.
        let navLang: String?
    }

    let lang: String
    let pageTitle: String
    /// The relative path from the page to the site root: "", "../" or "../../".
    let root: String
    let siteTitle: String
    /// nil on a page without a feed beside it (a multi-area site's root): no feed or download links.
    let feedTitle: String?
    let navLabel: String
    let nav: [NavLink]
    let alternates: [Alternate]
    let footerIssuer: String

    init(
        language: Language, pageTitle: String, root: String, content: SiteIdentity, nav: [NavLink] = [],
        alternates: [Alternate] = []
    ) {
        let zh = language == .chinese
        lang = language.tag
        self.pageTitle = pageTitle
        self.root = root
        siteTitle = zh ? "\(content.area.name)空气质量" : "\(content.area.englishName) air quality"
        feedTitle = zh ? "\(content.area.name)空气质量与信息公开" : "\(content.area.englishName) air quality and disclosure"
        navLabel = zh ? "站内导航" : "Site"
        self.nav = nav
        self.alternates = alternates
        footerIssuer = zh ? "发布机构：\(content.issuer.name)" : "Issued by \(content.issuer.englishName)"
    }

    /// The frame of a multi-area site's root page: the issuer in the header, and no feed or
    /// history links, which only each area's own site in `<area code>/` has.
    init(directoryOf issuer: Issuer, pageTitle: String) {
        lang = Language.chinese.tag
        self.pageTitle = pageTitle
        root = ""
        siteTitle = issuer.name
        feedTitle = nil
        navLabel = "站内导航"
        nav = []
        alternates = []
        footerIssuer = "发布机构：\(issuer.name)"
    }
}

/// The area and issuer a site speaks for (the part of `SiteContent` every page needs).
public struct SiteIdentity: Sendable, Hashable {
    public var area: BulletinArea
    public var issuer: Issuer

    public init(area: BulletinArea, issuer: Issuer) {
        self.area = area
        self.issuer = issuer
    }
}
