import JixiaoEngine

/// The result of reading a data file (CSV, TSV, JSON): one table and everything that was padded,
/// repaired or guessed on the way.
public struct TableLoad: Sendable {
    public var table: Table
    public var warnings: [LoadWarning]
    /// The format read, for messages (`CSV`, `TSV`, `JSON`, `JSON Lines`).
    public var format: String

    public init(table: Table, warnings: [LoadWarning], format: String) {
        self.table = table
        self.warnings = warnings
        self.format = format
    }
}

/// What one file turned out to hold.
public enum FileContent: Sendable {
    /// A performance document: rows for `projects` and `indicators`.
    case document(DocumentLoad)
    /// A data table, to be named after the file or as the caller says.
    case table(TableLoad)

    public var warnings: [LoadWarning] {
        switch self {
        case .document(let load): return load.warnings
        case .table(let load): return load.warnings
        }
    }
}
