/// count, count_if, count_distinct, share.
enum CountingAggregates {
    static let all: [AggregateFunction] = [count, countIf, countDistinct, share]

    static let count = AggregateFunction(
        name: "count", arity: 0...1,
        summary: "count() rows in the group; count(x) rows where x is not null",
        example: "indicators | group level1 | agg n = count(), with_actual = count(actual)",
        type: { _ in .integer },
        kernel: .streaming { _, slots in RowCounter(slots: slots) })

    static let countIf = AggregateFunction(
        name: "count_if", arity: 1...1,
        summary: "count_if(cond): rows where cond is true",
        example: "indicators | group level1 | agg missed = count_if(actual < target)",
        type: { _ in .integer },
        kernel: .streaming { _, slots in RowCounter(slots: slots, onlyTrue: true) })

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
        summary: "share(): the group's fraction of all rows (0 to 1)",
        example: "indicators | group level1 | agg n = count(), part = share()",
        type: { _ in .double },
        kernel: .streaming { _, slots in RowCounter(slots: slots, asShare: true) })
}

/// Rows per slot: all of them (`count()`), those with a value (`count(x)`), those where a
/// condition is true (`count_if`), or each slot's fraction of all rows (`share()`).
struct RowCounter: AggregateAccumulator {
    private var counts: [Int64]
    private var total = 0
    private let onlyTrue: Bool
    private let asShare: Bool

    init(slots: Int, onlyTrue: Bool = false, asShare: Bool = false) {
        counts = [Int64](repeating: 0, count: slots)
        self.onlyTrue = onlyTrue
        self.asShare = asShare
    }

    mutating func add(_ arguments: [BatchColumn], slots: UnsafeBufferPointer<UInt32>) throws {
        let n = slots.count
        total += n
        counts.withUnsafeMutableBufferPointer { counts in
            guard let argument = arguments.first else {
                for i in 0..<n { counts[Int(slots[i])] += 1 }
                return
            }
            if onlyTrue, case .boolean(let flags) = argument.column.data {
                flags.withUnsafeBufferPointer { f in
                    let o = argument.offset
                    argument.forEachValid(n) { i in if f[o + i] { counts[Int(slots[i])] += 1 } }
                }
            } else if !onlyTrue {
                argument.forEachValid(n) { i in counts[Int(slots[i])] += 1 }
            }
        }
        if onlyTrue, let argument = arguments.first, argument.column.type != .boolean {
            throw EngineError.typeMismatch("count_if(cond) needs a condition")
        }
    }

    func finish() -> Column {
        guard asShare else { return Column(.integer(counts)) }
        let all = Double(total)
        return Column(.double(counts.map { all > 0 ? Double($0) / all : 0 }))
    }
}
