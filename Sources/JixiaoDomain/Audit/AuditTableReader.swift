import JixiaoEngine

/// Reads the `projects` and `indicators` tables back into records for the audit.
///
/// The audit works on whatever the session holds, which may be a CSV or JSON export rather than a
/// freshly read document, so every column is looked up by name (or Chinese label) and a missing
/// one reads as null: a rule that needs it then finds nothing instead of failing.
public enum AuditTableReader {
    public static func data(projects: Table, indicators: Table) -> AuditData {
        let p = ColumnReader(projects), i = ColumnReader(indicators)
        let projectRecords = (0..<projects.rowCount).map { project(p, $0) }
        let indicatorRecords = (0..<indicators.rowCount).map { indicator(i, $0) }
        return AuditData(projects: inferKinds(projectRecords, p, indicatorRecords), indicators: indicatorRecords)
    }

    static func project(_ t: ColumnReader, _ row: Int) -> ProjectRecord {
        let kind = t.string("doc_kind", row).flatMap(DocumentKind.init(rawValue:)) ?? .target
        var r = ProjectRecord(
            projectID: t.int("project_id", row) ?? row + 1, source: t.string("source", row) ?? "",
            docKind: kind, name: t.string("name", row) ?? "")
        r.year = t.int("year", row)
        r.region = t.string("region", row)
        r.department = t.string("department", row)
        r.departmentCode = t.string("department_code", row)
        r.unit = t.string("unit", row)
        r.unitCode = t.string("unit_code", row)
        r.attribute = t.string("attribute", row)
        r.period = t.string("period", row)
        r.contact = t.string("contact", row)
        r.budgetTotal = t.number("budget_total", row)
        r.budgetProjectTotal = t.number("budget_project_total", row)
        r.budgetFiscal = t.number("budget_fiscal", row)
        r.budgetCarryover = t.number("budget_carryover", row)
        r.budgetInitial = t.number("budget_initial", row)
        r.budgetFullYear = t.number("budget_full_year", row)
        r.executed = t.number("executed", row)
        r.executionRate = t.number("execution_rate", row)
        r.executionScore = t.number("execution_score", row)
        r.scoreTotal = t.number("score_total", row)
        r.goal = t.string("goal", row)
        r.outcome = t.string("outcome", row)
        r.indicatorCount = t.int("indicator_count", row) ?? 0
        r.line = t.int("source_line", row)
        return r
    }

    static func indicator(_ t: ColumnReader, _ row: Int) -> IndicatorRecord {
        var r = IndicatorRecord(
            indicatorID: t.int("indicator_id", row) ?? row + 1, projectID: t.int("project_id", row) ?? 0,
            project: t.string("project", row) ?? "", name: t.string("name", row) ?? "")
        r.year = t.int("year", row)
        r.region = t.string("region", row)
        r.department = t.string("department", row)
        r.level1 = t.string("level1", row)
        r.level2 = t.string("level2", row)
        r.op = t.string("op", row).flatMap(TargetOperator.init(rawValue:))
        r.targetText = t.string("target_text", row)
        r.target = t.number("target", row)
        r.targetUpper = t.number("target_upper", row)
        r.unit = t.string("unit", row)
        r.weight = t.number("weight", row)
        r.direction = t.string("direction", row).flatMap(Direction.init(cell:))
        r.actualText = t.string("actual_text", row)
        r.actual = t.number("actual", row)
        r.score = t.number("score", row)
        r.deviation = t.string("deviation", row)
        r.line = t.int("source_line", row)
        return r
    }

    /// A table without `doc_kind` (an export that dropped it) still says what it is: scores make it
    /// a self-evaluation, weights alone a declaration form.
    static func inferKinds(
        _ projects: [ProjectRecord], _ t: ColumnReader, _ indicators: [IndicatorRecord]
    ) -> [ProjectRecord] {
        guard !t.has("doc_kind") else { return projects }
        let scored = Set(indicators.filter { $0.score != nil }.map(\.projectID))
        let weighted = Set(indicators.filter { $0.weight != nil }.map(\.projectID))
        return projects.map { p in
            var p = p
            if p.executionScore != nil || p.scoreTotal != nil || scored.contains(p.projectID) {
                p.docKind = .selfEvaluation
            } else if weighted.contains(p.projectID) {
                p.docKind = .declaration
            }
            return p
        }
    }
}

/// Typed reads of one table's cells by column name; a missing column or a null cell is nil.
/// Names are resolved once, not per cell, so reading a large table stays linear in its cells.
struct ColumnReader {
    private let columns: [String: Column]

    init(_ table: Table) {
        var columns: [String: Column] = [:]
        // Names first, then aliases, as `Table.index(of:)` resolves them.
        for (field, column) in zip(table.fields, table.columns) where columns[field.name] == nil {
            columns[field.name] = column
        }
        for (field, column) in zip(table.fields, table.columns) {
            for alias in field.aliases where columns[alias] == nil { columns[alias] = column }
        }
        self.columns = columns
    }

    func has(_ name: String) -> Bool { columns[name] != nil }

    func string(_ name: String, _ row: Int) -> String? {
        guard let column = columns[name] else { return nil }
        switch column[row] {
        case .null: return nil
        case .string(let s): return s
        case let other: return other.description
        }
    }

    func number(_ name: String, _ row: Int) -> Double? {
        guard let column = columns[name] else { return nil }
        if let n = column.number(at: row) { return n }
        return column.string(at: row).flatMap { Double(CellText.compact($0)) }
    }

    func int(_ name: String, _ row: Int) -> Int? {
        guard let n = number(name, row), n.isFinite, n == n.rounded(), abs(n) < 1e15 else { return nil }
        return Int(n)
    }
}
