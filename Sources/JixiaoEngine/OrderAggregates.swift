/// min, max, first, last, list: aggregates that pick or collect values of any type.
enum OrderAggregates {
    static let all: [AggregateFunction] = [min, max, first, last, list]

    static let min = AggregateFunction(
        name: "min", arity: 1...1, summary: "min(x): the smallest non-null x (strings by code point)",
        example: "indicators | group level1 | agg lowest = min(score)",
        type: { $0[0] }, kernel: { args, groups, _ in try extreme(args[0], groups, wantMax: false) })

    static let max = AggregateFunction(
        name: "max", arity: 1...1, summary: "max(x): the largest non-null x (strings by code point)",
        example: "indicators | group level1 | agg highest = max(score)",
        type: { $0[0] }, kernel: { args, groups, _ in try extreme(args[0], groups, wantMax: true) })

    static let first = AggregateFunction(
        name: "first", arity: 1...1, summary: "first(x): x of the group's first row with a value",
        example: "indicators | group project | agg first_indicator = first(name)",
        type: { $0[0] }, kernel: { args, groups, _ in pick(args[0], groups, last: false) })

    static let last = AggregateFunction(
        name: "last", arity: 1...1, summary: "last(x): x of the group's last row with a value",
        example: "indicators | group project | agg last_indicator = last(name)",
        type: { $0[0] }, kernel: { args, groups, _ in pick(args[0], groups, last: true) })

    static let list = AggregateFunction(
        name: "list", arity: 1...1, summary: "list(x): the distinct values of x in order of appearance, joined by 、",
        example: "indicators | group level1 | agg kinds = list(level2)",
        type: { _ in .string },
        kernel: { args, groups, _ in
            var parts = [[String]](repeating: [], count: groups.groupCount)
            // Distinct by code point, as grouping is: é and e + U+0301 are two values.
            var seen = [Set<ExactString>](repeating: [], count: groups.groupCount)
            for (row, g) in groups.groupOfRow.enumerated() where !args[0].isNull(row) {
                let text = args[0][row].description
                if seen[Int(g)].insert(ExactString(text)).inserted { parts[Int(g)].append(text) }
            }
            var builder = ColumnBuilder(type: .string, capacity: groups.groupCount)
            for p in parts { builder.append(string: p.isEmpty ? nil : p.joined(separator: "、")) }
            return builder.build()
        })

    /// The row index of each group's chosen row, or -1 when the group has no value.
    private static func extreme(_ column: Column, _ groups: GroupIndex, wantMax: Bool) throws -> Column {
        var best = [Int32](repeating: -1, count: groups.groupCount)
        func better(_ a: Int, _ b: Int) -> Bool { wantMax ? a > b : a < b }
        switch column.data {
        case .integer(let v):
            for (row, g) in groups.groupOfRow.enumerated() where !column.isNull(row) {
                let b = Int(best[Int(g)])
                if b < 0 || (wantMax ? v[row] > v[b] : v[row] < v[b]) { best[Int(g)] = Int32(row) }
            }
        case .double(let v):
            for (row, g) in groups.groupOfRow.enumerated() where !column.isNull(row) {
                let b = Int(best[Int(g)])
                if b < 0 || (wantMax ? v[row] > v[b] : v[row] < v[b]) { best[Int(g)] = Int32(row) }
            }
        case .boolean(let v):
            for (row, g) in groups.groupOfRow.enumerated() where !column.isNull(row) {
                let b = Int(best[Int(g)])
                if b < 0 || better(v[row] ? 1 : 0, v[b] ? 1 : 0) { best[Int(g)] = Int32(row) }
            }
        case .string(let codes, let dict):
            let rank = CodePointOrder.ranks(of: dict)
            for (row, g) in groups.groupOfRow.enumerated() where !column.isNull(row) {
                let b = Int(best[Int(g)])
                if b < 0 || better(Int(rank[Int(codes[row])]), Int(rank[Int(codes[b])])) { best[Int(g)] = Int32(row) }
            }
        }
        return column.gatherAllowingNulls(best)
    }

    private static func pick(_ column: Column, _ groups: GroupIndex, last: Bool) -> Column {
        var chosen = [Int32](repeating: -1, count: groups.groupCount)
        for (row, g) in groups.groupOfRow.enumerated() where !column.isNull(row) {
            if last || chosen[Int(g)] < 0 { chosen[Int(g)] = Int32(row) }
        }
        return column.gatherAllowingNulls(chosen)
    }
}
