import JixiaoEngine

/// The result of reading a data file (CSV, TSV, JSON): one table and everything that was padded,
/// repaired or guessed on the way.
public struct TableLoad: Sendable {
    public var table: Table
    public var warnings: [LoadWarning]
    /// The format read, for messages (`CSV`, `TSV`, `JSON`, `JSON Lines`).
    public var format: String
    /// The 1-based line of the file each row starts on, for warnings about a row found later
    /// (when the table is loaded as projects or indicators). Empty when not known.
    public var rowLines: [Int32]

    public init(table: Table, warnings: [LoadWarning], format: String, rowLines: [Int32] = []) {
        self.table = table
        self.warnings = warnings
        self.format = format
        self.rowLines = rowLines
    }

    /// The line row `row` starts on, nil when not known.
    public func line(ofRow row: Int) -> Int? {
        row < rowLines.count ? Int(rowLines[row]) : nil
    }
}

/// What one file turned out to hold.
public enum FileContent: Sendable {
    /// A performance document: rows for `projects` and `indicators`.
    case document(DocumentLoad)
    /// A data table, to be named after the file or as the caller says.
    case table(TableLoad)
    /// Several named tables (a SQLite database).
    case tables([NamedTableLoad])

    public var warnings: [LoadWarning] {
        switch self {
        case .document(let load): return load.warnings
        case .table(let load): return load.warnings
        case .tables(let loads): return loads.flatMap(\.load.warnings)
        }
    }
}

/// A table read under its own name, as each table of a database is.
public struct NamedTableLoad: Sendable {
    public var name: String
    public var load: TableLoad
}
