import Foundation

/// sum, avg, median, quantile, stddev.
enum NumericAggregates {
    static let all: [AggregateFunction] = [sum, avg, median, quantile, stddev]

    /// The valid numbers of a column as doubles, with a flag per row.
    static func numbers(_ column: Column, _ name: String) throws -> [Double] {
        switch column.data {
        case .integer(let a): return a.map { Double($0) }
        case .double(let a): return a
        case .compact: return try numbers(column.widened, name)
        default: throw EngineError.typeMismatch("\(name)() needs numbers, got \(column.type.rawValue)")
        }
    }

    static let sum = AggregateFunction(
        name: "sum", arity: 1...1,
        summary: "sum(x): the total of x, null when every x is null",
        example: "projects | group department | agg budget = sum(budget_total)",
        type: { $0[0] == .integer ? .integer : .double },
        check: AggregateFunction.needsNumbers("sum"),
        kernel: .streaming { types in Summer(integerInput: types.first == .integer) })

    static let avg = AggregateFunction(
        name: "avg", arity: 1...1,
        summary: "avg(x): the mean of the non-null x",
        example: "indicators | group level1 | agg mean_score = avg(score)",
        type: { _ in .double },
        check: AggregateFunction.needsNumbers("avg"),
        kernel: .streaming { _ in Summer(integerInput: false, mean: true) })

    /// The valid values of each slot, for order statistics.
    static func valuesBySlot(_ column: Column, _ slots: [UInt32], _ slotCount: Int, _ name: String) throws -> [[Double]]
    {
        let values = try numbers(column, name)
        var bySlot = [[Double]](repeating: [], count: slotCount)
        for (row, s) in slots.enumerated() where !column.isNull(row) { bySlot[Int(s)].append(values[row]) }
        return bySlot
    }

    /// The q-quantile by linear interpolation between closest ranks (as numpy's default).
    static func interpolatedQuantile(_ sorted: [Double], _ q: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let position = q * Double(sorted.count - 1)
        let lo = Int(position.rounded(.down)), hi = Int(position.rounded(.up))
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - Double(lo))
    }

    static func quantileColumn(
        _ column: Column, _ slots: [UInt32], _ slotCount: Int, q: Double, name: String
    ) throws -> Column {
        var builder = ColumnBuilder(type: .double, capacity: slotCount)
        for values in try valuesBySlot(column, slots, slotCount, name) {
            builder.append(double: interpolatedQuantile(values.sorted(), q))
        }
        return builder.build()
    }

    static let median = AggregateFunction(
        name: "median", arity: 1...1,
        summary: "median(x): the middle value (the mean of the two middle values for an even count)",
        example: "indicators | group level1 | agg mid = median(score)",
        type: { _ in .double },
        check: AggregateFunction.needsNumbers("median"),
        kernel: .whole { args, slots, slotCount, _ in
            try quantileColumn(args[0], slots, slotCount, q: 0.5, name: "median")
        })

    static let quantile = AggregateFunction(
        name: "quantile", arity: 2...2,
        summary: "quantile(x, q): the q-quantile of x (q from 0 to 1), interpolated between ranks",
        example: "indicators | group level1 | agg p90 = quantile(score, 0.9)",
        type: { _ in .double },
        check: { types, constants in
            if let problem = AggregateFunction.needsNumbers("quantile")(types, constants) { return problem }
            guard constants.count == 2 else { return nil }
            if let q = constants[1]?.number, q >= 0, q <= 1 { return nil }
            return ArgumentProblem(argument: 1, message: "quantile(x, q): q must be a number from 0 to 1")
        },
        kernel: .whole { args, slots, slotCount, _ in
            guard args[1].count > 0 else { return Column.nulls(count: slotCount, type: .double) }
            guard let q = args[1].number(at: 0), q >= 0, q <= 1 else {
                throw EngineError.invalidArgument("quantile(x, q): q must be a number from 0 to 1")
            }
            return try quantileColumn(args[0], slots, slotCount, q: q, name: "quantile")
        })

    static let stddev = AggregateFunction(
        name: "stddev", arity: 1...1,
        summary: "stddev(x): the sample standard deviation (null for fewer than two values)",
        example: "indicators | group level1 | agg spread = stddev(score)",
        type: { _ in .double },
        check: AggregateFunction.needsNumbers("stddev"),
        kernel: .whole { args, slots, slotCount, _ in
            var builder = ColumnBuilder(type: .double, capacity: slotCount)
            for values in try valuesBySlot(args[0], slots, slotCount, "stddev") {
                guard values.count > 1 else { builder.appendNull(); continue }
                let mean = values.reduce(0, +) / Double(values.count)
                let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
                builder.append(double: (squares / Double(values.count - 1)).squareRoot())
            }
            return builder.build()
        })
}

/// Totals per slot for `sum` and `avg`. State: the decimal total, the exact integer total and
/// the count of values, 24 bytes.
///
/// An integer argument is summed exactly as integers and, alongside, as doubles: if any total
/// overflows, or a batch arrives as decimals (an integer expression that overflowed in that
/// batch), the result is the decimal sum of every value, as one pass over all rows would give.
struct Summer: AggregateAccumulator {
    private var integerResult: Bool
    private let mean: Bool

    init(integerInput: Bool, mean: Bool = false) {
        integerResult = integerInput
        self.mean = mean
    }

    var stateSize: Int { 24 }

    static let decimal = 0, exact = 8, count = 16

    mutating func add(
        _ arguments: [BatchColumn], slots: UnsafeBufferPointer<UInt32>, states: SlotStates, at offset: Int
    ) throws {
        let argument = arguments[0], n = slots.count
        if integerResult {
            switch argument.column.data {
            case .integer(let a):
                if Self.addExact(a, argument, slots, states, offset) { integerResult = false }
                return
            case .compact(let c) where c.isInteger:
                if Self.addExact(c.mantissas, argument, slots, states, offset) { integerResult = false }
                return
            default: break
            }
        }
        integerResult = false
        try argument.withDoubles(n, mean ? "avg" : "sum") { values in
            argument.forEachValid(n) { i in
                let state = states.state(Int(slots[i]), offset)
                state.storeBytes(
                    of: state.load(fromByteOffset: Self.decimal, as: Double.self) + values[i],
                    toByteOffset: Self.decimal, as: Double.self)
                state.storeBytes(
                    of: state.load(fromByteOffset: Self.count, as: Int64.self) &+ 1, toByteOffset: Self.count,
                    as: Int64.self)
            }
        }
    }

    /// Adds a batch of integers, 64 or 32 bits, to the exact and the decimal totals; true when
    /// an exact total overflowed.
    private static func addExact<T: FixedWidthInteger & SignedInteger>(
        _ a: [T], _ argument: BatchColumn, _ slots: UnsafeBufferPointer<UInt32>, _ states: SlotStates, _ offset: Int
    ) -> Bool {
        var overflow = false
        a.withUnsafeBufferPointer { values in
            let o = argument.offset
            argument.forEachValid(slots.count) { i in
                let state = states.state(Int(slots[i]), offset), v = Int64(values[o + i])
                let (exact, carried) = state.load(fromByteOffset: Self.exact, as: Int64.self)
                    .addingReportingOverflow(v)
                state.storeBytes(of: exact, toByteOffset: Self.exact, as: Int64.self)
                overflow = overflow || carried
                state.storeBytes(
                    of: state.load(fromByteOffset: Self.decimal, as: Double.self) + Double(v),
                    toByteOffset: Self.decimal, as: Double.self)
                state.storeBytes(
                    of: state.load(fromByteOffset: Self.count, as: Int64.self) &+ 1, toByteOffset: Self.count,
                    as: Int64.self)
            }
        }
        return overflow
    }

    func finish(_ states: SlotStates, at offset: Int) -> Column {
        let slots = 0..<states.slotCount
        let counts = slots.map { states.state($0, offset).load(fromByteOffset: Self.count, as: Int64.self) }
        var seen = Bitmap(count: counts.count, allSet: true)
        for s in slots where counts[s] == 0 { seen[s] = false }
        let decimals = slots.map { states.state($0, offset).load(fromByteOffset: Self.decimal, as: Double.self) }
        if mean {
            return Column(.double(zip(decimals, counts).map { $1 > 0 ? $0 / Double($1) : 0 }), validity: seen)
        }
        if integerResult {
            return Column(
                .integer(slots.map { states.state($0, offset).load(fromByteOffset: Self.exact, as: Int64.self) }),
                validity: seen)
        }
        return Column(.double(decimals), validity: seen)
    }
}

extension Summer: MergeableAccumulator {
    /// Totals and counts add; the result stays integer only if every chunk's did and the exact
    /// totals add without overflow.
    mutating func merge(
        _ source: SlotStates, into target: SlotStates, at offset: Int, from other: any AggregateAccumulator
    ) {
        if let other = other as? Summer, !other.integerResult { integerResult = false }
        var overflow = false
        for slot in 0..<source.slotCount {
            let from = source.state(slot, offset), to = target.state(slot, offset)
            let count = from.load(fromByteOffset: Self.count, as: Int64.self)
            guard count != 0 else { continue }
            to.storeBytes(
                of: to.load(fromByteOffset: Self.decimal, as: Double.self)
                    + from.load(fromByteOffset: Self.decimal, as: Double.self),
                toByteOffset: Self.decimal, as: Double.self)
            let (exact, carried) = to.load(fromByteOffset: Self.exact, as: Int64.self)
                .addingReportingOverflow(from.load(fromByteOffset: Self.exact, as: Int64.self))
            overflow = overflow || carried
            to.storeBytes(of: exact, toByteOffset: Self.exact, as: Int64.self)
            to.storeBytes(
                of: to.load(fromByteOffset: Self.count, as: Int64.self) &+ count, toByteOffset: Self.count,
                as: Int64.self)
        }
        if overflow { integerResult = false }
    }
}
