extension HolidaySchedule {
    /// 国务院办公厅关于2018年部分节假日安排的通知（国办发明电〔2017〕12号，2017-11-30）, as
    /// ../shared/spec/holidays.md gives it. New Year, Dragon Boat and Mid-Autumn joined the weekend
    /// with no make-up day.
    static let text2018 = """
        year = 2018
        source = "国务院办公厅关于2018年部分节假日安排的通知（国办发明电〔2017〕12号，2017-11-30）"

        [[holiday]]
        name = "元旦"
        first = 2018-01-01

        [[holiday]]
        name = "春节"
        first = 2018-02-15
        last = 2018-02-21
        make_up = [2018-02-11, 2018-02-24]

        [[holiday]]
        name = "清明节"
        first = 2018-04-05
        last = 2018-04-07
        make_up = [2018-04-08]

        [[holiday]]
        name = "劳动节"
        first = 2018-04-29
        last = 2018-05-01
        make_up = [2018-04-28]

        [[holiday]]
        name = "端午节"
        first = 2018-06-18

        [[holiday]]
        name = "中秋节"
        first = 2018-09-24

        [[holiday]]
        name = "国庆节"
        first = 2018-10-01
        last = 2018-10-07
        make_up = [2018-09-29, 2018-09-30]

        """
}
