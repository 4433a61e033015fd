import Foundation
import JixiaoDomain
import JixiaoEngine

/// A data table's columns matched to the columns of a model table (`projects` or `indicators`) by
/// name or Chinese label, and its cells read in the model's types.
///
/// Headers are compared without white space or a trailing colon and in any letter case, so
/// `一级指标`, `一级指标：` and `Level1` all find `level1`. A cell that the model column's type
/// cannot hold (text in `weight`) is left empty with a warning naming its line.
struct ModelColumnMatch {
    let load: TableLoad
    let file: String
    /// Model column name → column of the data table.
    private(set) var columnOf: [String: Int] = [:]
    /// Data columns no model column claimed; they are kept beside the model's.
    private(set) var extras: [Int] = []
    private(set) var warnings: [LoadWarning] = []
    private var unreadCells = 0

    static let listedUnreadCells = 100

    init(_ load: TableLoad, file: String, fields: [Field]) {
        self.load = load
        self.file = file
        var byKey: [String: String] = [:]
        for field in fields {
            for name in [field.name] + field.aliases where byKey[Self.key(name)] == nil {
                byKey[Self.key(name)] = field.name
            }
        }
        for (index, field) in load.table.fields.enumerated() {
            if let model = byKey[Self.key(field.name)], columnOf[model] == nil {
                columnOf[model] = index
            } else {
                extras.append(index)
            }
        }
    }

    static func key(_ header: String) -> String { CellText.compact(header).lowercased() }

    /// The text without surrounding white space (in canonical composed form, as documents are
    /// read: see `CanonicalText`); nil when nothing else is left.
    static func trimmed(_ text: String) -> String? {
        let trimmed = CanonicalText.composed(text.trimmingCharacters(in: .whitespacesAndNewlines))
        return trimmed.isEmpty ? nil : trimmed
    }

    func has(_ name: String) -> Bool { columnOf[name] != nil }

    func value(_ name: String, row: Int) -> Value {
        guard let c = columnOf[name], row < load.table.rowCount else { return .null }
        return load.table[row, c]
    }

    /// Each text column's values trimmed (nil when blank), one per dictionary code, made the
    /// first time the column is read: a column of millions of cells has far fewer values.
    private var trimmedValues: [Int: [String?]] = [:]

    /// A level column's values normalised (`LevelName.normalised`), one per dictionary code.
    private var levelValues: [Int: [String?]] = [:]

    /// The cell as a level name in its standard form (`11-数量指标` → `数量指标`).
    mutating func level(_ name: String, row: Int) -> String? {
        guard let c = columnOf[name], row < load.table.rowCount else { return nil }
        let column = load.table.columns[c]
        if let dict = column.dictionary, let code = column.code(at: row) {
            guard !column.isNull(row) else { return nil }
            if levelValues[c] == nil { levelValues[c] = dict.values.map { Self.trimmed($0).map(LevelName.normalised) } }
            return levelValues[c]?[Int(code)] ?? nil
        }
        return text(name, row: row).map(LevelName.normalised)
    }

    /// The cell as text; numbers are spelled as printed by the workbench, blank text is nil.
    mutating func text(_ name: String, row: Int) -> String? {
        guard let c = columnOf[name], row < load.table.rowCount else { return nil }
        let column = load.table.columns[c]
        if let dict = column.dictionary, let code = column.code(at: row) {
            guard !column.isNull(row) else { return nil }
            if trimmedValues[c] == nil { trimmedValues[c] = dict.values.map(Self.trimmed) }
            return trimmedValues[c]?[Int(code)] ?? nil
        }
        switch column[row] {
        case .null: return nil
        case .string(let s): return Self.trimmed(s)
        case .integer(let i): return String(i)
        case .double(let d): return Value.format(d)
        case .boolean(let b): return b ? "true" : "false"
        case .date(let d): return CivilDay.iso(d)
        }
    }

    /// The cell as a number: numbers as they are, text such as `1,200` or `95%` parsed.
    mutating func number(_ name: String, row: Int) -> Double? {
        switch value(name, row: row) {
        case .null: return nil
        case .integer(let i): return Double(i)
        case .double(let d): return d
        case .string(let s):
            if let d = CellText.number(s) { return d }
            if s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return nil }
            unread(name, s, row: row, as: "a number")
            return nil
        case .boolean(let b):
            unread(name, b ? "true" : "false", row: row, as: "a number")
            return nil
        case .date(let d):
            unread(name, CivilDay.iso(d), row: row, as: "a number")
            return nil
        }
    }

    mutating func integer(_ name: String, row: Int) -> Int? {
        guard let d = number(name, row: row) else { return nil }
        guard d == d.rounded(), abs(d) < 1e15 else {
            unread(name, Value.format(d), row: row, as: "a whole number")
            return nil
        }
        return Int(d)
    }

    mutating func warn(row: Int?, _ message: String) {
        warnings.append(LoadWarning(file: file, line: row.flatMap { load.line(ofRow: $0) }, message: message))
    }

    private mutating func unread(_ name: String, _ text: String, row: Int, as what: String) {
        unreadCells += 1
        if unreadCells <= Self.listedUnreadCells {
            warn(row: row, "\(name) \"\(text)\" is not \(what); left empty")
        }
    }

    /// The warnings with a count of those not listed one by one.
    var allWarnings: [LoadWarning] {
        guard unreadCells > Self.listedUnreadCells else { return warnings }
        return warnings + [
            LoadWarning(
                file: file, line: nil,
                message:
                    "\(unreadCells - Self.listedUnreadCells) more cells could not be read in their column's type; left empty"
            )
        ]
    }
}
