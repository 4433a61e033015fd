/// One result cell, with the engines' spellings normalised away: numbers as Doubles (jixiao
/// prints 2.0 as `2`, SQLite as `2.0`), booleans as 1 and 0 (SQLite has no booleans), text kept
/// as its exact Unicode scalars.
enum ResultCell: CustomStringConvertible {
    case null
    case number(Double)
    case text(String)

    var description: String {
        switch self {
        case .null: return "NULL"
        case .number(let d): return d.description
        case .text(let s):
            return "'\(s)'"
                + (s.unicodeScalars.contains { !$0.isASCII }
                    ? " \(s.unicodeScalars.map { String($0.value, radix: 16) })" : "")
        }
    }

    /// Equal within a relative tolerance of 1e-9 for numbers, scalar for scalar for text.
    func matches(_ other: ResultCell) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.number(let a), .number(let b)):
            if a == b { return true }
            let difference = abs(a - b)
            return difference <= 1e-9 * max(abs(a), abs(b)) || difference < 1e-12
        case (.text(let a), .text(let b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        default: return false
        }
    }

    /// A total order for sorting rows into a canonical multiset order.
    static func precedes(_ a: ResultCell, _ b: ResultCell) -> Bool {
        switch (a, b) {
        case (.null, .null): return false
        case (.null, _): return true
        case (_, .null): return false
        case (.number(let x), .number(let y)): return x < y
        case (.number, .text): return true
        case (.text, .number): return false
        case (.text(let x), .text(let y)): return x.utf8.lexicographicallyPrecedes(y.utf8)
        }
    }
}

/// Comparing two results row for row, or as multisets when no order is defined.
enum ResultComparison {
    static func rowsPrecede(_ a: [ResultCell], _ b: [ResultCell]) -> Bool {
        for (x, y) in zip(a, b) {
            if ResultCell.precedes(x, y) { return true }
            if ResultCell.precedes(y, x) { return false }
        }
        return a.count < b.count
    }

    /// nil when the results agree, else a description of the first difference.
    static func difference(_ jixiao: [[ResultCell]], _ sqlite: [[ResultCell]], ordered: Bool) -> String? {
        guard jixiao.count == sqlite.count else { return "jixiao has \(jixiao.count) rows, sqlite3 \(sqlite.count)" }
        let left = ordered ? jixiao : jixiao.sorted(by: rowsPrecede)
        let right = ordered ? sqlite : sqlite.sorted(by: rowsPrecede)
        for (i, (a, b)) in zip(left, right).enumerated() {
            guard a.count == b.count, zip(a, b).allSatisfy({ $0.matches($1) }) else {
                return "row \(i + 1)\(ordered ? "" : " (sorted)") differs: jixiao \(a) vs sqlite3 \(b)"
            }
        }
        return nil
    }

    /// Reads jixiao's CSV output against the column kinds the generator expects.
    static func jixiaoRows(_ csv: String, columns: [GeneratedColumn]) -> (header: [String], rows: [[ResultCell]]) {
        let records = CSVLine.records(csv)
        guard let header = records.first else { return ([], []) }
        let rows = records.dropFirst().map { record in
            record.enumerated().map { i, field -> ResultCell in
                guard let text = field.nonNull else { return .null }
                let kind = i < columns.count ? columns[i].kind : .string
                switch kind {
                case .string: return .text(text)
                case .boolean: return text == "true" ? .number(1) : text == "false" ? .number(0) : .text(text)
                case .integer, .double: return Double(text).map(ResultCell.number) ?? .text(text)
                }
            }
        }
        return (header.map(\.text), rows)
    }
}
