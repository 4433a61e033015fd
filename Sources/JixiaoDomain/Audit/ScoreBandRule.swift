/// `score_band`: a qualitatively judged indicator whose score lies outside the band its actual
/// value names (DOMAIN.md §1.4, 财预〔2020〕10号 第十三条): 达成 80–100 % of the weight,
/// 部分达成 60–80 %, 未达成/未完成 0–60 %. The score is a range, so only a score outside it is a
/// finding. Rows whose target is a number but whose actual is a band word (seed 004's 改造完成率
/// 100%, actual 未完成…) are judged by the band too, since there is no number to put in a formula.
public enum ScoreBandRule {
    public static let rule = AuditRule(
        code: "score_band",
        summary: "a qualitative score outside the band its actual value names (DOMAIN.md §1.4)"
    ) { data in
        data.indicators.compactMap { row in
            guard let given = row.score, let weight = row.weight, weight > 0, row.actual == nil,
                let text = row.actualText, let band = QualitativeBand(actualText: text)
            else { return nil }
            let range = band.scoreRange
            let low = range.lowerBound / 100 * weight, high = range.upperBound / 100 * weight
            guard given < low - AuditNumber.tolerance || given > high + AuditNumber.tolerance else { return nil }
            return AuditFinding(
                rule: "score_band", indicator: row, in: data.project(row.projectID),
                found: "\(AuditNumber.text(given)) (\(AuditNumber.text(given / weight * 100))%)",
                expected:
                    "\(AuditNumber.text(low))–\(AuditNumber.text(high)) (\(band.label) \(AuditNumber.text(range.lowerBound))–\(AuditNumber.text(range.upperBound))%)",
                difference: AuditNumber.gap(given, given < low ? low : high))
        }
    }
}

extension QualitativeBand {
    /// The band's name as the forms word it.
    var label: String {
        switch self {
        case .achieved: return "达成"
        case .partlyAchieved: return "部分达成"
        case .notAchieved: return "未达成"
        }
    }
}
