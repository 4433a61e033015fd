import JixiaoEngine

/// The derived indicator columns (`completion`, `status`, `met`, `score_rate`) and the formula
/// score of DOMAIN.md §1.3, computed from what the document states.
///
/// Completion is the share of the target reached, in percent: actual ÷ target for lower bounds,
/// equalities and bare numbers, uncapped so that over-achievement shows; for upper bounds (less is
/// better) 100 when the actual stays under the ceiling (an actual of 0 included, the convention the
/// seeds follow) and target ÷ actual when it exceeds it. Ranges are met inside their
/// bounds. Qualitative rows have no completion; their status comes from the band of the actual text.
public enum IndicatorScoring {
    /// Over-achievement beyond this share of a lower-bound target is flagged as `超额`.
    public static let exceededAbove = 120.0

    public static func completion(_ r: IndicatorRecord) -> Double? {
        if let met = deadlineMet(r) { return met ? 100 : 0 }
        guard let actual = r.actual, let target = r.target, r.op != .qualitative else { return nil }
        if let upper = r.targetUpper {
            if actual < target { return target > 0 ? round2(actual / target * 100) : nil }
            if actual > upper { return upper > 0 ? round2(actual / upper * 100) : nil }
            return 100
        }
        if isLessBetter(r) {
            // Staying under a ceiling is full completion; spending less earns nothing extra.
            if actual <= target || actual <= 0 { return 100 }
            return round2(max(target, 0) / actual * 100)
        }
        if target == 0 {
            if r.op == .atLeast { return 100 }
            return actual == 0 ? 100 : 0
        }
        return target > 0 ? round2(actual / target * 100) : nil
    }

    public static func status(_ r: IndicatorRecord) -> IndicatorStatus? {
        if let c = completion(r) {
            guard c >= 100 else { return .missed }
            let lowerBound = r.op == .atLeast || (r.op == nil && r.targetUpper == nil && !isLessBetter(r))
            return lowerBound && c > exceededAbove ? .exceeded : .met
        }
        guard let text = r.actualText, let band = QualitativeBand(actualText: text) else { return nil }
        return band.status
    }

    public static func met(_ r: IndicatorRecord) -> Bool? { status(r)?.isMet }

    /// The document's score as a percent of the indicator's points.
    public static func scoreRate(_ r: IndicatorRecord) -> Double? {
        guard let score = r.score, let weight = r.weight, weight > 0 else { return nil }
        return round2(score / weight * 100)
    }

    /// The score the official formula gives a quantitative row: min(completion, 100 %) × points.
    /// Nil for qualitative rows, whose score is a band (see `QualitativeBand.scoreRange`), and for
    /// rows without points. Kept beside the document's score, never in place of it.
    public static func formulaScore(_ r: IndicatorRecord) -> Double? {
        guard let weight = r.weight, let c = completion(r) else { return nil }
        return round2(min(c, 100) / 100 * weight)
    }

    /// Whether a smaller actual is the better one: an upper-bound target, or a bare one marked 反向.
    public static func isLessBetter(_ r: IndicatorRecord) -> Bool {
        switch r.op {
        case .atMost: return true
        case .atLeast, .equal, .qualitative: return false
        case nil: return r.direction == .negative
        }
    }

    /// For a deadline target (`2022年12月30日前`) whose actual is a date too: whether it was done on
    /// or before the deadline (CLARIFICATIONS). A date without a year takes the document's year; a
    /// month without a day stands for its last day, as `2022年12月底` does.
    static func deadlineMet(_ r: IndicatorRecord) -> Bool? {
        guard let due = r.targetValue?.deadline, let text = r.actualText,
            let done = TargetValueParser.parse(text).deadline,
            let dueYear = (due.year ?? r.year).map({ $0 + due.yearOffset }),
            let doneYear = (done.year ?? r.year).map({ $0 + done.yearOffset })
        else { return nil }
        // As the engine's dates, read as date() reads them: a month without a day is its last day.
        func day(_ d: Deadline, _ year: Int) -> CivilDay? {
            CivilDay.valid(year: year, month: d.month, day: d.day ?? CivilDay.daysIn(d.month, of: year))
        }
        guard let dueDay = day(due, dueYear), let doneDay = day(done, doneYear) else { return nil }
        return doneDay <= dueDay
    }

    static func round2(_ d: Double) -> Double { (d * 100).rounded() / 100 }
}
