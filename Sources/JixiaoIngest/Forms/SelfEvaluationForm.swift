import JixiaoDomain

/// 项目支出绩效自评表 (seed 004): a budget table (年初预算数 / 全年预算数 / 全年执行数 / 分值 /
/// 执行率 / 得分), a goal-and-outcome pair printed under its labels, and indicator rows with
/// 实际完成值, 分值, 得分 and 偏差原因, closed by a 总分 row.
enum SelfEvaluationForm: DocumentLayout {
    static let kind = DocumentKind.selfEvaluation
    static let title = "self-evaluation form (绩效自评表)"

    static func matchScore(_ text: SourceText) -> Int {
        guard let header = text.indicatorHeader else { return 0 }
        let cells = header.compactCells
        var score = 0
        if cells.contains(where: { $0.hasPrefix("实际完成") || $0 == "完成值" }) { score += 10 }
        if cells.contains("得分") { score += 2 }
        if score > 0, HeaderWords.levelsInOrder(header) { score += 1 }
        return score
    }

    static func readHeaderBlock(
        _ lines: ArraySlice<SourceLine>, into project: inout ProjectRecord, warnings: inout [LoadWarning],
        source: String, moneyUnit: String
    ) {
        var fiscalFigures: [BudgetTable.Column: Double] = [:]
        var budgetHeader: [BudgetTable.Column]?
        var row = 0
        var goalHeader: SourceLine?
        for line in lines where line.isTableRow && !line.isBlank {
            if let goalLine = goalHeader {
                readGoalAndOutcome(goalLine, line, into: &project)
                goalHeader = nil
                continue
            }
            let cells = line.compactCells
            if cells.contains("预期目标") || cells.contains("实际完成情况") || cells.contains("项目年度目标")
                || cells.contains("年度目标完成情况")
            {
                budgetHeader = nil
                goalHeader = line
                continue
            }
            if let columns = BudgetTable.columns(of: line) {
                budgetHeader = columns
                row = 0
                continue
            }
            guard let columns = budgetHeader else { continue }
            switch BudgetTable.read(line, columns: columns, index: row, into: &project, moneyUnit: moneyUnit) {
            case nil:
                warnings.append(
                    LoadWarning(file: source, line: line.number, message: "budget row without figures; not read"))
            case .fiscal(let figures)?: fiscalFigures = figures
            default: break
            }
            row += 1
        }
        BudgetTable.repair(&project, fiscal: fiscalFigures, warnings: &warnings, source: source, line: project.line)
    }

    /// The row under `预期目标 … 实际完成情况`: goal first, outcome last; a single cell goes to the
    /// label it sits closer to.
    static func readGoalAndOutcome(_ header: SourceLine, _ line: SourceLine, into project: inout ProjectRecord) {
        let filled = line.filled
        guard let first = filled.first else { return }
        let goalAt = header.index(of: "预期目标") ?? header.index(of: "项目年度目标") ?? 0
        let outcomeAt = header.index(of: "实际完成情况") ?? header.index(of: "年度目标完成情况") ?? Int.max
        if filled.count >= 2, let last = filled.last {
            project.goal = first.text
            project.outcome = last.text
        } else if abs(first.index - goalAt) <= abs(first.index - outcomeAt) {
            project.goal = first.text
        } else {
            project.outcome = first.text
        }
    }
}
