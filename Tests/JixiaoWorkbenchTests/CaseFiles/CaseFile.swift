import Foundation

/// A parsed `.jxtest` file: a list of records run in order against one fresh session.
///
/// The format, in the spirit of DuckDB's sqllogictest, is plain text so that anyone can add a case
/// without writing Swift. Records are separated by blank lines; `#` starts a comment line between
/// records. The records are:
///
/// ```
/// datasets                          load the bundled Datasets/ into the session
///
/// table NAME col:type, col[中文名]:type, …
/// a,1,2.5,true                      rows as CSV; an empty field is null, "" an empty string
///
/// statement ok                      the statements must succeed
/// STATEMENTS
/// [----
/// expected message fragments]       (without `----` the session must stay silent on stderr)
///
/// statement error                   the statements must fail (exit code 2 kind)
/// STATEMENTS
/// ----
/// expected message fragments        each line must occur in the messages, in this order
///
/// statement assert-fails            an `assert` must fail (exit code 1 kind)
/// …same as statement error…
///
/// query [csv|tsv|json|jsonl|markdown|table] [rowsort]
/// STATEMENTS
/// ----
/// expected output, exactly (csv by default; rowsort sorts the lines after the header)
/// [---- messages
/// expected message fragments]
/// ```
///
/// Types are `string`, `integer`, `double` and `boolean`; a column may list Chinese labels it
/// also answers to in brackets, separated by `|`. Statements may span several lines (the usual
/// continuation rules apply). A blank line ends a record, so an empty output line (a lone null
/// in CSV) is written `<empty>`.
struct CaseFile {
    enum Kind: Equatable {
        case datasets
        case table(name: String, columns: [ColumnSpec], rows: [String])
        case statementOK
        case statementError
        case assertFails
        case query(format: String, rowSort: Bool)
    }

    struct ColumnSpec: Equatable {
        var name: String
        var labels: [String]
        var type: String
    }

    struct Record {
        var kind: Kind
        /// 1-based line of the record's first line, for failure messages.
        var line: Int
        var statements: String = ""
        var expectedOutput: [String] = []
        /// Lines each of which must occur in the session's messages.
        var expectedMessages: [String]? = nil
    }

    var records: [Record]

    /// Parses the text of a case file, or throws a message naming the line at fault.
    init(parsing text: String) throws {
        var records: [Record] = []
        var blocks: [(line: Int, lines: [String])] = []
        var current: [String] = []
        var start = 0
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw).trimmingTrailingWhitespace
            if line.isEmpty {
                if !current.isEmpty { blocks.append((start, current)) }
                current = []
            } else if current.isEmpty && line.hasPrefix("#") {
                continue
            } else {
                if current.isEmpty { start = i + 1 }
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append((start, current)) }
        for block in blocks { records.append(try Self.record(block.lines, line: block.line)) }
        self.records = records
    }

    private static func record(_ lines: [String], line: Int) throws -> Record {
        let words = lines[0].split(separator: " ").map(String.init)
        let body = Array(lines.dropFirst())
        switch words.first {
        case "datasets":
            return Record(kind: .datasets, line: line)
        case "table":
            guard words.count >= 3 else { throw CaseFileError(line, "write `table NAME col:type, …`") }
            let header = lines[0].dropFirst("table ".count + words[1].count)
            let columns = try header.split(separator: ",").map { try columnSpec(String($0), line: line) }
            return Record(kind: .table(name: words[1], columns: columns, rows: body), line: line)
        case "statement":
            let kind: Kind
            switch words.dropFirst().first {
            case "ok": kind = .statementOK
            case "error": kind = .statementError
            case "assert-fails": kind = .assertFails
            default: throw CaseFileError(line, "write `statement ok`, `statement error` or `statement assert-fails`")
            }
            var record = Record(kind: kind, line: line)
            let (statements, expected, _) = split(body)
            record.statements = statements
            if let expected { record.expectedMessages = expected }
            if kind != .statementOK && (expected ?? []).isEmpty {
                throw CaseFileError(line, "an expected failure needs `----` and the message it must contain")
            }
            return record
        case "query":
            let options = Set(words.dropFirst())
            let formats = options.subtracting(["rowsort"])
            guard formats.count <= 1, formats.isSubset(of: ["csv", "tsv", "json", "jsonl", "markdown", "table"]) else {
                throw CaseFileError(line, "unknown query options \(formats.sorted())")
            }
            var record = Record(
                kind: .query(format: formats.first ?? "csv", rowSort: options.contains("rowsort")), line: line)
            let (statements, expected, messages) = split(body)
            guard let expected else { throw CaseFileError(line, "a query needs `----` and its expected output") }
            record.statements = statements
            record.expectedOutput = expected
            record.expectedMessages = messages
            return record
        default:
            throw CaseFileError(line, "unknown record `\(lines[0])`")
        }
    }

    /// Statements, then the lines after `----`, then the lines after `---- messages`.
    private static func split(_ body: [String]) -> (String, [String]?, [String]?) {
        guard let separator = body.firstIndex(of: "----") else { return (body.joined(separator: "\n"), nil, nil) }
        let statements = body[..<separator].joined(separator: "\n")
        let rest = Array(body[(separator + 1)...])
        guard let messages = rest.firstIndex(of: "---- messages") else { return (statements, rest, nil) }
        return (statements, Array(rest[..<messages]), Array(rest[(messages + 1)...]))
    }

    /// `name:type` or `name[标签|别名]:type`.
    private static func columnSpec(_ text: String, line: Int) throws -> ColumnSpec {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":").map(String.init)
        guard parts.count == 2, ["string", "integer", "double", "boolean", "date"].contains(parts[1]) else {
            throw CaseFileError(
                line, "a column is `name:type` with type string, integer, double, boolean or date, got `\(text)`")
        }
        var name = parts[0]
        var labels: [String] = []
        if let open = name.firstIndex(of: "["), name.hasSuffix("]") {
            labels = name[name.index(after: open)..<name.index(before: name.endIndex)].split(separator: "|").map(
                String.init)
            name = String(name[..<open])
        }
        return ColumnSpec(name: name, labels: labels, type: parts[1])
    }
}

struct CaseFileError: Error, CustomStringConvertible {
    let description: String
    init(_ line: Int, _ message: String) { description = "line \(line): \(message)" }
}

extension String {
    var trimmingTrailingWhitespace: String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s.removeLast() }
        return String(s)
    }
}
