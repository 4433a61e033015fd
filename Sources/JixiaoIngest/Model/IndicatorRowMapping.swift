import JixiaoDomain
import JixiaoEngine

/// The rows of a data table read as `indicators` (see `ModelTableMapper`).
///
/// When the file gives the target only as printed text (`指标值` = `≥95%`), the operator, number
/// and unit are parsed from it as for documents (`IndicatorValueResolver`); stated `op`, `target`
/// and `unit` columns win. An indicator is linked to an already loaded project of the same name.
enum IndicatorRowMapping {
    static func table(_ m: inout ModelColumnMatch, options: LoadOptions, projectIDs: [String: Int]) -> Table {
        let rows = m.load.table.rowCount
        var records: [IndicatorRecord] = []
        records.reserveCapacity(rows)
        var links: [Value] = []
        var unlinked = 0
        let cache = TargetValueCache()
        for row in 0..<rows {
            let project = m.text("project", row: row)
            var r = IndicatorRecord(
                indicatorID: options.firstIndicatorID + row, project: project ?? "",
                name: m.text("name", row: row) ?? "")
            let linked = project.flatMap { projectIDs[$0] }
            if linked == nil { unlinked += 1 }
            links.append(linked.map { .integer(Int64($0)) } ?? .null)
            r.year = options.year ?? m.integer("year", row: row)
            r.region = options.region ?? m.text("region", row: row)
            r.department = m.text("department", row: row)
            r.level1 = m.level("level1", row: row)
            r.level2 = m.level("level2", row: row)
            r.targetText = m.text("target_text", row: row)
            r.actualText = m.text("actual_text", row: row)
            r.weight = m.number("weight", row: row)
            r.score = m.number("score", row: row)
            r.deviation = m.text("deviation", row: row)
            readValues(&m, row: row, into: &r, cache: cache)
            r.line = m.load.line(ofRow: row)
            records.append(r)
        }
        var table = IndicatorSchema.table(records)
        table.set("project_id", ModelTableMapper.column(links, type: .integer))
        if !m.has("project") { table.set("project", .nulls(count: rows, type: .string)) }
        if !m.has("name") {
            table.set("name", .nulls(count: rows, type: .string))
            m.warn(row: nil, "no 三级指标 (name) column; indicator names are empty")
        }
        if unlinked > 0, rows > 0 {
            m.warn(
                row: nil, "\(unlinked) of \(rows) indicators name no loaded project (项目名称); their project_id is empty")
        }
        return table
    }

    /// Operator, target, unit, direction and actual: stated columns first, else parsed from the printed text.
    static func readValues(
        _ m: inout ModelColumnMatch, row: Int, into r: inout IndicatorRecord, cache: TargetValueCache
    ) {
        let opText = m.text("op", row: row)
        let unitText = m.text("unit", row: row)
        let resolved = IndicatorValueResolver.resolve(
            name: r.name, level2: r.level2, targetText: r.targetText,
            nature: opText, unitCell: unitText, actualText: r.actualText,
            cache: cache)
        for note in resolved.notes { m.warn(row: row, note) }
        r.targetValue = resolved.targetValue
        r.op = opText.map { TargetOperator(rawValue: $0) ?? TargetOperator(natureCell: $0) } ?? resolved.op
        if let opText, r.op == nil { m.warn(row: row, "op \"\(opText)\" is none of ≥ ≤ = 定性; left empty") }
        if m.has("target") {
            r.target = m.number("target", row: row)
            r.targetUpper = m.number("target_upper", row: row)
        } else {
            r.target = resolved.target
            r.targetUpper = resolved.targetUpper
        }
        // A target parsed from text may have been converted (元 → 万元); its unit says so.
        r.unit = m.has("target") ? unitText : resolved.unit ?? unitText
        r.actual = m.has("actual") ? m.number("actual", row: row) : resolved.actual
        if let printed = m.text("direction", row: row) {
            r.direction = Direction(cell: printed)
            if r.direction == nil { m.warn(row: row, "direction \"\(printed)\" is neither 正向 nor 反向; left empty") }
        } else if !m.has("direction") {
            var tv = resolved.targetValue
            tv.op = r.op
            r.direction = Direction.inferred(from: tv, level2: r.level2)
        }
    }
}
