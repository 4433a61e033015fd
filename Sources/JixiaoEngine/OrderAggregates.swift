/// min, max, first, last, list: aggregates that pick or collect values of any type.
enum OrderAggregates {
    static let all: [AggregateFunction] = [min, max, first, last, list]

    static let min = AggregateFunction(
        name: "min", arity: 1...1, summary: "min(x): the smallest non-null x (strings by code point)",
        example: "indicators | group level1 | agg lowest = min(score)",
        type: { $0[0] },
        kernel: .whole { args, slots, slotCount, context in
            try extreme(args[0], slots, slotCount, context, wantMax: false)
        })

    static let max = AggregateFunction(
        name: "max", arity: 1...1, summary: "max(x): the largest non-null x (strings by code point)",
        example: "indicators | group level1 | agg highest = max(score)",
        type: { $0[0] },
        kernel: .whole { args, slots, slotCount, context in
            try extreme(args[0], slots, slotCount, context, wantMax: true)
        })

    static let first = AggregateFunction(
        name: "first", arity: 1...1, summary: "first(x): x of the group's first row with a value",
        example: "indicators | group project | agg first_indicator = first(name)",
        type: { $0[0] }, kernel: .whole { args, slots, slotCount, _ in pick(args[0], slots, slotCount, last: false) })

    static let last = AggregateFunction(
        name: "last", arity: 1...1, summary: "last(x): x of the group's last row with a value",
        example: "indicators | group project | agg last_indicator = last(name)",
        type: { $0[0] }, kernel: .whole { args, slots, slotCount, _ in pick(args[0], slots, slotCount, last: true) })

    static let list = AggregateFunction(
        name: "list", arity: 1...2,
        summary: "list(x [, sep]): the distinct values of x in order of appearance, joined by sep (default \"; \")",
        example: "indicators | group level1 | agg kinds = list(level2)",
        type: { _ in .string },
        check: { types, constants in
            guard types.count == 2 else { return nil }
            if case .string? = constants[1] { return nil }
            return ArgumentProblem(argument: 1, message: "list(x, sep): sep must be a text in quotes, e.g. \"、\"")
        },
        kernel: .whole { args, slots, slotCount, _ in
            // `、` occurs inside Chinese names, so it cannot be the default.
            let separator = args.count > 1 && args[1].count > 0 ? args[1][0].description : "; "
            var parts = [[String]](repeating: [], count: slotCount)
            // Distinct by code point, as grouping is: é and e + U+0301 are two values.
            var seen = [Set<ExactString>](repeating: [], count: slotCount)
            for (row, s) in slots.enumerated() where !args[0].isNull(row) {
                let text = args[0][row].description
                if seen[Int(s)].insert(ExactString(text)).inserted { parts[Int(s)].append(text) }
            }
            var builder = ColumnBuilder(type: .string, capacity: slotCount)
            for p in parts { builder.append(string: p.isEmpty ? nil : p.joined(separator: separator)) }
            return builder.build()
        })

    /// The row of each slot's chosen value, or -1 when the slot has no value.
    private static func extreme(
        _ column: Column, _ slots: [UInt32], _ slotCount: Int, _ context: ExecutionContext,
        wantMax: Bool
    ) throws -> Column {
        var best = [Int32](repeating: -1, count: slotCount)
        switch column.widened.data {
        case .integer(let v): choose(&best, slots, column) { wantMax ? v[$0] > v[$1] : v[$0] < v[$1] }
        case .double(let v): choose(&best, slots, column) { wantMax ? v[$0] > v[$1] : v[$0] < v[$1] }
        case .compact, .narrowString: preconditionFailure("widened above")
        case .boolean(let v): choose(&best, slots, column) { wantMax ? v[$0] && !v[$1] : !v[$0] && v[$1] }
        case .date(let v): choose(&best, slots, column) { wantMax ? v[$0] > v[$1] : v[$0] < v[$1] }
        case .string(let codes, let dict):
            let rank = context.perDictionary(dict, "ranks") { CodePointOrder.ranks(of: dict) }
            choose(&best, slots, column) { a, b in
                let x = rank[Int(codes[a])], y = rank[Int(codes[b])]
                return wantMax ? x > y : x < y
            }
        }
        return column.gatherAllowingNulls(best)
    }

    /// For each slot, the first valid row that no later row of the slot beats.
    @inline(__always)
    private static func choose(_ best: inout [Int32], _ slots: [UInt32], _ column: Column, beats: (Int, Int) -> Bool) {
        for (row, s) in slots.enumerated() where !column.isNull(row) {
            let b = Int(best[Int(s)])
            if b < 0 || beats(row, b) { best[Int(s)] = Int32(row) }
        }
    }

    private static func pick(_ column: Column, _ slots: [UInt32], _ slotCount: Int, last: Bool) -> Column {
        var chosen = [Int32](repeating: -1, count: slotCount)
        for (row, s) in slots.enumerated() where !column.isNull(row) {
            if last || chosen[Int(s)] < 0 { chosen[Int(s)] = Int32(row) }
        }
        return column.gatherAllowingNulls(chosen)
    }
}
