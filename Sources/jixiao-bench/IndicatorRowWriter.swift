/// Writes one synthetic indicator row: picks its kind in the published mix, a target of that
/// kind, and (for ≈85% of rows) an actual value that meets the target about nine times in ten.
struct IndicatorRowWriter {
    typealias Bytes = [UInt8]
    private let world: SyntheticWorld
    private let cumulativeShares: [Double]
    private let kinds: [(level1: Bytes, level2: Bytes, names: [Bytes])]
    private let ops: [String: Bytes]
    private let qualitativeTargets: [Bytes]
    private let qualitativeActuals: [Bytes]
    private let deviations: [Bytes]
    private let forward = Array("正向".utf8), backward = Array("反向".utf8)
    private let statuses = ["超额", "达成", "部分达成", "未达成"].map { Array($0.utf8) }
    private let yes = Array("true".utf8), no = Array("false".utf8)
    private var scratch: Bytes = []

    init(world: SyntheticWorld) {
        self.world = world
        let v = SyntheticVocabulary.self
        var total = 0.0
        cumulativeShares = v.kinds.map {
            total += $0.share; return total
        }
        kinds = v.kinds.map { (Array($0.level1.utf8), Array($0.level2.utf8), $0.names.map { Array($0.utf8) }) }
        ops = Dictionary(uniqueKeysWithValues: ["≥", "≤", "=", "定性"].map { ($0, Array($0.utf8)) })
        qualitativeTargets = v.qualitativeTargets.map { Array($0.utf8) }
        qualitativeActuals = v.qualitativeActuals.map { Array($0.utf8) }
        deviations = v.deviations.map { Array($0.utf8) }
    }

    /// Writes the row and returns its score (0 when it has none), for the project's total.
    mutating func write(
        _ out: inout CSVByteWriter, id: Int, project: DataGenerator.ProjectDraw,
        rng: inout SplitMix
    ) -> Double {
        let k = rng.weighted(cumulativeShares)
        let kind = SyntheticVocabulary.kinds[k]
        let spec = kind.targets[rng.below(kind.targets.count)]
        let opMissing = rng.chance(0.02)
        let qualitative = spec.op == "定性"
        var target: Double?
        if !qualitative {
            let raw = spec.low + rng.unit() * (spec.high - spec.low)
            target = spec.unit == "万元" ? (raw * 100).rounded() / 100 : raw.rounded()
        }
        out.integer(id)
        out.integer(project.id)
        out.integer(project.year)
        out.text(world.regions[project.department / world.kindsPerRegion])
        out.text(world.departments[project.department])
        out.text(world.projectNames[project.name])
        out.text(kinds[k].level1)
        out.text(kinds[k].level2)
        out.text(kinds[k].names[rng.below(kinds[k].names.count)])
        out.text(opMissing ? nil : ops[spec.op])
        // target_text as printed: operator, number, unit; or the qualitative word.
        scratch.removeAll(keepingCapacity: true)
        if let target {
            if !opMissing, let op = ops[spec.op] { scratch += op }
            CSVByteWriter.appendDecimal(target, to: &scratch)
            scratch += Array(spec.unit.utf8)
        } else {
            scratch += qualitativeTargets[rng.below(qualitativeTargets.count)]
        }
        out.text(scratch)
        out.decimal(target)
        out.text(qualitative ? nil : Array(spec.unit.utf8))
        let weight = SyntheticVocabulary.weights[rng.below(SyntheticVocabulary.weights.count)]
        out.decimal(weight)
        if opMissing {
            out.empty()
        } else if spec.op == "≤" {
            out.text(backward)
        } else if qualitative && rng.chance(0.2) {
            out.empty()
        } else {
            out.text(forward)
        }
        let outcome = drawActual(spec.op, target: target, rng: &rng)
        // actual_text, actual
        if let actual = outcome.actual {
            scratch.removeAll(keepingCapacity: true)
            CSVByteWriter.appendDecimal(actual, to: &scratch)
            out.text(scratch)
            out.decimal(actual)
        } else if let word = outcome.word {
            out.text(qualitativeActuals[word])
            out.empty()
        } else {
            out.empty(); out.empty()
        }
        guard let completion = outcome.completion else {
            // No actual value: no score most of the time, nothing derived.
            let score: Double? = rng.chance(0.35) ? 0 : nil
            out.decimal(score); out.empty(); out.empty(); out.empty(); out.empty(); out.empty()
            out.endRow()
            return 0
        }
        let score = (weight * min(1, completion / 100) * 100).rounded() / 100
        out.decimal(score)
        if completion < 100, rng.chance(0.7) { out.text(deviations[rng.below(deviations.count)]) } else { out.empty() }
        out.decimal(completion)
        let status = completion > 100 ? 0 : completion >= 100 ? 1 : completion >= 60 ? 2 : 3
        out.text(statuses[status])
        out.text(completion >= 100 ? yes : no)
        out.decimal(score / weight * 100)
        out.endRow()
        return score
    }

    /// The actual value (or qualitative word) and the completion it gives; nils for a missing actual.
    private func drawActual(
        _ op: String, target: Double?, rng: inout SplitMix
    ) -> (actual: Double?, word: Int?, completion: Double?) {
        guard !rng.chance(0.15) else { return (nil, nil, nil) }
        guard let target, target > 0 else {
            let word = rng.below(qualitativeActuals.count)
            return (nil, word, word == 1 || word == 3 ? 80 : 100)
        }
        let meets = rng.chance(0.88)
        let u = rng.unit()
        var actual: Double
        switch op {
        case "≤": actual = target * (meets ? 0.8 + 0.2 * u : 1 + 0.3 * u)
        case "=": actual = meets ? target : target * (0.6 + 0.4 * u)
        default: actual = target * (meets ? 1 + 0.1 * u * u : 0.5 + 0.5 * u)
        }
        actual = target >= 100 ? actual.rounded() : (actual * 100).rounded() / 100
        let ratio = op == "≤" ? (actual <= target ? 1 : target / actual) : actual / target
        return (actual, nil, (ratio * 10_000).rounded() / 100)
    }
}
