/// The ways a table can be written: drawn for a person, or plain for another program.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, tsv, json, jsonl, markdown
    /// One field per line, for long text (`.mode line`).
    case line

    /// The single registry of writers: adding a format means one case here and one writer file.
    var writer: any TableWriter.Type {
        switch self {
        case .table: return BoxTableWriter.self
        case .csv: return CSVWriter.self
        case .tsv: return TSVWriter.self
        case .json: return JSONWriter.self
        case .jsonl: return JSONLinesWriter.self
        case .markdown: return MarkdownWriter.self
        case .line: return LineModeWriter.self
        }
    }

    /// The usual file extension, without the dot (`save … to "x.md"` picks `.markdown`).
    public var fileExtension: String {
        switch self {
        case .table, .line: return "txt"
        case .csv: return "csv"
        case .tsv: return "tsv"
        case .json: return "json"
        case .jsonl: return "jsonl"
        case .markdown: return "md"
        }
    }

    /// Formats drawn for a person (rounded numbers, row limits, charts), not read by programs.
    public var isForPeople: Bool { self == .table || self == .line }

    /// The format a file extension names (case-insensitive, with or without the dot), if any.
    public init?(fileExtension: String) {
        var ext = fileExtension.lowercased()
        if ext.hasPrefix(".") { ext.removeFirst() }
        switch ext {
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "md", "markdown": self = .markdown
        case "txt": self = .table
        default: return nil
        }
    }
}
