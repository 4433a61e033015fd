import Foundation
import JixiaoText

/// concat, replace, regexp_replace, regexp_extract, split_part, starts_with, ends_with, strpos,
/// lpad, rpad: text built from several arguments, row by row.
enum StringFunctions {
    static let all: [ScalarFunction] = [
        concat, replace, regexpReplace, regexpExtract, splitPart, startsWith, endsWith, strpos, lpad, rpad,
    ]

    /// Each row's argument values; a constant stands for every row.
    static func rows(
        _ args: [Operand], _ count: Int, _ body: ([Value]) throws -> Value, type: DataType
    ) rethrows -> Operand {
        if args.allSatisfy({ if case .constant = $0 { return true } else { return false } }) {
            return .constant(try body(args.map { if case .constant(let v) = $0 { return v } else { return .null } }))
        }
        let columns = args.map { $0.materialize(count: count) }
        var builder = ColumnBuilder(type: type, capacity: count)
        var values = [Value](repeating: .null, count: args.count)
        for row in 0..<count {
            for i in columns.indices { values[i] = columns[i][row] }
            builder.append(try body(values))
        }
        return .column(builder.build())
    }

    /// The arguments as text, or nil when one is null (SQL's rule for most string functions).
    static func texts(_ values: [Value]) -> [String]? {
        var out: [String] = []
        for v in values {
            if v.isNull { return nil }
            out.append(v.description)
        }
        return out
    }

    static func needsText(_ name: String, _ positions: [Int]) -> @Sendable ([DataType?]) throws -> DataType? {
        { types in
            for p in positions where p < types.count {
                if let t = types[p], t != .string {
                    throw EngineError.typeMismatch("\(name)() needs text, but argument \(p + 1) is \(t.noun)")
                }
            }
            return .string
        }
    }

    static let concat = ScalarFunction(
        name: "concat", arity: 1...64,
        summary: "concat(a, …): the values joined as text, nulls skipped (a || b is null when a side is)",
        example: "projects | select label = concat(department, \"：\", name) | take 3",
        type: { _ in .string },
        kernel: { args, count, _ in
            rows(
                args, count, { values in .string(values.filter { !$0.isNull }.map(\.description).joined()) },
                type: .string)
        })

    static let replace = ScalarFunction(
        name: "replace", arity: 3...3,
        summary: "replace(s, from, to): s with every `from` replaced by `to`",
        example: "projects | select name, short = replace(name, \"经费\", \"\") | take 3",
        type: needsText("replace", [0, 1, 2]),
        kernel: { args, count, _ in
            rows(
                args, count,
                { values in
                    guard let t = texts(values) else { return .null }
                    return .string(t[1].isEmpty ? t[0] : t[0].replacingOccurrences(of: t[1], with: t[2]))
                }, type: .string)
        })

    static func regex(_ pattern: String) throws -> NSRegularExpression {
        do { return try NSRegularExpression(pattern: pattern) } catch {
            throw EngineError.invalidArgument("invalid regular expression \"\(pattern)\"")
        }
    }

    static let regexpReplace = ScalarFunction(
        name: "regexp_replace", arity: 3...3,
        summary: "regexp_replace(s, pattern, to): s with every match of pattern replaced ($1 for a group)",
        example: "indicators | select target_text, digits = regexp_replace(target_text, \"[^0-9.]\", \"\") | take 5",
        type: needsText("regexp_replace", [0, 1, 2]),
        kernel: { args, count, _ in
            try rows(
                args, count,
                { values in
                    guard let t = texts(values) else { return .null }
                    let expression = try regex(t[1])
                    let range = NSRange(t[0].startIndex..., in: t[0])
                    return .string(expression.stringByReplacingMatches(in: t[0], range: range, withTemplate: t[2]))
                }, type: .string)
        })

    static let regexpExtract = ScalarFunction(
        name: "regexp_extract", arity: 2...3,
        summary: "regexp_extract(s, pattern [, group]): the first match (or its group); null when none",
        example: "indicators | select target_text, number = regexp_extract(target_text, \"[0-9.]+\") | take 5",
        type: needsText("regexp_extract", [0, 1]),
        kernel: { args, count, _ in
            try rows(
                args, count,
                { values in
                    guard let t = texts(Array(values.prefix(2))) else { return .null }
                    let group = values.count > 2 ? Int(values[2].number ?? 0) : 0
                    let expression = try regex(t[1])
                    let text = t[0] as NSString
                    guard let match = expression.firstMatch(in: t[0], range: NSRange(location: 0, length: text.length)),
                        group >= 0, group < match.numberOfRanges, match.range(at: group).location != NSNotFound
                    else { return .null }
                    return .string(text.substring(with: match.range(at: group)))
                }, type: .string)
        })

    static let splitPart = ScalarFunction(
        name: "split_part", arity: 3...3,
        summary: "split_part(s, sep, n): the n-th piece of s split at sep (from 1; empty beyond the last)",
        example: "indicators | select target_text, first = split_part(target_text, \"-\", 1) | take 5",
        type: needsText("split_part", [0, 1]),
        kernel: { args, count, _ in
            rows(
                args, count,
                { values in
                    guard let t = texts(Array(values.prefix(2))), let n = values[2].number else { return .null }
                    let pieces = t[1].isEmpty ? [t[0]] : t[0].components(separatedBy: t[1])
                    let i = Int(n)
                    return .string(i >= 1 && i <= pieces.count ? pieces[i - 1] : "")
                }, type: .string)
        })

    static let startsWith = textTest(
        "starts_with", "starts_with(s, prefix): whether s begins with prefix",
        example: "indicators | where starts_with(level2, \"数量\") | count level2"
    ) { $0.hasPrefix($1) }

    static let endsWith = textTest(
        "ends_with", "ends_with(s, suffix): whether s ends with suffix",
        example: "projects | where ends_with(name, \"经费\") | select name"
    ) { $0.hasSuffix($1) }

    /// A true/false function of two texts, null when either is null.
    private static func textTest(
        _ name: String, _ summary: String, example: String, _ test: @escaping @Sendable (String, String) -> Bool
    ) -> ScalarFunction {
        ScalarFunction(
            name: name, arity: 2...2, summary: summary, example: example,
            type: { types in
                _ = try needsText(name, [0, 1])(types); return .boolean
            },
            kernel: { args, count, _ in
                rows(
                    args, count, { values in texts(values).map { .boolean(test($0[0], $0[1])) } ?? .null },
                    type: .boolean)
            })
    }

    static let strpos = ScalarFunction(
        name: "strpos", arity: 2...2,
        summary: "strpos(s, sub): where sub first occurs in s, counting characters from 1; 0 when it does not",
        example: "projects | select name, at = strpos(name, \"经费\") | take 3",
        type: { types in
            _ = try needsText("strpos", [0, 1])(types); return .integer
        },
        kernel: { args, count, _ in
            rows(
                args, count,
                { values in
                    guard let t = texts(values) else { return .null }
                    if t[1].isEmpty { return .integer(1) }
                    guard let range = t[0].range(of: t[1]) else { return .integer(0) }
                    return .integer(Int64(t[0].distance(from: t[0].startIndex, to: range.lowerBound) + 1))
                }, type: .integer)
        })

    /// `s` padded on one side with `fill` to `width` terminal cells, or cut to it.
    static func pad(_ values: [Value], left: Bool) -> Value {
        guard let s = values.first, !s.isNull, let n = values[1].number else { return .null }
        let width = max(0, min(Int(n), 10_000))
        let fill = values.count > 2 ? (values[2].isNull ? "" : values[2].description) : " "
        var text = s.description
        var cells = TerminalWidth.cells(of: text)
        if cells > width {
            var kept = ""
            cells = 0
            for character in text {
                let w = TerminalWidth.cells(character)
                if cells + w > width { break }
                kept.append(character)
                cells += w
            }
            return .string(kept)
        }
        guard !fill.isEmpty, TerminalWidth.cells(of: fill) > 0 else { return .string(text) }
        var padding = ""
        var padCells = 0
        outer: while cells + padCells < width {
            for character in fill {
                let w = TerminalWidth.cells(character)
                if cells + padCells + w > width { break outer }
                padding.append(character)
                padCells += w
            }
        }
        text = left ? padding + text : text + padding
        return .string(text)
    }

    static let lpad = ScalarFunction(
        name: "lpad", arity: 2...3,
        summary: "lpad(s, n [, fill]): s padded on the left to n terminal cells (a Chinese character is two)",
        example: "projects | select code = lpad(department, 12, \"·\") | take 3",
        type: { _ in .string },
        kernel: { args, count, _ in rows(args, count, { pad($0, left: true) }, type: .string) })

    static let rpad = ScalarFunction(
        name: "rpad", arity: 2...3,
        summary: "rpad(s, n [, fill]): s padded on the right to n terminal cells (a Chinese character is two)",
        example: "projects | select code = rpad(department, 12, \"·\") | take 3",
        type: { _ in .string },
        kernel: { args, count, _ in rows(args, count, { pad($0, left: false) }, type: .string) })
}
