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
    let feedTitle: String
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
