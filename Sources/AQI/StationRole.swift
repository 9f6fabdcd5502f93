/// A station's part in its area's assessment (HJ 663; aqi-standards.md §4.4): assessment stations
/// (评价点) make the city value; control stations (对照点, 对照点 = Y in the national list) are left
/// out of it.
public enum StationRole: String, Sendable, Hashable, CaseIterable {
    case assessment
    case control
}
