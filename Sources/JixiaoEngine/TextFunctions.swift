/// len, lower, upper, trim, substr, year: computed once per distinct string.
enum TextFunctions {
    static let all: [ScalarFunction] = [len, lower, upper, trim, substr, year]

    static let len = ScalarFunction(
        name: "len", arity: 1...1, summary: "len(s): the number of characters in s",
        example: "projects | select name, n = len(name) | sort -n | take 3",
        type: { _ in .integer },
        kernel: { args, count, context in
            try Kernel.mapStrings(args[0], count: count, key: "len", type: .integer, context: context) {
                .integer(Int64($0.count))
            }
        })

    static let lower = ScalarFunction(
        name: "lower", arity: 1...1, summary: "lower(s): s in lower case",
        example: "indicators | select u = lower(unit) | distinct",
        type: { _ in .string },
        kernel: { args, count, context in
            try Kernel.mapStrings(args[0], count: count, key: "lower", type: .string, context: context) {
                .string($0.lowercased())
            }
        })

    static let upper = ScalarFunction(
        name: "upper", arity: 1...1, summary: "upper(s): s in upper case",
        example: "indicators | select u = upper(unit) | distinct",
        type: { _ in .string },
        kernel: { args, count, context in
            try Kernel.mapStrings(args[0], count: count, key: "upper", type: .string, context: context) {
                .string($0.uppercased())
            }
        })

    static let trim = ScalarFunction(
        name: "trim", arity: 1...1, summary: "trim(s): s without leading and trailing white space",
        example: "projects | select t = trim(name) | take 3",
        type: { _ in .string },
        kernel: { args, count, context in
            try Kernel.mapStrings(args[0], count: count, key: "trim", type: .string, context: context) {
                .string(
                    String(
                        $0.unicodeScalars.drop(while: \.properties.isWhitespace).reversed()
                            .drop(while: \.properties.isWhitespace).reversed().map(Character.init)))
            }
        })

    static let substr = ScalarFunction(
        name: "substr", arity: 2...3,
        summary: "substr(s, start, length): characters of s from start (1-based), length of them (default: the rest)",
        example: "projects | select short = substr(name, 1, 4) | take 3",
        type: { _ in .string },
        kernel: { args, count, context in
            func constantInt(_ o: Operand) throws -> Int {
                guard case .constant(let v) = o, let n = v.number, n.isFinite else {
                    throw EngineError.invalidArgument("substr: start and length must be numbers")
                }
                return Int(max(-1e9, min(1e9, n)))
            }
            let start = try constantInt(args[1])
            let length = args.count == 3 ? try constantInt(args[2]) : Int.max
            return try Kernel.mapStrings(
                args[0], count: count, key: "substr \(start) \(length)", type: .string, context: context
            ) { s in
                let chars = Array(s)
                let lo = max(0, start - 1)
                guard lo < chars.count, length > 0 else { return .string("") }
                let hi = length == Int.max ? chars.count : min(chars.count, lo + length)
                return .string(String(chars[lo..<hi]))
            }
        })

    static let year = ScalarFunction(
        name: "year", arity: 1...1,
        summary: "year(x): the year of a date text such as 2022-12-30 or 2022年12月, or x itself when it is a number",
        example: "indicators | where target_text contains \"年\" | select target_text, y = year(target_text)",
        type: { _ in .integer },
        kernel: { args, count, context in
            // A number is its own year, truncated to a whole one: the result is an integer as the
            // type rule promises (a decimal constant used to be rejected as "needs a string").
            switch args[0] {
            case .constant(.integer): return args[0]
            case .constant(.double(let d)): return .constant(wholeYear(d).map(Value.integer) ?? .null)
            case .column(let c) where c.type == .integer: return args[0]
            case .column(let c) where c.type == .double:
                var builder = ColumnBuilder(type: .integer, capacity: count)
                for row in 0..<count { builder.append(integer: c.number(at: row).flatMap(wholeYear)) }
                return .column(builder.build())
            default: break
            }
            return try Kernel.mapStrings(args[0], count: count, key: "year", type: .integer, context: context) { s in
                var digits = ""
                for ch in s {
                    if ch.isASCII, ch.isNumber {
                        digits.append(ch); if digits.count == 4 { break }
                    } else {
                        digits = ""
                    }
                }
                guard digits.count == 4, let y = Int64(digits) else { return .null }
                return .integer(y)
            }
        })

    private static func wholeYear(_ d: Double) -> Int64? {
        d.isFinite && Swift.abs(d) < 1e15 ? Int64(d.rounded(.down)) : nil
    }
}
