/// HJ 633—2026 Table 2: the sensitive groups advised to take measures, per pollutant whose
/// IAQI is above 100 (aqi-standards.md §2.6). HJ 633—2012 has no such table.
public enum SensitiveGroups {
    public static func chinese(_ pollutant: Pollutant) -> String {
        switch pollutant {
        case .so2: "患有哮喘的人、青少年儿童以及老年人"
        case .no2: "患有呼吸系统疾病（如哮喘）的人、青少年儿童以及老年人"
        case .co: "患有心血管系统疾病的人"
        case .o3: "患有呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人"
        case .pm10, .pm2_5: "患有心血管系统疾病或呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人"
        }
    }

    public static func english(_ pollutant: Pollutant) -> String {
        switch pollutant {
        case .so2: "People with asthma, children and adolescents, and older people"
        case .no2: "People with respiratory disease (such as asthma), children and adolescents, and older people"
        case .co: "People with cardiovascular disease"
        case .o3:
            "People with respiratory disease (such as asthma), children and adolescents, people often active outdoors, and older people"
        case .pm10, .pm2_5:
            "People with cardiovascular or respiratory disease (such as asthma), children and adolescents, people often active outdoors, and older people"
        }
    }

    /// The groups for an index's IAQI > 100 pollutants, PM10 and PM2.5 merged as in Table 2.
    /// Empty for HJ 633—2012 indexes.
    public static func groups(for index: ChinaIndex) -> [(pollutants: [Pollutant], chinese: String, english: String)] {
        guard index.standard == .hj633_2026 else { return [] }
        var rows: [(pollutants: [Pollutant], chinese: String, english: String)] = []
        for p in index.iaqiOver100 {
            if p == .pm2_5, let j = rows.firstIndex(where: { $0.pollutants == [.pm10] }) {
                rows[j].pollutants.append(p)
            } else {
                rows.append(([p], chinese(p), english(p)))
            }
        }
        return rows
    }
}
