import Foundation

/// sum, avg, median, quantile, stddev.
enum NumericAggregates {
    static let all: [AggregateFunction] = [sum, avg, median, quantile, stddev]

    /// The valid numbers of a column as doubles, with a flag per row.
    static func numbers(_ column: Column, _ name: String) throws -> [Double] {
        switch column.data {
        case .integer(let a): return a.map { Double($0) }
        case .double(let a): return a
        default: throw EngineError.typeMismatch("\(name)() needs numbers, got \(column.type.rawValue)")
        }
    }

    static let sum = AggregateFunction(
        name: "sum", arity: 1...1,
        summary: "sum(x): the total of x, null when every x is null",
        example: "projects | group department | agg budget = sum(budget_total)",
        type: { $0[0] == .integer ? .integer : .double },
        kernel: { args, groups, _ in
            let column = args[0]
            var seen = Bitmap(count: groups.groupCount, allSet: false)
            if case .integer(let a) = column.data {
                var totals = [Int64](repeating: 0, count: groups.groupCount)
                var overflow = false
                for (row, g) in groups.groupOfRow.enumerated() where !column.isNull(row) {
                    let (v, o) = totals[Int(g)].addingReportingOverflow(a[row])
                    totals[Int(g)] = v; overflow = overflow || o; seen[Int(g)] = true
                }
                if !overflow { return Column(.integer(totals), validity: seen) }
            }
            let values = try numbers(column, "sum")
            var totals = [Double](repeating: 0, count: groups.groupCount)
            for (row, g) in groups.groupOfRow.enumerated() where !column.isNull(row) {
                totals[Int(g)] += values[row]; seen[Int(g)] = true
            }
            return Column(.double(totals), validity: seen)
        })

    static let avg = AggregateFunction(
        name: "avg", arity: 1...1,
        summary: "avg(x): the mean of the non-null x",
        example: "indicators | group level1 | agg mean_score = avg(score)",
        type: { _ in .double },
        kernel: { args, groups, _ in
            let values = try numbers(args[0], "avg")
            var totals = [Double](repeating: 0, count: groups.groupCount)
            var counts = [Int](repeating: 0, count: groups.groupCount)
            for (row, g) in groups.groupOfRow.enumerated() where !args[0].isNull(row) {
                totals[Int(g)] += values[row]; counts[Int(g)] += 1
            }
            var valid = Bitmap(count: groups.groupCount, allSet: true)
            for g in 0..<groups.groupCount where counts[g] == 0 { valid[g] = false }
            return Column(.double(zip(totals, counts).map { $1 > 0 ? $0 / Double($1) : 0 }), validity: valid)
        })

    /// The valid values of each group, for order statistics.
    static func valuesByGroup(_ column: Column, _ groups: GroupIndex, _ name: String) throws -> [[Double]] {
        let values = try numbers(column, name)
        var byGroup = [[Double]](repeating: [], count: groups.groupCount)
        for (row, g) in groups.groupOfRow.enumerated() where !column.isNull(row) { byGroup[Int(g)].append(values[row]) }
        return byGroup
    }

    /// The q-quantile by linear interpolation between closest ranks (as numpy's default).
    static func interpolatedQuantile(_ sorted: [Double], _ q: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let position = q * Double(sorted.count - 1)
        let lo = Int(position.rounded(.down)), hi = Int(position.rounded(.up))
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - Double(lo))
    }

    static func quantileColumn(_ column: Column, _ groups: GroupIndex, q: Double, name: String) throws -> Column {
        var builder = ColumnBuilder(type: .double, capacity: groups.groupCount)
        for values in try valuesByGroup(column, groups, name) {
            builder.append(double: interpolatedQuantile(values.sorted(), q))
        }
        return builder.build()
    }

    static let median = AggregateFunction(
        name: "median", arity: 1...1,
        summary: "median(x): the middle value (the mean of the two middle values for an even count)",
        example: "indicators | group level1 | agg mid = median(score)",
        type: { _ in .double },
        kernel: { args, groups, _ in try quantileColumn(args[0], groups, q: 0.5, name: "median") })

    static let quantile = AggregateFunction(
        name: "quantile", arity: 2...2,
        summary: "quantile(x, q): the q-quantile of x (q from 0 to 1), interpolated between ranks",
        example: "indicators | group level1 | agg p90 = quantile(score, 0.9)",
        type: { _ in .double },
        kernel: { args, groups, _ in
            guard args[1].count > 0 else { return Column.nulls(count: groups.groupCount, type: .double) }
            guard let q = args[1].number(at: 0), q >= 0, q <= 1 else {
                throw EngineError.invalidArgument("quantile(x, q): q must be a number from 0 to 1")
            }
            return try quantileColumn(args[0], groups, q: q, name: "quantile")
        })

    static let stddev = AggregateFunction(
        name: "stddev", arity: 1...1,
        summary: "stddev(x): the sample standard deviation (null for fewer than two values)",
        example: "indicators | group level1 | agg spread = stddev(score)",
        type: { _ in .double },
        kernel: { args, groups, _ in
            var builder = ColumnBuilder(type: .double, capacity: groups.groupCount)
            for values in try valuesByGroup(args[0], groups, "stddev") {
                guard values.count > 1 else { builder.appendNull(); continue }
                let mean = values.reduce(0, +) / Double(values.count)
                let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
                builder.append(double: (squares / Double(values.count - 1)).squareRoot())
            }
            return builder.build()
        })
}
