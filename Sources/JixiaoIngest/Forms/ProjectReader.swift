import JixiaoDomain

/// Reads one project's block of lines (from its 项目名称 row to the next project's).
struct ProjectReader {
    let form: FormReader
    let codeNames: [String: String]
    /// The year to use when no title states one (the most frequent year in the document).
    let fallbackYear: Int?
    var warnings: [LoadWarning] = []
    /// Rows of the project's header block that held nothing the reader knows.
    var unread: [SourceLine] = []

    init(form: FormReader, codeNames: [String: String], fallbackYear: Int?) {
        self.form = form
        self.codeNames = codeNames
        self.fallbackYear = fallbackYear
    }

    mutating func read(_ block: ArraySlice<SourceLine>, startIndex: Int) -> ParsedProject {
        var headerIndex = block.firstIndex { $0.isTableRow && IndicatorHeader($0) != nil }
        // No header: the rows from the first level label are read against the usual columns.
        let defaultHeader =
            headerIndex == nil
            ? block.firstIndex { FormReader.startsIndicators($0) || FormReader.looksLikeIndicatorRow($0) } : nil
        let head = block[block.startIndex..<(headerIndex ?? defaultHeader ?? block.endIndex)]
        var record = ProjectRecord(source: form.source, docKind: form.kind, name: "")
        record.line = block.first?.number
        let moneyUnit = Self.moneyUnit(head, before: startIndex, in: form.text)
        readFields(head, into: &record, moneyUnit: moneyUnit)
        if record.name.isEmpty, form.isWholeDepartment { record.name = record.department ?? record.unit ?? "" }
        form.layout.readHeaderBlock(head, into: &record, warnings: &warnings, source: form.source, moneyUnit: moneyUnit)
        unread = Self.unreadRows(head)

        var project = ParsedProject(record: record)
        if let y = DocumentYear.stated(before: startIndex, in: form.text) {
            project.record.year = y
            project.yearStated = true
        } else {
            project.record.year = fallbackYear
        }
        project.record.region =
            [record.department, record.unit].compactMap { $0 }.lazy.compactMap(RegionName.infer).first
            ?? DocumentRegion.stated(before: startIndex, in: form.text)

        var rows: IndicatorSectionReader
        if let h = headerIndex {
            rows = IndicatorSectionReader(header: block[h], codeNames: codeNames, source: form.source)
        } else if let d = defaultHeader {
            rows = IndicatorSectionReader(
                header: IndicatorHeader.usual(for: block[d...], line: block[d].number), codeNames: codeNames,
                source: form.source)
            warn(
                block[d].number,
                "no indicator header (三级指标, 指标值 …) above these rows; read as \(rows.header.roles.map(\.title).joined(separator: ", "))"
            )
            headerIndex = d - 1
        } else {
            warn(
                record.line,
                "project \(record.name.isEmpty ? "(name cut off)" : record.name) has no indicator table (no 三级指标 header)"
            )
            return project
        }
        for line in block[((headerIndex ?? 0) + 1)...] { rows.read(line, project: &project.record) }
        project.indicators = rows.finish(project: project.record.name)
        warnings += rows.warnings
        return project
    }

    /// Header rows with no label, figure or goal text the forms print: none of their cells is a
    /// word of the vocabulary or a number, and no goal heading stands above them.
    static func unreadRows(_ head: ArraySlice<SourceLine>) -> [SourceLine] {
        var out: [SourceLine] = []
        var afterGoalHeading = false
        for line in head where line.isTableRow && !line.isBlank {
            let kinds = line.filled.map { FormVocabulary.kind(of: $0.text, inIndicators: false) }
            if kinds.contains(.goalColumn) {
                afterGoalHeading = true
                continue
            }
            if afterGoalHeading || !HeaderField.values(in: line).isEmpty || kinds.contains(where: { $0 != .text }) {
                afterGoalHeading = false
                continue
            }
            out.append(line)
        }
        return out
    }

    /// The unit the project's bare amounts are in: a unit note in its header or the nearest
    /// one above it (`金额单位：元`), or a budget label that says it (`项目资金(元)`); 万元 otherwise.
    static func moneyUnit(_ head: ArraySlice<SourceLine>, before start: Int, in text: SourceText) -> String {
        for line in head {
            for cell in line.cells where !cell.isEmpty {
                if let unit = MoneyUnitNote.unit(in: cell) { return unit }
                let key = HeaderField.key(cell)
                if key.hasSuffix("(元)"), key.contains("资金") || key.contains("预算") { return "元" }
            }
        }
        var i = min(start, text.lines.count) - 1
        var looked = 0
        while i >= 0, looked < 12 {
            if let unit = text.lines[i].cells.lazy.compactMap(MoneyUnitNote.unit).first { return unit }
            i -= 1
            looked += 1
        }
        return "万元"
    }

    mutating func readFields(_ head: ArraySlice<SourceLine>, into record: inout ProjectRecord, moneyUnit: String = "万元")
    {
        var seen: Set<HeaderField> = []
        var projectTotal: Double?
        var annual: Double?
        var unitInfo: String?
        for line in head where line.isTableRow {
            for (field, value) in HeaderField.values(in: line) where !seen.contains(field) {
                seen.insert(field)
                switch field {
                case .name:
                    record.name = value
                    record.projectCode = ProjectCode.prefix(of: value)
                case .department:
                    let (code, name) = CellText.splitCode(value)
                    record.department = name
                    record.departmentCode = code
                case .unit:
                    let (code, name) = CellText.splitCode(value)
                    record.unit = name
                    record.unitCode = code
                case .unitInfo: unitInfo = value
                case .attribute: record.attribute = value
                case .period: record.period = value
                case .contact: record.contact = value
                case .projectTotal: projectTotal = Money.parseAmount(value, defaultUnit: moneyUnit)
                case .annualTotal: annual = Money.parseAmount(value, defaultUnit: moneyUnit)
                case .fiscal: record.budgetFiscal = Money.parseAmount(value, defaultUnit: moneyUnit)
                case .carryover: record.budgetCarryover = Money.parseAmount(value, defaultUnit: moneyUnit)
                case .goal: record.goal = value
                case .other: break
                }
            }
        }
        if record.unit == nil { record.unit = unitInfo }
        record.budgetProjectTotal = projectTotal
        record.budgetTotal = annual ?? projectTotal
    }

    mutating func warn(_ line: Int?, _ message: String) {
        warnings.append(LoadWarning(file: form.source, line: line, message: message))
    }
}
