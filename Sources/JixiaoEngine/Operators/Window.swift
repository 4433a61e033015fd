/// Window functions over partitions of rows in an order: the rows are sorted once by the
/// partition keys and the order keys (stable, nulls last), each partition and each group of
/// ties (peers) is found in that order, and every function gives one value per row, in the
/// rows' own order.
///
/// With an order, aggregates run from the partition's first row through the current row and
/// its peers (SQL's default frame); without one, over the whole partition. `first` and `last`
/// are always over the whole partition, in order, nulls skipped.
public struct Window: Sendable {
    /// What a window call computes.
    public enum Function: Sendable {
        case rowNumber, rank, denseRank, percentRank
        /// `ntile(n)`: the bucket from 1 to n, the first buckets one row larger when uneven.
        case ntile(Int)
        /// `lag(x, n, default)` / `lead(…)`: x of the row n before (after) in the partition.
        case lag(Int), lead(Int)
        case first, last
        /// An aggregate of the registry.
        case aggregate(AggregateFunction)
    }

    /// A bound call: the function and its argument expressions over the input.
    public struct Call: Sendable {
        public let function: Function
        public let arguments: [Expr]

        public init(_ function: Function, _ arguments: [Expr]) {
            self.function = function
            self.arguments = arguments
        }
    }

    public let partition: [Expr]
    public let order: [(expr: Expr, descending: Bool)]

    public init(partition: [Expr], order: [(expr: Expr, descending: Bool)]) {
        self.partition = partition
        self.order = order
    }

    /// The aggregates that can run from the partition's start through the current row.
    public static let runningAggregates: Set<String> = ["count", "count_if", "sum", "avg", "min", "max", "share"]

    /// The sorted rows with their partitions and peers, made once for every call over them.
    public func frame(_ input: Table, context: ExecutionContext) throws -> Frame {
        try Frame(input, partition: partition, order: order, context: context)
    }

    /// One column per call, each in the input's row order.
    public func run(_ input: Table, calls: [Call], context: ExecutionContext) throws -> [Column] {
        try run(input, frame: try frame(input, context: context), calls: calls, context: context)
    }

    /// One column per call over `frame` (made from these rows, or from the rows they were
    /// derived from: deriving keeps the row order).
    public func run(_ input: Table, frame: Frame, calls: [Call], context: ExecutionContext) throws -> [Column] {
        var out: [Column] = []
        let evaluator = ExpressionEvaluator(table: input, context: context)
        for call in calls {
            try context.checkInterrupt()
            let arguments = try call.arguments.map { try evaluator.evaluate($0) }
            out.append(try compute(call.function, arguments, frame, input, context))
        }
        context.addProgress(rows: input.rowCount)
        return out
    }

    private func compute(
        _ function: Function, _ arguments: [Column], _ frame: Frame, _ input: Table,
        _ context: ExecutionContext
    ) throws -> Column {
        let n = input.rowCount
        switch function {
        case .rowNumber, .rank, .denseRank, .percentRank, .ntile:
            // Each partition writes only its own rows, so the partitions run on every core.
            var doubles: [Double] = []
            let values = [Int64](largeCount: function.isPercentRank ? 0 : n) { values in
                doubles = [Double](largeCount: function.isPercentRank ? n : 0) { doubles in
                    let integers = SharedBuffer(values), fractions = SharedBuffer(doubles)
                    frame.forEachPartitionInParallel { start, end in
                        Self.rank(function, start, end, frame, integers, fractions)
                    }
                }
            }
            return function.isPercentRank ? Column(.double(doubles)) : Column(.integer(values))
        case .lag(let offset), .lead(let offset):
            let shift = function.isLag ? -offset : offset
            var useDefault: [Bool] = []
            let source = Selection(largeCount: n) { source in
                useDefault = [Bool](largeCount: n) { fallback in
                    let rows = SharedBuffer(source), defaults = SharedBuffer(fallback)
                    frame.forEachPartitionInParallel { start, end in
                        for p in start..<end {
                            let q = p + shift
                            let row = Int(frame.order[p])
                            let inside = q >= start && q < end
                            rows[row] = inside ? frame.order[q] : -1
                            defaults[row] = !inside
                        }
                    }
                }
            }
            guard let x = arguments.first else { return .nulls(count: n, type: .integer) }
            var shifted = x.gatherAllowingNulls(source)
            if arguments.count > 2, useDefault.contains(true) {
                let fallback = arguments[2]
                let type = DataType.widened(x.type, fallback.type)
                var builder = ColumnBuilder(type: type, capacity: n)
                let converted = shifted.converted(to: type)
                for row in 0..<n { builder.append(useDefault[row] ? fallback[row] : converted[row]) }
                shifted = builder.build()
            }
            return shifted
        case .first, .last:
            guard let x = arguments.first else { return .nulls(count: n, type: .integer) }
            let first = function.isFirst
            let source = Selection(largeCount: n) { source in
                let rows = SharedBuffer(source)
                frame.forEachPartitionInParallel { start, end in
                    let positions = first ? Array(start..<end) : Array((start..<end).reversed())
                    let pick = positions.first { !x.isNull(Int(frame.order[$0])) }.map { frame.order[$0] } ?? -1
                    for p in start..<end { rows[Int(frame.order[p])] = pick }
                }
            }
            return x.gatherAllowingNulls(source)
        case .aggregate(let aggregate):
            if order.isEmpty || aggregate.name == "share" {
                return try wholePartition(aggregate, arguments, frame, input, context)
            }
            return try running(aggregate, arguments, frame, n)
        }
    }

    /// row_number, rank, dense_rank, percent_rank or ntile of one partition's rows.
    private static func rank(
        _ function: Function, _ start: Int, _ end: Int, _ frame: Frame, _ values: SharedBuffer<Int64>,
        _ doubles: SharedBuffer<Double>
    ) {
        var rank = 1, dense = 0
        for p in start..<end {
            if p == start || frame.peerStarts[p] {
                dense += 1
                rank = p - start + 1
            }
            let row = Int(frame.order[p])
            switch function {
            case .rowNumber: values[row] = Int64(p - start + 1)
            case .rank: values[row] = Int64(rank)
            case .denseRank: values[row] = Int64(dense)
            case .percentRank: doubles[row] = end - start > 1 ? Double(rank - 1) / Double(end - start - 1) : 0
            case .ntile(let buckets): values[row] = Int64(bucket(p - start, of: end - start, into: buckets))
            default: break
            }
        }
    }

    /// SQL's ntile: `size` rows into `buckets`, the first `size % buckets` one row larger.
    static func bucket(_ position: Int, of size: Int, into buckets: Int) -> Int {
        let b = max(1, buckets)
        let small = size / b, large = small + 1, largeCount = size % b
        if small == 0 { return position + 1 }
        if position < largeCount * large { return position / large + 1 }
        return largeCount + (position - largeCount * large) / small + 1
    }

    /// An aggregate over each whole partition, through the grouping every `agg` uses.
    private func wholePartition(
        _ aggregate: AggregateFunction, _ arguments: [Column], _ frame: Frame, _ input: Table,
        _ context: ExecutionContext
    ) throws -> Column {
        let n = input.rowCount
        if aggregate.name == "share" {
            var values = [Double](repeating: 0, count: n)
            frame.forEachPartition { start, end in
                // In percent, as the aggregate `share()` and every rate of the model (95 for 95%).
                for p in start..<end { values[Int(frame.order[p])] = 100 / Double(end - start) }
            }
            return Column(.double(values))
        }
        let ids = Column(.integer(frame.partitionOfRow.map(Int64.init)))
        let table = Table(
            fields: [Field("p")] + arguments.indices.map { Field("a\($0)") }, columns: [ids] + arguments,
            rowCount: n)
        let call = AggregateCall(aggregate, arguments.indices.map { Expr.column($0 + 1) })
        let grouped = try HashAggregate(keys: [("p", .column(0))], aggregates: [("v", call)]).run(
            table, context: context)
        // Partition ids are numbered in order of first appearance, as the grouping numbers groups.
        var rowOfPartition = Selection(repeating: -1, count: frame.partitionCount)
        if case .integer(let keys) = grouped.columns[0].data {
            for (g, id) in keys.enumerated() where Int(id) < rowOfPartition.count { rowOfPartition[Int(id)] = Int32(g) }
        }
        return grouped.columns[1].gatherAllowingNulls(frame.partitionOfRow.map { rowOfPartition[Int($0)] })
    }

    /// count, count_if, sum, avg, min, max from the partition's first row through each row's peers.
    private func running(
        _ aggregate: AggregateFunction, _ arguments: [Column], _ frame: Frame, _ n: Int
    ) throws -> Column {
        let name = aggregate.name
        guard Self.runningAggregates.contains(name) else {
            throw EngineError.invalidArgument(
                "\(name)() cannot run over an order; drop `by` to take it over each whole partition")
        }
        let x = arguments.first
        let integerSum = name == "sum" && x?.type == .integer
        let type: DataType =
            switch name {
            case "count", "count_if": .integer
            case "sum": integerSum ? .integer : .double
            case "min", "max": x?.type ?? .integer
            default: .double
            }
        var builder = ColumnBuilder(type: type, capacity: n)
        var results = [Value](repeating: .null, count: n)
        frame.forEachPartition { start, end in
            var count = 0, total = 0.0, intTotal: Int64 = 0, overflowed = false
            var best: Value = .null
            var p = start
            while p < end {
                var q = p + 1
                while q < end && !frame.peerStarts[q] { q += 1 }
                for i in p..<q {
                    let row = Int(frame.order[i])
                    switch name {
                    case "count":
                        if let x { if !x.isNull(row) { count += 1 } } else { count += 1 }
                    case "count_if":
                        if let x, case .boolean(true) = x[row] { count += 1 }
                    case "sum", "avg":
                        guard let x, let v = x.number(at: row) else { continue }
                        count += 1
                        total += v
                        if integerSum, case .integer(let i) = x[row] {
                            let (s, o) = intTotal.addingReportingOverflow(i)
                            intTotal = s
                            overflowed = overflowed || o
                        }
                    default:
                        guard let x, !x.isNull(row) else { continue }
                        let v = x[row]
                        if best.isNull { best = v; continue }
                        let better = (try? Comparison.compareValues(name == "min" ? .less : .greater, v, best)) ?? nil
                        if better == true { best = v }
                    }
                }
                let value: Value =
                    switch name {
                    case "count", "count_if": .integer(Int64(count))
                    case "sum": count == 0 ? .null : (integerSum && !overflowed ? .integer(intTotal) : .double(total))
                    case "avg": count == 0 ? .null : .double(total / Double(count))
                    default: best
                    }
                for i in p..<q { results[Int(frame.order[i])] = value }
                p = q
            }
        }
        if integerSum, results.contains(where: { if case .double = $0 { return true } else { return false } }) {
            builder = ColumnBuilder(type: .double, capacity: n)
        }
        for value in results { builder.append(value) }
        return builder.build()
    }
}

extension Window.Function {
    var isPercentRank: Bool { if case .percentRank = self { return true } else { return false } }
    var isLag: Bool { if case .lag = self { return true } else { return false } }
    var isFirst: Bool { if case .first = self { return true } else { return false } }
}
