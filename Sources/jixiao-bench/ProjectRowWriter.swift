/// Writes one synthetic project row: budget figures in 万元, execution and scores consistent with
/// each other (execution_score = 10 × the rate, capped), and a grade from the total score.
enum ProjectRowWriter {
    private static let kinds = ["self_evaluation", "target", "declaration", "approval"].map { Array($0.utf8) }
    private static let grades = ["优", "良", "中", "差"].map { Array($0.utf8) }
    private static let attributes = SyntheticVocabulary.attributes.map { Array($0.utf8) }
    private static let periods = SyntheticVocabulary.periods.map { Array($0.utf8) }
    private static let goalPrefix = Array("保障".utf8), goalSuffix = Array("顺利实施，资金使用规范".utf8)
    private static let outcomeText = Array("已按计划完成年度目标".utf8)

    static func write(
        _ out: inout CSVByteWriter, project p: DataGenerator.ProjectDraw, world: SyntheticWorld,
        indicatorScore: Double, rng: inout SplitMix
    ) {
        let region = p.department / world.kindsPerRegion
        let selfEvaluation = rng.chance(0.8)
        out.integer(p.id)
        var source = Array("synthetic_".utf8)
        CSVByteWriter.appendDigits(p.year, to: &source)
        source.append(UInt8(ascii: "_"))
        CSVByteWriter.appendDigits(region, to: &source)
        source += Array(".txt".utf8)
        out.text(source)
        out.text(kinds[selfEvaluation ? 0 : 1 + rng.below(3)])
        out.integer(p.year)
        out.text(world.regions[region])
        out.text(world.departments[p.department])
        out.text(world.departmentCodes[p.department % world.kindsPerRegion])
        out.text(world.units[p.department])
        out.text(world.projectNames[p.name])
        out.text(attributes[rng.below(attributes.count)])
        out.text(periods[rng.below(periods.count)])
        out.text(world.contacts[rng.below(world.contacts.count)])
        let budget = (5 + rng.unit() * rng.unit() * 5_000 * 100).rounded() / 100
        let fullYear = (budget * (0.9 + 0.2 * rng.unit()) * 100).rounded() / 100
        out.decimal(budget)
        out.decimal(rng.chance(0.7) ? budget : (budget * 0.8 * 100).rounded() / 100)
        out.decimal(budget)
        out.decimal(fullYear)
        if selfEvaluation {
            let rate = min(100, 70 + 35 * rng.unit())
            let executed = (fullYear * rate).rounded() / 100
            let executionRate = (executed / fullYear * 10_000).rounded() / 100
            out.decimal(executed)
            out.decimal(executionRate)
            out.decimal((min(100, executionRate) * 10).rounded() / 100)
            let total = min(100, indicatorScore / Double(p.indicators) * 9 + min(100, executionRate) / 10)
            let rounded = (total * 100).rounded() / 100
            out.decimal(rounded)
            out.text(grades[rounded >= 90 ? 0 : rounded >= 80 ? 1 : rounded >= 60 ? 2 : 3])
        } else {
            for _ in 0..<5 { out.empty() }
        }
        var goal = goalPrefix
        goal += world.projectNames[p.name]
        goal += goalSuffix
        out.text(goal)
        out.text(selfEvaluation ? outcomeText : nil)
        out.integer(p.indicators)
        out.endRow()
    }
}
