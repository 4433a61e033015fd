/// count, count_if, count_distinct, share.
enum CountingAggregates {
    static let all: [AggregateFunction] = [count, countIf, countDistinct, share]

    static let count = AggregateFunction(
        name: "count", arity: 0...1,
        summary: "count() rows in the group; count(x) rows where x is not null",
        example: "indicators | group level1 | agg n = count(), with_actual = count(actual)",
        type: { _ in .integer },
        kernel: { args, groups, _ in
            var counts = [Int64](repeating: 0, count: groups.groupCount)
            let column = args.first
            for (row, g) in groups.groupOfRow.enumerated() where !(column?.isNull(row) ?? false) {
                counts[Int(g)] += 1
            }
            return Column(.integer(counts))
        })

    static let countIf = AggregateFunction(
        name: "count_if", arity: 1...1,
        summary: "count_if(cond): rows where cond is true",
        example: "indicators | group level1 | agg missed = count_if(actual < target)",
        type: { _ in .integer },
        kernel: { args, groups, _ in
            guard case .boolean(let flags) = args[0].data else {
                throw EngineError.typeMismatch("count_if(cond) needs a condition")
            }
            var counts = [Int64](repeating: 0, count: groups.groupCount)
            for (row, g) in groups.groupOfRow.enumerated() where flags[row] && !args[0].isNull(row) {
                counts[Int(g)] += 1
            }
            return Column(.integer(counts))
        })

    static let countDistinct = AggregateFunction(
        name: "count_distinct", arity: 1...1,
        summary: "count_distinct(x): distinct non-null values of x",
        example: "indicators | group level1 | agg units = count_distinct(unit)",
        type: { _ in .integer },
        kernel: { args, groups, _ in
            let values = GroupIndex.denseCodes(args[0], rowCount: args[0].count)
            var seen = Set<UInt64>()
            var counts = [Int64](repeating: 0, count: groups.groupCount)
            for (row, g) in groups.groupOfRow.enumerated() where !args[0].isNull(row) {
                if seen.insert(UInt64(g) << 32 | UInt64(values.codes[row])).inserted { counts[Int(g)] += 1 }
            }
            return Column(.integer(counts))
        })

    static let share = AggregateFunction(
        name: "share", arity: 0...0,
        summary: "share(): the group's fraction of all rows (0 to 1)",
        example: "indicators | group level1 | agg n = count(), part = share()",
        type: { _ in .double },
        kernel: { _, groups, _ in
            var counts = [Double](repeating: 0, count: groups.groupCount)
            for g in groups.groupOfRow { counts[Int(g)] += 1 }
            let total = Double(groups.groupOfRow.count)
            return Column(.double(counts.map { total > 0 ? $0 / total : 0 }))
        })
}
