extension HolidaySchedule {
    /// 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）, the first
    /// year under the revised 全国年节及纪念日放假办法 (Spring Festival and Labour Day one day longer).
    static let text2025 = """
        year = 2025
        source = "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）"

        [[holiday]]
        name = "元旦"
        first = 2025-01-01

        [[holiday]]
        name = "春节"
        first = 2025-01-28
        last = 2025-02-04
        make_up = [2025-01-26, 2025-02-08]

        [[holiday]]
        name = "清明节"
        first = 2025-04-04
        last = 2025-04-06

        [[holiday]]
        name = "劳动节"
        first = 2025-05-01
        last = 2025-05-05
        make_up = [2025-04-27]

        [[holiday]]
        name = "端午节"
        first = 2025-05-31
        last = 2025-06-02

        [[holiday]]
        name = "国庆节、中秋节"
        first = 2025-10-01
        last = 2025-10-08
        make_up = [2025-09-28, 2025-10-11]

        """
}
