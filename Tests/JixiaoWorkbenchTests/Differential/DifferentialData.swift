import JixiaoEngine
import JixiaoTestSupport

/// The kind of a generated column, which decides the expressions the generator may write on it.
enum ColumnKind: Equatable {
    case integer, double, string, boolean

    var isNumeric: Bool { self == .integer || self == .double }

    var sqlType: String {
        switch self {
        case .integer, .boolean: return "INTEGER"
        case .double: return "REAL"
        case .string: return "TEXT"
        }
    }
}

/// A column the generator knows about. `plainText` marks strings of ASCII and Chinese only, on
/// which SQLite's ASCII-only `lower`/`upper` and code-point `length` agree with jixiao.
struct GeneratedColumn: Equatable {
    var name: String
    var kind: ColumnKind
    var plainText = false
}

/// A generated table: its columns and rows, loadable into a session and into SQLite alike.
struct GeneratedTable {
    var name: String
    var columns: [GeneratedColumn]
    var rows: [[Value]]

    /// The table as jixiao holds it.
    var table: Table {
        var builders = columns.map { column -> ColumnBuilder in
            switch column.kind {
            case .integer: return ColumnBuilder(type: .integer)
            case .double: return ColumnBuilder(type: .double)
            case .string: return ColumnBuilder(type: .string)
            case .boolean: return ColumnBuilder(type: .boolean)
            }
        }
        for row in rows { for (i, v) in row.enumerated() { builders[i].append(v) } }
        return Table(fields: columns.map { Field($0.name) }, columns: builders.map { $0.build() }, rowCount: rows.count)
    }

    /// `CREATE TABLE` with declared types, then the rows in order, for sqlite3.
    var sqlScript: String {
        var lines = [
            "CREATE TABLE \(name)(" + columns.map { "\"\($0.name)\" \($0.kind.sqlType)" }.joined(separator: ", ") + ");"
        ]
        for row in rows {
            lines.append("INSERT INTO \(name) VALUES(" + row.map(SQLText.literal).joined(separator: ", ") + ");")
        }
        return lines.joined(separator: "\n")
    }
}

/// Spelling values in each language.
enum SQLText {
    static func literal(_ v: Value) -> String {
        switch v {
        case .null: return "NULL"
        case .integer(let i): return String(i)
        case .double(let d): return d.description
        case .string(let s): return "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
        case .boolean(let b): return b ? "1" : "0"
        case .date(let d): return "'" + CivilDay.iso(d) + "'"
        }
    }

    static func identifier(_ name: String) -> String { "\"\(name)\"" }
}

enum JixiaoText {
    /// A string literal in whichever quote the text does not contain.
    static func string(_ s: String) -> String {
        s.contains("\"") ? "'\(s)'" : "\"\(s)\""
    }

    /// A column reference; a joined column called `t2.v` is written as the qualified name it is.
    static func column(_ name: String) -> String { name }
}

/// The two tables every pipeline runs on, drawn from a fixed seed.
enum DifferentialData {
    /// Strings that probe the places engines disagree: empty text, spaces, quotes, commas,
    /// Chinese, a character outside the BMP (UTF-16 and code-point order differ there), a
    /// full-width character, and the same word precomposed and decomposed (equal to Swift's
    /// `==`, different to SQL).
    static let strings = [
        "北京", "上海", "成都市", "遂宁市医疗保障局", "apple", "Apple", "banana", "", " pad ", "a,b",
        "say \"hi\"", "it's", "Zebra", "\u{E9}clair", "e\u{301}clair", "中文abc", "\u{20000}", "\u{FF5E}", "z",
    ]
    static let plainStrings = ["北京", "上海", "Apple", "apple", "BANANA", "成都", "x"]

    static func tables(_ random: inout SplitMix) -> [GeneratedTable] {
        [left(&random), right(&random)]
    }

    private static func maybeNull(_ v: Value, _ random: inout SplitMix, _ p: Double = 0.15) -> Value {
        random.chance(p) ? .null : v
    }

    private static func double(_ random: inout SplitMix) -> Value {
        switch random.int(0...9) {
        case 0: return .double(0)
        case 1: return .double(Double(random.int(-20...20)))
        case 2: return .double(Double(random.int(-1_000_000...1_000_000)) / 1000)
        default: return .double(Double(random.int(-10_000...10_000)) / 100)
        }
    }

    private static func left(_ random: inout SplitMix) -> GeneratedTable {
        let columns = [
            GeneratedColumn(name: "id", kind: .integer), GeneratedColumn(name: "g", kind: .string, plainText: true),
            GeneratedColumn(name: "k", kind: .integer), GeneratedColumn(name: "a", kind: .integer),
            GeneratedColumn(name: "b", kind: .integer), GeneratedColumn(name: "x", kind: .double),
            GeneratedColumn(name: "y", kind: .double), GeneratedColumn(name: "s", kind: .string),
        ]
        var rows: [[Value]] = []
        for id in 1...60 {
            rows.append([
                .integer(Int64(id)),
                maybeNull(.string(random.pick(plainStrings)), &random),
                maybeNull(.integer(Int64(random.int(0...6))), &random),
                maybeNull(.integer(Int64(random.int(-50...50))), &random),
                maybeNull(.integer(Int64(random.int(-3...3))), &random, 0.2),
                maybeNull(double(&random), &random),
                maybeNull(double(&random), &random, 0.3),
                maybeNull(.string(random.pick(strings)), &random),
            ])
        }
        return GeneratedTable(name: "t1", columns: columns, rows: rows)
    }

    private static func right(_ random: inout SplitMix) -> GeneratedTable {
        let columns = [
            GeneratedColumn(name: "k", kind: .integer), GeneratedColumn(name: "label", kind: .string, plainText: true),
            GeneratedColumn(name: "v", kind: .double), GeneratedColumn(name: "a", kind: .integer),
        ]
        var rows: [[Value]] = []
        for _ in 1...12 {
            rows.append([
                maybeNull(.integer(Int64(random.int(0...8))), &random, 0.1),
                maybeNull(.string(random.pick(plainStrings)), &random),
                maybeNull(double(&random), &random),
                maybeNull(.integer(Int64(random.int(-9...9))), &random),
            ])
        }
        return GeneratedTable(name: "t2", columns: columns, rows: rows)
    }
}
