import JixiaoDomain

/// The list of projects some documents print before the first form (`序号 | 项目名称`, seed 004).
/// It is not data of its own, but it says which projects the document should contain, so the
/// projects read are checked against it.
struct ProjectList {
    /// The header line of the list.
    let line: Int
    /// Listed names with their lines.
    let entries: [(line: Int, name: String)]

    /// The list among `lines`, nil when they hold none.
    init?(_ lines: ArraySlice<SourceLine>) {
        guard let header = lines.first(where: { $0.isTableRow && $0.index(of: "项目名称") != nil }),
            let column = header.index(of: "项目名称")
        else { return nil }
        var entries: [(Int, String)] = []
        for l in lines where l.number > header.number && l.isTableRow && !l.isBlank {
            let name = column < l.cells.count && !l.cells[column].isEmpty ? l.cells[column] : l.filled.last?.text
            if let name { entries.append((l.number, name)) }
        }
        guard !entries.isEmpty else { return nil }
        self.line = header.number
        self.entries = entries
    }

    /// Warnings for listed projects that were not read.
    func missing(from projects: [ParsedProject], source: String) -> [LoadWarning] {
        let read = Set(projects.map { CellText.compact($0.record.name) })
        return entries.filter { !read.contains(CellText.compact($0.name)) }.map {
            LoadWarning(
                file: source, line: $0.line,
                message: "project \($0.name) is in the document's project list but no form for it was read")
        }
    }
}
