/// count, count_if, count_distinct, share.
enum CountingAggregates {
    static let all: [AggregateFunction] = [count, countIf, countDistinct, share]

    static let count = AggregateFunction(
        name: "count", arity: 0...1,
        summary: "count() rows in the group; count(x) rows where x is not null",
        example: "indicators | group level1 | agg n = count(), with_actual = count(actual)",
        type: { _ in .integer },
        kernel: .streaming { _ in RowCounter() })

    static let countIf = AggregateFunction(
        name: "count_if", arity: 1...1,
        summary: "count_if(cond): rows where cond is true",
        example: "indicators | group level1 | agg missed = count_if(actual < target)",
        type: { _ in .integer },
        check: { types, _ in
            guard let t = types.first ?? nil, t != .boolean else { return nil }
            return ArgumentProblem(argument: 0, message: "count_if() needs a condition such as `actual < target`")
        },
        kernel: .streaming { _ in RowCounter(onlyTrue: true) })

    static let countDistinct = AggregateFunction(
        name: "count_distinct", arity: 1...1,
        summary: "count_distinct(x): distinct non-null values of x",
        example: "indicators | group level1 | agg units = count_distinct(unit)",
        type: { _ in .integer },
        kernel: .whole { args, slots, slotCount, _ in
            let values = KeyCodes(args[0], rowCount: args[0].count)
            var seen = DenseCoder()
            var counts = [Int64](repeating: 0, count: slotCount)
            for (row, s) in slots.enumerated() where !args[0].isNull(row) {
                let before = seen.count
                _ = seen.code(UInt64(s) << 32 | UInt64(values.codes[row]))
                if seen.count > before { counts[Int(s)] += 1 }
            }
            return Column(.integer(counts))
        })

    static let share = AggregateFunction(
        name: "share", arity: 0...0,
        summary: "share(): the group's part of all rows, in percent (0 to 100, as rates are)",
        example: "indicators | group level1 | agg n = count(), part = share()",
        type: { _ in .double },
        kernel: .streaming { _ in RowCounter(asShare: true) })
}

/// Rows per slot: all of them (`count()`), those with a value (`count(x)`), those where a
/// condition is true (`count_if`), or each slot's fraction of all rows (`share()`). State: one
/// Int64 count.
struct RowCounter: AggregateAccumulator {
    private var total = 0
    private let onlyTrue: Bool
    private let asShare: Bool

    init(onlyTrue: Bool = false, asShare: Bool = false) {
        self.onlyTrue = onlyTrue
        self.asShare = asShare
    }

    var stateSize: Int { 8 }

    mutating func add(
        _ arguments: [BatchColumn], slots: UnsafeBufferPointer<UInt32>, states: SlotStates, at offset: Int
    ) throws {
        let n = slots.count
        total += n
        @inline(__always) func bump(_ i: Int) {
            let count = states.state(Int(slots[i]), offset)
            count.storeBytes(of: count.load(as: Int64.self) &+ 1, as: Int64.self)
        }
        guard let argument = arguments.first else {
            for i in 0..<n { bump(i) }
            return
        }
        if onlyTrue {
            guard case .boolean(let flags) = argument.column.data else {
                throw EngineError.typeMismatch("count_if(cond) needs a condition")
            }
            flags.withUnsafeBufferPointer { f in
                let o = argument.offset
                argument.forEachValid(n) { i in if f[o + i] { bump(i) } }
            }
        } else {
            argument.forEachValid(n) { i in bump(i) }
        }
    }

    func finish(_ states: SlotStates, at offset: Int) -> Column {
        let counts = (0..<states.slotCount).map { states.state($0, offset).load(as: Int64.self) }
        guard asShare else { return Column(.integer(counts)) }
        let all = Double(total)
        // In percent, as every rate of the model is stored (95 for 95%).
        return Column(.double(counts.map { all > 0 ? 100 * Double($0) / all : 0 }))
    }
}

extension RowCounter: MergeableAccumulator {
    /// Counts add, and so does the number of rows seen (the denominator of `share()`).
    mutating func merge(
        _ source: SlotStates, into target: SlotStates, at offset: Int, from other: any AggregateAccumulator
    ) {
        if let other = other as? RowCounter { total += other.total }
        for slot in 0..<source.slotCount {
            let to = target.state(slot, offset)
            to.storeBytes(
                of: to.load(as: Int64.self) &+ source.state(slot, offset).load(as: Int64.self), as: Int64.self)
        }
    }
}
