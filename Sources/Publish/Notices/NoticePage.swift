import AQI
import Disclosure

/// A notice's page (`notices/<org>/<YYYY>-<NNNNN>.html`): the catalogue metadata, the fields,
/// the status and statutory deadlines, and, once withdrawn, a visible note with the reason
/// (行政处罚法 Art. 48). Every value is escaped by the page templates.
struct NoticePage: Sendable {
    struct Row: Sendable {
        let rowLabel: String
        let rowValue: String
        let rowLines: [String]
    }

    struct Deadline: Sendable {
        let deadlineLabel: String
        let deadlineDate: String
        let deadlineBasis: String
    }

    let frame: PageFrame
    let title: String
    let withdrawn: Bool
    let withdrawalText: String?
    let status: String
    let catalogue: [Row]
    let fields: [Row]
    let deadlines: [Deadline]

    init(_ notice: NoticeDocument, identity: SiteIdentity) {
        let depth = notice.pagePath.split(separator: "/").count - 1
        frame = PageFrame(
            language: .chinese, pageTitle: notice.title, root: String(repeating: "../", count: depth), content: identity
        )
        title = notice.title
        withdrawn = notice.withdrawal != nil
        withdrawalText = notice.withdrawal.map { w in
            "本信息已于\(w.on.chinese)撤回。撤回理由：\(w.reason)"
                + (w.decisionChangedOn.map { "（原决定于\($0.chinese)变更或撤销）" } ?? "")
        }
        status = notice.status.label
        func row(_ label: String, _ value: String?) -> Row? {
            value.map { Row(rowLabel: label, rowValue: $0, rowLines: []) }
        }
        catalogue = [
            row("索引号", notice.indexNumber), row("发布机构", notice.issuer), row("主题分类", notice.category.label),
            row("生成日期", notice.generatedOn.description), row("发布日期", notice.publishedOn.description),
            row("文号", notice.documentNumber), row("公开方式", notice.disclosureMode), row("有效性", notice.validity),
        ].compactMap { $0 }
        fields = notice.fields.map { f in
            f.isParagraphs
                ? Row(
                    rowLabel: f.label, rowValue: "",
                    rowLines: f.value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
                : Row(rowLabel: f.label, rowValue: f.value, rowLines: [])
        }
        deadlines = notice.deadlines.map {
            Deadline(deadlineLabel: $0.label, deadlineDate: $0.date.description, deadlineBasis: $0.basis)
        }
    }
}

enum NoticeTemplate {
    static let text = """
        {{<page}}{{$main}}
        <article class="notice">
        <h1>{{title}}</h1>
        {{#withdrawn}}<p class="withdrawn" role="note"><strong>已撤回</strong> {{withdrawalText}}</p>{{/withdrawn}}
        <p class="status">状态：{{status}}</p>
        <table class="catalogue">
        <tbody>
        {{#catalogue}}<tr><th scope="row">{{rowLabel}}</th><td>{{rowValue}}</td></tr>
        {{/catalogue}}
        </tbody>
        </table>
        <dl class="fields">
        {{#fields}}<dt>{{rowLabel}}</dt><dd>{{rowValue}}{{#rowLines}}<p>{{.}}</p>{{/rowLines}}</dd>
        {{/fields}}
        </dl>
        {{#deadlines.count}}
        <h2>法定期限</h2>
        <table class="deadlines">
        <thead><tr><th scope="col">事项</th><th scope="col">日期</th><th scope="col">依据</th></tr></thead>
        <tbody>
        {{#deadlines}}<tr><td>{{deadlineLabel}}</td><td>{{deadlineDate}}</td><td>{{deadlineBasis}}</td></tr>
        {{/deadlines}}
        </tbody>
        </table>
        {{/deadlines.count}}
        </article>
        {{/main}}{{/page}}

        """
}
