import JixiaoEngine

/// The result of reading one performance document: its rows for the `projects` and `indicators`
/// tables, and everything that was skipped or guessed.
public struct DocumentLoad: Sendable {
    public var projects: Table
    public var indicators: Table
    public var warnings: [LoadWarning]
    /// Lines of the document that were neither read nor recognised as titles or boilerplate.
    public var linesNotUnderstood: Int

    public init(projects: Table, indicators: Table, warnings: [LoadWarning], linesNotUnderstood: Int = 0) {
        self.projects = projects
        self.indicators = indicators
        self.warnings = warnings
        self.linesNotUnderstood = linesNotUnderstood
    }

    /// The same rows with their ids counted from `firstProjectID` and `firstIndicatorID` instead
    /// of the ids they were read with (a document read on its own starts at 1), so documents
    /// read side by side are numbered in file order afterwards.
    public func numbered(from read: LoadOptions, to firstProjectID: Int, _ firstIndicatorID: Int) -> DocumentLoad {
        let projectShift = Int64(firstProjectID - read.firstProjectID)
        let indicatorShift = Int64(firstIndicatorID - read.firstIndicatorID)
        var out = self
        out.projects = Self.shifted(projects, "project_id", by: projectShift)
        out.indicators = Self.shifted(
            Self.shifted(indicators, "indicator_id", by: indicatorShift), "project_id", by: projectShift)
        return out
    }

    private static func shifted(_ table: Table, _ name: String, by shift: Int64) -> Table {
        guard shift != 0, let i = table.index(of: name), case .integer(let ids) = table.columns[i].widened.data else {
            return table
        }
        var out = table
        out.set(table.fields[i].name, Column(.integer(ids.map { $0 &+ shift }), validity: table.columns[i].validity))
        return out
    }

    /// The one-line summary SPEC §4 asks every load to end with.
    public func summary(file: String) -> String {
        let w = warnings.count
        let lost =
            linesNotUnderstood == 0
            ? "" : ", \(linesNotUnderstood) line\(linesNotUnderstood == 1 ? "" : "s") not understood"
        return
            "\(file): \(projects.rowCount) projects, \(indicators.rowCount) indicators, \(w) warning\(w == 1 ? "" : "s")\(lost)"
    }
}
