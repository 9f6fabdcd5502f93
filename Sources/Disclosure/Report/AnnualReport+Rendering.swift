import Mustache

extension AnnualReport {
    /// The report as Markdown (GitHub tables), every value escaped for Markdown.
    public func renderMarkdown() -> String {
        AnnualReport.templates.markdown.render(view)
    }

    /// The report as one self-contained HTML document (inline CSS, no script, no external
    /// resource), every value escaped for HTML.
    public func renderHTML() -> String {
        AnnualReport.templates.html.render(view)
    }

    private static let templates: (markdown: MustacheTemplate, html: MustacheTemplate) = {
        precondition(MarkdownText.registered)
        do {
            return (
                try MustacheTemplate(string: AnnualReportTemplates.markdown),
                try MustacheTemplate(string: AnnualReportTemplates.html)
            )
        } catch {
            preconditionFailure("an annual-report template does not parse: \(error)")
        }
    }()
}
