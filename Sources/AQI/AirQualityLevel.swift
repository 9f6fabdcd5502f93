/// One of the six AQI levels of HJ 633 (2026 Table 1 and Appendix A; 2012 Table 2).
public struct AirQualityLevel: Sendable, Hashable, Comparable, Codable {
    /// 1 (一级 优) … 6 (六级 严重污染).
    public let number: Int

    public init(number: Int) {
        precondition((1...6).contains(number))
        self.number = number
    }

    /// The level of an AQI. AQI 0 (every IAQI zero) is level 1 (ambiguity A2).
    public init(aqi: Int) {
        switch aqi {
        case ...50: number = 1
        case 51...100: number = 2
        case 101...150: number = 3
        case 151...200: number = 4
        case 201...300: number = 5
        default: number = 6
        }
    }

    public static let all = (1...6).map(AirQualityLevel.init(number:))

    private var i: Int { number - 1 }

    /// 一级 … 六级
    public var name: String { ["一级", "二级", "三级", "四级", "五级", "六级"][i] }
    /// 优, 良, 轻度污染, 中度污染, 重度污染, 严重污染
    public var category: String { ["优", "良", "轻度污染", "中度污染", "重度污染", "严重污染"][i] }
    public var englishCategory: String {
        ["Excellent", "Good", "Lightly polluted", "Moderately polluted", "Heavily polluted", "Severely polluted"][i]
    }
    /// 绿色 … 褐红色
    public var colorName: String { ["绿色", "黄色", "橙色", "红色", "紫色", "褐红色"][i] }
    public var englishColorName: String { ["Green", "Yellow", "Orange", "Red", "Purple", "Maroon"][i] }
    /// Screen colour (Appendix A, normative). The China purple is 153,0,76, not the EPA's.
    public var rgb: [Int] {
        [[0, 228, 0], [255, 255, 0], [255, 126, 0], [255, 0, 0], [153, 0, 76], [126, 0, 35]][i]
    }
    public var hex: String { ["#00E400", "#FFFF00", "#FF7E00", "#FF0000", "#99004C", "#7E0023"][i] }
    /// Print colour (Appendix A).
    public var cmyk: [Int] {
        [
            [40, 0, 100, 0], [0, 0, 100, 0], [0, 52, 100, 0], [0, 100, 100, 0], [10, 100, 40, 30], [30, 100, 100, 30],
        ][i]
    }
    /// A text colour that reads on the level colour.
    public var foregroundHex: String { number <= 3 ? "#000000" : "#FFFFFF" }
    /// The AQI range as the standard prints it ("0～50" in 2012, "1～50" in 2026).
    public func rangeText(_ standard: Standard) -> String {
        let first = standard == .hj633_2012 ? "0～50" : "1～50"
        return [first, "51～100", "101～150", "151～200", "201～300", ">300"][i]
    }

    /// 对健康影响情况, in the wording of the standard that produced the index.
    public func healthEffect(_ standard: Standard) -> String {
        (standard == .hj633_2012 ? LevelText.health2012 : LevelText.health2026)[i]
    }

    /// 建议采取的措施, in the wording of the standard that produced the index.
    public func measures(_ standard: Standard) -> String {
        (standard == .hj633_2012 ? LevelText.measures2012 : LevelText.measures2026)[i]
    }

    public func englishHealthEffect(_ standard: Standard) -> String { LevelText.healthEnglish[i] }

    public func englishMeasures(_ standard: Standard) -> String {
        (standard == .hj633_2012 ? LevelText.measuresEnglish2012 : LevelText.measuresEnglish2026)[i]
    }

    public static func < (lhs: AirQualityLevel, rhs: AirQualityLevel) -> Bool { lhs.number < rhs.number }
}
