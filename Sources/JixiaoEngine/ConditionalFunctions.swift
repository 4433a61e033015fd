/// if and coalesce: pick, row by row, between already evaluated columns.
enum ConditionalFunctions {
    static let all: [ScalarFunction] = [ifFunction, coalesce]

    static let ifFunction = ScalarFunction(
        name: "if", arity: 3...3,
        summary: "if(cond, a, b): a where cond is true, otherwise b (null cond counts as false)",
        example: "indicators | derive ok = if(actual >= target, \"达标\", \"未达标\") | count ok",
        type: { args in try widen(Array(args.dropFirst())) },
        kernel: { args, count, _ in
            let type = try widen([args[1].type, args[2].type]) ?? .integer
            let cond = args[0].materialize(count: count, type: .boolean)
            guard case .boolean(let flags) = cond.data else {
                throw EngineError.typeMismatch("if(cond, a, b): cond must be true/false")
            }
            let a = args[1].materialize(count: count, type: type), b = args[2].materialize(count: count, type: type)
            var builder = ColumnBuilder(type: type, capacity: count)
            for i in 0..<count {
                builder.append(flags[i] && !cond.isNull(i) ? a[i] : b[i])
            }
            return .column(builder.build())
        })

    static let coalesce = ScalarFunction(
        name: "coalesce", arity: 1...64,
        summary: "coalesce(a, b, …): the first argument that is not null",
        example: "indicators | select name, shown = coalesce(actual_text, \"（无）\") | take 5",
        type: { try widen($0) },
        kernel: { args, count, _ in
            let type = try widen(args.map(\.type)) ?? .integer
            let columns = args.map { $0.materialize(count: count, type: type) }
            var builder = ColumnBuilder(type: type, capacity: count)
            for i in 0..<count {
                builder.append(columns.first { !$0.isNull(i) }?[i] ?? .null)
            }
            return .column(builder.build())
        })

    /// The common type of branches; numbers widen to double, anything with a string becomes a string.
    static func widen(_ types: [DataType?]) throws -> DataType? {
        var result: DataType?
        for case let t? in types {
            guard let r = result else { result = t; continue }
            if r != t && !(r.isNumeric && t.isNumeric) {
                throw EngineError.typeMismatch("branches have different types: \(r.rawValue) and \(t.rawValue)")
            }
            result = DataType.widened(r, t)
        }
        return result
    }
}
