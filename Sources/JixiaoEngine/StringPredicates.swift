import Foundation

/// `contains` and `matches`, evaluated once per distinct string of a dictionary column.
enum StringPredicates {
    static func contains(_ l: Operand, _ r: Operand, count: Int, context: ExecutionContext) throws -> Operand {
        switch (l, r) {
        case (.constant(.null), _), (_, .constant(.null)): return .constant(.null)
        case (.constant(.string(let a)), .constant(.string(let b))): return .constant(.boolean(scalarsContain(a, b)))
        case (.column(let c), .constant(.string(let needle))):
            return try perString(c, "contains \(needle)", context) { scalarsContain($0, needle) }
        case (.column(let c), .column(let d)):
            guard c.type == .string, d.type == .string else { throw needStrings }
            let validity = Bitmap.intersect(c.validity, d.validity)
            return .column(
                booleanColumn(count: count, validity: validity) { i in
                    guard let a = c.string(at: i), let b = d.string(at: i) else { return false }
                    return scalarsContain(a, b)
                })
        case (.constant(.string(let hay)), .column(let d)):
            guard d.type == .string else { throw needStrings }
            return try perString(d, "contained in \(hay)", context) { scalarsContain(hay, $0) }
        default:
            throw needStrings
        }
    }

    static func matches(_ operand: Operand, pattern: String, count: Int, context: ExecutionContext) throws -> Operand {
        let regex: NSRegularExpression
        do { regex = try NSRegularExpression(pattern: pattern) } catch {
            throw EngineError.invalidArgument("invalid regular expression \"\(pattern)\"")
        }
        let test: (String) -> Bool = { s in
            regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
        }
        switch operand {
        case .constant(.null): return .constant(.null)
        case .constant(.string(let s)): return .constant(.boolean(test(s)))
        case .column(let c): return try perString(c, "matches \(pattern)", context, test)
        default: throw EngineError.typeMismatch("`matches` needs a string")
        }
    }

    /// Substring search by code point, like SQL's instr (see `firstExactRange(of:)`).
    static func scalarsContain(_ haystack: String, _ needle: String) -> Bool { haystack.containsExactly(needle) }

    private static var needStrings: EngineError { .typeMismatch("`contains` needs strings on both sides") }

    private static func perString(
        _ c: Column, _ key: String, _ context: ExecutionContext,
        _ test: (String) -> Bool
    ) throws -> Operand {
        guard case .string(let codes, let dict) = c.data else {
            throw EngineError.typeMismatch("`contains`/`matches` need a string column, got \(c.type.rawValue)")
        }
        let truth = context.perDictionary(dict, key) { dict.values.map(test) }
        return .column(columnFromTruthTable(codes, truth, c.validity))
    }
}
