/// 评价等级 from the total score (财预〔2020〕10号 第二十六条, DOMAIN.md §1.5): half-open bands,
/// so 89.5 is 良, not 优.
public enum Grade: String, Sendable, Hashable, CaseIterable {
    case excellent = "优"
    case good = "良"
    case fair = "中"
    case poor = "差"

    public init(totalScore: Double) {
        switch totalScore {
        case 90...: self = .excellent
        case 80..<90: self = .good
        case 60..<80: self = .fair
        default: self = .poor
        }
    }
}
