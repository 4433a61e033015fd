import JixiaoDomain
import JixiaoEngine

/// The rows of a data table read as `projects` (see `ModelTableMapper`).
enum ProjectRowMapping {
    static func table(_ m: inout ModelColumnMatch, options: LoadOptions) -> Table {
        let rows = m.load.table.rowCount
        var records: [ProjectRecord] = []
        records.reserveCapacity(rows)
        var kinds: [Value] = []
        var counts: [Value] = []
        for row in 0..<rows {
            var p = ProjectRecord(
                projectID: options.firstProjectID + row, source: m.text("source", row: row) ?? m.file,
                docKind: .declaration, name: m.text("name", row: row) ?? "")
            let kind = m.text("doc_kind", row: row)
            if let kind, DocumentKind(rawValue: kind) == nil {
                m.warn(
                    row: row,
                    "doc_kind \"\(kind)\" is none of \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")); left empty"
                )
            }
            kinds.append(kind.flatMap(DocumentKind.init(rawValue:)).map { .string($0.rawValue) } ?? .null)
            counts.append(m.integer("indicator_count", row: row).map { .integer(Int64($0)) } ?? .null)
            p.year = options.year ?? m.integer("year", row: row)
            p.region = options.region ?? m.text("region", row: row)
            let department = m.text("department", row: row).map(CellText.splitCode)
            p.department = department?.name
            p.departmentCode = m.text("department_code", row: row) ?? department?.code
            let unit = m.text("unit", row: row).map(CellText.splitCode)
            p.unit = unit?.name
            p.unitCode = m.text("unit_code", row: row) ?? unit?.code
            p.attribute = m.text("attribute", row: row)
            p.period = m.text("period", row: row)
            p.contact = m.text("contact", row: row)
            p.budgetTotal = m.number("budget_total", row: row)
            p.budgetFiscal = m.number("budget_fiscal", row: row)
            p.budgetInitial = m.number("budget_initial", row: row)
            p.budgetFullYear = m.number("budget_full_year", row: row)
            p.executed = m.number("executed", row: row)
            p.executionRate = m.number("execution_rate", row: row)
            p.executionScore = m.number("execution_score", row: row)
            p.scoreTotal = m.number("score_total", row: row)
            p.goal = m.text("goal", row: row)
            p.outcome = m.text("outcome", row: row)
            p.budgetProjectTotal = m.number("budget_project_total", row: row)
            p.budgetCarryover = m.number("budget_carryover", row: row)
            p.line = m.load.line(ofRow: row)
            records.append(p)
        }
        var table = ProjectSchema.table(records)
        // The records need a kind, a name and a count; the file may state none of them.
        table.set("doc_kind", ModelTableMapper.column(kinds, type: .string))
        table.set("indicator_count", ModelTableMapper.column(counts, type: .integer))
        if !m.has("name") {
            table.set("name", .nulls(count: rows, type: .string))
            m.warn(row: nil, "no 项目名称 (name) column; project names are empty")
        }
        return table
    }
}
