import AQI
import Disclosure

/// `airbulletin register list [--open]`: the requests with their status and answer deadline
/// (条例 Arts. 30–33), then the review cases.
public enum RegisterList {
    public static func run(openOnly: Bool, environment env: DisclosureEnvironment) throws -> String {
        let today = env.today
        var rows: [[String]] = []
        for request in try env.repository.requests() where !openOnly || request.answeredOn == nil {
            let status: String
            let due: String
            do {
                let clock = try request.clock(on: today, calendar: env.calendar)
                status = clock.status.rawValue + (clock.answeredLate ? "（逾期答复）" : "")
                due = clock.answerBy?.description ?? "暂停计时"
            } catch {
                status = "—"
                due = "无\(error.gap.year)年日历"
            }
            rows.append([
                request.id.text, request.applicant.label, request.receivedOn.description, status, due,
                request.answeredOn?.description ?? "", request.outcome.map { "\($0.code) \($0.label)" } ?? "",
                request.subject,
            ])
        }
        var lines: [String] = []
        if rows.isEmpty {
            lines.append(openOnly ? "no open requests" : "no requests")
        } else {
            lines += TextTable.render(
                header: ["编号", "申请人", "收到日期", "状态", "答复截止", "答复日期", "办理结果", "申请内容"], rows: rows)
        }
        let cases = try env.repository.cases().filter { !openOnly || $0.outcome == nil }
        if !cases.isEmpty {
            lines.append("")
            lines += TextTable.render(
                header: ["编号", "类型", "立案日期", "结果", "审结日期"],
                rows: cases.map {
                    [
                        $0.id.text, $0.type.label, $0.filedOn.description, $0.outcome?.label ?? "尚未审结",
                        $0.decidedOn?.description ?? "",
                    ]
                })
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
