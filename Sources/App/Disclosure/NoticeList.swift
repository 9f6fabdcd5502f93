import AQI
import Disclosure

/// `airbulletin notice list [--year Y] [--status S]`: every notice with its status on today
/// (公示中 / 公示期满 / 已撤回 …) and its deadlines.
public enum NoticeList {
    public struct Row: Sendable, Equatable {
        public let indexNumber: String
        public let category: String
        /// nil when the status cannot be known (a year without a calendar).
        public let status: NoticeStatus?
        public let dates: String
        public let title: String
    }

    public static func run(year: Int?, status: NoticeStatus?, environment env: DisclosureEnvironment) throws -> [Row] {
        let today = env.today
        return try env.repository.notices(publishedIn: year).compactMap { notice -> Row? in
            do throws(DeadlineCalendarGap) {
                let document = try notice.document(on: today, calendar: env.calendar)
                guard status == nil || document.status == status else { return nil }
                return Row(
                    indexNumber: document.indexNumber, category: document.category.label, status: document.status,
                    dates: document.nextDate, title: document.title)
            } catch {
                guard status == nil || (status == .withdrawn && notice.withdrawal != nil) else { return nil }
                return Row(
                    indexNumber: notice.id.description, category: notice.kind.category.label,
                    status: notice.withdrawal == nil ? nil : .withdrawn, dates: "无\(error.gap.year)年日历",
                    title: notice.title)
            }
        }
    }

    public static func render(_ rows: [Row]) -> String {
        guard !rows.isEmpty else { return "no notices\n" }
        return TextTable.render(
            header: ["索引号", "类别", "状态", "期限", "标题"],
            rows: rows.map { [$0.indexNumber, $0.category, $0.status?.label ?? "—", $0.dates, $0.title] }
        ).joined(separator: "\n") + "\n"
    }
}
