/// The fixed words of the bulletin page in one language (one template serves both).
struct BulletinLabels: Sendable {
    let heading: String
    let siteName: String
    let summary: String
    let primary: String
    let none: String
    let healthHeading: String
    let healthEffect: String
    let measures: String
    let adviceNA: String
    let sensitiveHeading: String
    let sensitivePollutant: String
    let sensitiveGroups: String
    let sensitiveNone: String
    let exceeding: String
    let indicatorsHeading: String
    let indicator: String
    let concentration: String
    let unit: String
    let iaqi: String
    let validHours: String
    let note: String
    let hourlyHeading: String
    let hourlyTable: String
    let hour: String
    let stationsHeading: String
    let station: String
    let level: String
    let category: String
    let controlStation: String
    let aboutHeading: String
    let standard: String
    let issuer: String
    let indexNumber: String
    let publishedAt: String
    let revision: String
    let revisionsHeading: String
    let downloads: String
    let otherLanguage: String
    let notesText: String

    static let chinese = BulletinLabels(
        heading: "空气质量日报", siteName: "空气质量", summary: "空气质量指数", primary: "首要污染物", none: "无",
        healthHeading: "健康影响与建议", healthEffect: "对健康影响情况", measures: "建议采取的措施",
        adviceNA: "AQI 为 NA，不发布健康影响与建议。", sensitiveHeading: "建议采取措施的敏感人群",
        sensitivePollutant: "IAQI超过100的污染物", sensitiveGroups: "敏感人群",
        sensitiveNone: "无 IAQI 超过 100 的污染物。", exceeding: "超标污染物", indicatorsHeading: "各项污染物",
        indicator: "指标", concentration: "浓度", unit: "单位", iaqi: "分指数", validHours: "有效小时", note: "说明",
        hourlyHeading: "逐小时空气质量指数", hourlyTable: "逐小时数据", hour: "时段", stationsHeading: "各监测点",
        station: "监测点", level: "级别", category: "类别", controlStation: "对照点", aboutHeading: "发布信息",
        standard: "评价标准", issuer: "发布机构", indexNumber: "索引号", publishedAt: "发布时间", revision: "版本",
        revisionsHeading: "历次发布", downloads: "数据下载：", otherLanguage: "English",
        notesText:
            "日报统计时段为自然日 01时—24时（北京时间）；浓度单位 µg/m³（CO 为 mg/m³）。NA 表示数据缺失或无效，“/”表示未纳入监测方案。"
    )

    static let english = BulletinLabels(
        heading: "Daily Air Quality Bulletin", siteName: "Air quality", summary: "Air Quality Index",
        primary: "Primary pollutant", none: "none", healthHeading: "Health effects and advice",
        healthEffect: "Health effects", measures: "Recommended measures",
        adviceNA: "The AQI is NA: no health advice is published.", sensitiveHeading: "Sensitive groups advised to act",
        sensitivePollutant: "Pollutant with IAQI above 100", sensitiveGroups: "Sensitive groups",
        sensitiveNone: "No pollutant has an IAQI above 100.", exceeding: "Pollutants above the standard",
        indicatorsHeading: "Pollutants", indicator: "Indicator", concentration: "Value", unit: "Unit",
        iaqi: "IAQI", validHours: "Valid h", note: "Note", hourlyHeading: "Hourly AQI",
        hourlyTable: "Hourly values",
        hour: "Hour", stationsHeading: "Stations", station: "Station", level: "Level", category: "Category",
        controlStation: "control station", aboutHeading: "About this bulletin", standard: "Standard",
        issuer: "Issued by", indexNumber: "Index number", publishedAt: "Published", revision: "Revision",
        revisionsHeading: "All revisions", downloads: "Data:", otherLanguage: "中文",
        notesText:
            "The day runs from 01:00 to 24:00 China Standard Time (hours labelled by their end). Units µg/m³ (CO mg/m³). NA: missing or invalid data; “/”: not in the monitoring plan."
    )
}
