import JixiaoDomain

/// A table of many projects, one row per indicator, whose header names the project columns
/// beside the indicator columns (`项目名称 | 主管部门 | 资金 | 一级指标 | 二级指标 | 三级指标 | 指标值`).
/// A project's own cells stand only on its first indicator row (a merged cell), so a row with a
/// name starts a project and the rows below it, with that column empty, belong to it.
struct ProjectListForm {
    /// The header row and the columns of the project's own fields.
    let header: SourceLine
    let nameColumn: Int
    let fieldColumns: [(column: Int, field: HeaderField)]
    /// Where the indicator columns start (the first level column).
    let indicatorStart: Int

    /// The list header among the lines: a row that names 项目名称 and the level columns as columns.
    init?(_ line: SourceLine) {
        guard line.isTableRow else { return nil }
        let keys = line.compactCells.map(HeaderField.key)
        guard let name = keys.firstIndex(of: "项目名称"),
            let level = keys.firstIndex(where: { $0 == "一级指标" || $0 == "二级指标" }), name < level,
            keys.contains("三级指标") || keys[level...].contains(where: { IndicatorHeader.role(of: $0) == .target })
        else { return nil }
        header = line
        nameColumn = name
        indicatorStart = level
        fieldColumns = keys.enumerated().compactMap { i, key in
            guard i < level, i != name else { return nil }
            if let field = HeaderField.label(key), field != .other { return (i, field) }
            // `项目资金`, `资金总额(万元)`, `预算金额`: the project's money, as a list prints it.
            if key.contains("资金") || key.contains("预算") || key.contains("金额") { return (i, .annualTotal) }
            return nil
        }
    }

    /// Reads the projects of the rows after the header.
    func read(
        _ rows: ArraySlice<SourceLine>, form: FormReader, codeNames: [String: String], fallbackYear: Int?
    )
        -> (projects: [ParsedProject], warnings: [LoadWarning])
    {
        let indicatorHeader = SourceLine(
            number: header.number, raw: header.raw,
            cells: Array(header.cells[indicatorStart...]), isTableRow: true, keepsEmptyCells: false)
        var projects: [ParsedProject] = []
        var warnings: [LoadWarning] = []
        var section: IndicatorSectionReader?
        func finish() {
            guard var reader = section, var last = projects.popLast() else { return }
            last.indicators = reader.finish(project: last.record.name)
            warnings += reader.warnings
            last.record.indicatorCount = last.indicators.count
            projects.append(last)
            section = nil
        }
        for line in rows where line.isTableRow && !line.isBlank {
            let cells = line.cells
            let name = nameColumn < cells.count ? cells[nameColumn] : ""
            if !name.isEmpty, projects.last?.record.name != name {
                finish()
                var record = ProjectRecord(source: form.source, docKind: form.kind, name: name)
                record.line = line.number
                record.projectCode = ProjectCode.prefix(of: name)
                for (column, field) in fieldColumns where column < cells.count && !cells[column].isEmpty {
                    Self.set(field, cells[column], in: &record)
                }
                var project = ParsedProject(record: record)
                project.record.year = DocumentYear.stated(before: 0, in: form.text) ?? fallbackYear
                project.record.region =
                    [record.department, record.unit].compactMap { $0 }.lazy.compactMap(RegionName.infer).first
                projects.append(project)
                section = IndicatorSectionReader(header: indicatorHeader, codeNames: codeNames, source: form.source)
            }
            guard section != nil, var project = projects.popLast() else {
                warnings.append(
                    LoadWarning(
                        file: form.source, line: line.number,
                        message: "row before the first project of the list (项目名称 empty); not read"))
                continue
            }
            let rest = indicatorStart < cells.count ? Array(cells[indicatorStart...]) : []
            section?.read(
                SourceLine(number: line.number, raw: line.raw, cells: rest, isTableRow: true, keepsEmptyCells: false),
                project: &project.record)
            projects.append(project)
        }
        finish()
        return (projects, warnings)
    }

    static func set(_ field: HeaderField, _ value: String, in record: inout ProjectRecord) {
        switch field {
        case .department:
            let (code, name) = CellText.splitCode(value)
            record.department = name
            record.departmentCode = code
        case .unit, .unitInfo:
            let (code, name) = CellText.splitCode(value)
            record.unit = name
            record.unitCode = code
        case .attribute: record.attribute = value
        case .period: record.period = value
        case .contact: record.contact = value
        case .projectTotal, .annualTotal: record.budgetTotal = Money.parseAmount(value)
        case .fiscal: record.budgetFiscal = Money.parseAmount(value)
        case .carryover: record.budgetCarryover = Money.parseAmount(value)
        case .goal: record.goal = value
        case .name, .other: break
        }
    }
}
