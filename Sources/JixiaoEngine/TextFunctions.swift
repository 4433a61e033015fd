/// len, lower, upper, trim, substr: computed once per distinct string.
enum TextFunctions {
    static let all: [ScalarFunction] = [len, lower, upper, trim, substr]

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
}
