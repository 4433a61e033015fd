import JixiaoDomain

/// Reads any of the published layouts: splits the text into projects at their 项目名称 rows,
/// reads each project's labelled header fields, lets the layout read what only it prints, then
/// reads the indicator rows under the 三级指标 header by content.
struct FormReader {
    let text: SourceText
    let source: String
    let layout: any DocumentLayout.Type

    /// The kind of every project of the document: the layout's, or its 部门整体 form when the
    /// titles say the whole department is the subject.
    var kind: DocumentKind {
        isWholeDepartment ? layout.kind.forWholeDepartment : layout.kind
    }

    var isWholeDepartment: Bool {
        text.lines.contains { !$0.isTableRow && CellText.compact($0.raw).containsExactly("部门整体") }
    }

    func read() -> ParsedDocument {
        var doc = ParsedDocument(kind: kind)
        let codeNames = LevelTracker.codeNames(in: text)
        let fallbackYear = DocumentYear.mostFrequent(in: text)
        // One table of many projects, a row per indicator: read by its columns.
        if let k = text.lines.firstIndex(where: { ProjectListForm($0) != nil }),
            let list = ProjectListForm(text.lines[k])
        {
            let (projects, warnings) = list.read(
                text.lines[(k + 1)...], form: self, codeNames: codeNames, fallbackYear: fallbackYear)
            doc.projects = projects
            doc.warnings = warnings
            return doc
        }
        var starts = projectStarts()
        var list: ProjectList?
        let firstStart = starts.first ?? text.lines.count
        // Indicator rows before any 项目名称 (a page cut at the top, a fragment): a project whose
        // header is lost, with its name left empty.
        if let firstLevel = text.lines[..<firstStart].firstIndex(where: Self.startsIndicators) {
            // Indicator-shaped rows just above the first level label belong to it (a merged level cell printed lower).
            var headless = firstLevel
            while headless > 0, Self.looksLikeIndicatorRow(text.lines[headless - 1]) { headless -= 1 }
            starts.insert(headless, at: 0)
            doc.warnings.append(
                warning(
                    text.lines[headless].number,
                    "indicator rows before any project header (项目名称): read as a project whose name is cut off"))
        } else if let first = starts.first {
            list = ProjectList(text.lines[..<first])
            let before = text.lines[..<first].filter { $0.isTableRow && !$0.isBlank }
            if list == nil, let a = before.first, let b = before.last {
                doc.warnings.append(
                    warning(
                        a.number,
                        "lines \(a.number)–\(b.number): table rows before the first project (项目名称) were not read as data"
                    ))
            }
        }
        var unread: [SourceLine] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : text.lines.count
            var reader = ProjectReader(form: self, codeNames: codeNames, fallbackYear: fallbackYear)
            let project = reader.read(text.lines[start..<end], startIndex: start)
            doc.projects.append(project)
            doc.warnings += reader.warnings
            unread += reader.unread
        }
        // A line that names a project read is the document's list of its projects.
        let names = Set(doc.projects.map { CellText.compact($0.record.name) })
        let lines = unread + text.lines.filter { !$0.isTableRow }
        for line in lines.sorted(by: { $0.number < $1.number })
        where !Boilerplate.isRecognised(line.raw) && !names.contains(CellText.compact(line.raw)) {
            notUnderstood(line, in: &doc)
        }
        if let list { doc.warnings += list.missing(from: doc.projects, source: source) }
        if !starts.isEmpty, !layoutPrintsDirection {
            let inferred = doc.projects.flatMap(\.indicators).filter { $0.direction != nil }.count
            if inferred > 0 {
                doc.warnings.append(
                    warning(
                        nil,
                        "指标方向性 is not printed: direction inferred from the target for \(inferred) indicators (≤, 以内, deadlines, bare cost ceilings and bare 0 → 反向; ≥, = and other bare numbers → 正向; none for qualitative targets)"
                    ))
            }
        }
        return doc
    }

    var layoutPrintsDirection: Bool {
        text.lines.contains { IndicatorHeader($0)?.hasDirection == true }
    }

    /// Indexes of the lines that start a project: a 项目名称 label followed by a name, or the
    /// labelled fields printed just above it (`单位信息 | 市医保局` on a row of its own).
    func projectStarts() -> [Int] {
        var starts: [Int] = []
        // A 部门整体 form has no 项目名称: the department's own row starts its one "project".
        let opening: HeaderField =
            isWholeDepartment
                && !text.lines.contains { line in
                    line.isTableRow && HeaderField.values(in: line).contains { $0.0 == .name }
                } ? .department : .name
        for i in text.lines.indices {
            let line = text.lines[i]
            guard line.isTableRow, HeaderField.values(in: line).contains(where: { $0.0 == opening }) else { continue }
            var start = i
            while start > (starts.last.map { $0 + 1 } ?? 0), Self.isFieldRow(text.lines[start - 1]) { start -= 1 }
            starts.append(start)
        }
        return starts
    }

    /// A row that opens with a project field label other than the name (`单位信息:`, `主管部门`).
    static func isFieldRow(_ line: SourceLine) -> Bool {
        guard line.isTableRow, let first = line.filled.first, let field = HeaderField.label(first.text) else {
            return false
        }
        return field != .name && field != .other
    }

    /// An indicator header or a row that opens with a level label.
    static func startsIndicators(_ line: SourceLine) -> Bool {
        guard line.isTableRow else { return false }
        if IndicatorHeader(line) != nil { return true }
        guard let first = line.filled.first else { return false }
        return LevelName.label(first.text) != nil
    }

    /// A row of a name and values, one of them a target (`发放及时率 | = | 100 | % | 5`), printed
    /// without a level label.
    static func looksLikeIndicatorRow(_ line: SourceLine) -> Bool {
        guard line.isTableRow else { return false }
        let filled = line.filled.map(\.text)
        guard filled.count >= 3, let first = filled.first,
            FormVocabulary.kind(of: first, inIndicators: true) == .text
        else { return false }
        return filled.dropFirst().contains { cell in
            let key = HeaderField.key(cell)
            return TargetOperator(natureCell: key) != nil || FormVocabulary.startsWithOperatorAndNumber(key)
        }
    }

    /// A line nothing read: one warning with an excerpt, counted for the load's summary.
    func notUnderstood(_ line: SourceLine, in doc: inout ParsedDocument) {
        let text = line.cells.filter { !$0.isEmpty }.joined(separator: " | ")
        let excerpt = text.count > 60 ? String(text.prefix(60)) + "…" : text
        doc.warnings.append(warning(line.number, "not understood: \(excerpt)"))
        doc.linesNotUnderstood += 1
    }

    func warning(_ line: Int?, _ message: String) -> LoadWarning {
        LoadWarning(file: source, line: line, message: message)
    }
}
