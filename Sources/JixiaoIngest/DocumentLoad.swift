import JixiaoEngine

/// The result of reading one performance document: its rows for the `projects` and `indicators`
/// tables, and everything that was skipped or guessed.
public struct DocumentLoad: Sendable {
    public var projects: Table
    public var indicators: Table
    public var warnings: [LoadWarning]

    public init(projects: Table, indicators: Table, warnings: [LoadWarning]) {
        self.projects = projects
        self.indicators = indicators
        self.warnings = warnings
    }

    /// The one-line summary SPEC §4 asks every load to end with.
    public func summary(file: String) -> String {
        let w = warnings.count
        return "\(file): \(projects.rowCount) projects, \(indicators.rowCount) indicators, \(w) warning\(w == 1 ? "" : "s")"
    }
}
