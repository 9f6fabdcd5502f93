import Mustache

/// The page templates, embedded as string literals and rendered with swift-mustache, which
/// escapes every `{{value}}` for HTML. No template uses `{{{…}}}`: nothing is inserted raw.
enum PageTemplates {
    static let library: MustacheLibrary = {
        MustacheContentTypes.register(MarkupEscaping(), named: MarkupEscaping.name)
        var library = MustacheLibrary()
        let templates: [(String, String)] = [
            ("page", page), ("head", head), ("siteHeader", siteHeader), ("siteFooter", siteFooter),
            ("bulletin", BulletinTemplate.text),
            ("hourlyChart", ChartTemplates.hourly), ("calendar", ChartTemplates.calendar),
            ("monthBars", ChartTemplates.monthBars), ("period", PeriodTemplate.text),
            ("polluted", PeriodTemplate.polluted),
            ("month", PeriodTemplate.month),
            ("year", PeriodTemplate.year), ("index", IndexTemplate.text), ("directory", DirectoryTemplate.text),
            ("notice", NoticeTemplate.text), ("feedContent", FeedTemplate.content),
            ("feed", FeedTemplate.feed),
        ]
        for (name, text) in templates {
            // A template is a constant of this program: a parse error is a bug any test finds.
            // Partials do not inherit the content type, so each template selects it.
            try! library.register("{{% CONTENT_TYPE: \(MarkupEscaping.name)}}\n" + text, named: name)
        }
        return library
    }()

    /// Renders a registered template.
    static func render(_ name: String, _ view: Any) -> String {
        guard let text = library.render(MustacheView.flatten(view) as Any, withTemplate: name) else {
            preconditionFailure("no template named \(name)")
        }
        return text
    }

    /// The frame of every page; a page fills the `main` block (`{{<page}}{{$main}}…{{/main}}{{/page}}`).
    static let page = """
        <!DOCTYPE html>
        <html lang="{{frame.lang}}">
        {{#frame}}
        {{>head}}
        <body>
        {{>siteHeader}}
        {{/frame}}
        <main class="wrap">
        {{$main}}{{/main}}</main>
        {{#frame}}
        {{>siteFooter}}
        {{/frame}}
        </body>
        </html>

        """

    static let head = """
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>{{pageTitle}}</title>
        {{#alternates}}
        <link rel="alternate" hreflang="{{alternateLang}}" href="{{alternateHref}}"/>
        {{/alternates}}
        {{#feedTitle}}
        <link rel="alternate" type="application/atom+xml" title="{{feedTitle}}" href="{{root}}feed.xml"/>
        {{/feedTitle}}
        <style>
        \(PageStyle.css)
        </style>
        </head>

        """

    static let siteHeader = """
        <header class="site"><div class="wrap">
        <a class="home" href="{{root}}index.html">{{siteTitle}}</a>
        <nav aria-label="{{navLabel}}">{{#nav}}<a href="{{navHref}}"{{#navLang}} hreflang="{{navLang}}" lang="{{navLang}}"{{/navLang}}>{{navText}}</a>{{/nav}}</nav>
        </div></header>

        """

    static let siteFooter = """
        <footer class="site"><div class="wrap">
        <p>{{footerIssuer}}</p>
        {{#feedTitle}}
        <p><a href="{{root}}feed.xml">Atom feed.xml</a> · <a href="{{root}}history.csv">history.csv</a></p>
        {{/feedTitle}}
        </div></footer>

        """
}
