extension HolidaySchedule {
    /// 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04), as ../shared/spec/holidays.md gives it.
    static let text2026 = """
        year = 2026
        source = "国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）"

        [[holiday]]
        name = "元旦"
        first = 2026-01-01
        last = 2026-01-03
        make_up = [2026-01-04]

        [[holiday]]
        name = "春节"
        first = 2026-02-15
        last = 2026-02-23
        make_up = [2026-02-14, 2026-02-28]

        [[holiday]]
        name = "清明节"
        first = 2026-04-04
        last = 2026-04-06

        [[holiday]]
        name = "劳动节"
        first = 2026-05-01
        last = 2026-05-05
        make_up = [2026-05-09]

        [[holiday]]
        name = "端午节"
        first = 2026-06-19
        last = 2026-06-21

        [[holiday]]
        name = "中秋节"
        first = 2026-09-25
        last = 2026-09-27

        [[holiday]]
        name = "国庆节"
        first = 2026-10-01
        last = 2026-10-07
        make_up = [2026-09-20, 2026-10-10]

        """
}
