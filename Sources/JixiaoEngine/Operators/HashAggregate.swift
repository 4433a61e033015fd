/// One row per distinct key, with aggregates over each group's rows. With no keys, one row for
/// the whole table (even when it is empty, so `agg n = count()` on nothing answers 0).
///
/// The keys are coded into slots once (`Grouping`); streaming aggregates then fold the table in
/// batches, their arguments computed a batch at a time, and the rest read whole columns.
public struct HashAggregate: Sendable {
    public let keys: [(name: String, expr: Expr)]
    public let aggregates: [(name: String, call: AggregateCall)]

    public init(keys: [(name: String, expr: Expr)], aggregates: [(name: String, call: AggregateCall)]) {
        self.keys = keys
        self.aggregates = aggregates
    }

    public func run(_ input: Table, context: ExecutionContext) throws -> Table {
        let evaluator = ExpressionEvaluator(table: input, context: context)
        let keyColumns = try keys.map { try evaluator.evaluate($0.expr) }
        let grouping =
            keys.isEmpty
            ? Grouping.single(rowCount: input.rowCount)
            : Grouping.build(keys: keyColumns, rowCount: input.rowCount)
        var fields: [Field] = []
        var columns: [Column] = []
        for (key, column) in zip(keys, keyColumns) {
            var field = Field(key.name)
            if case .column(let i) = key.expr, input.fields[i].name == key.name { field = input.fields[i] }
            fields.append(field)
            columns.append(column.gather(grouping.firstRow))
        }
        let results = try perSlotResults(input, grouping, evaluator)
        context.addProgress(rows: input.rowCount)
        for (aggregate, perSlot) in zip(aggregates, results) {
            let column = grouping.perGroup(perSlot)
            if let existing = fields.firstIndex(where: { $0.name == aggregate.name }) {
                columns[existing] = column
            } else {
                fields.append(Field(aggregate.name))
                columns.append(column)
            }
        }
        return Table(fields: fields, columns: columns, rowCount: grouping.groupCount)
    }

    /// Every aggregate's value per slot: streaming ones fed batch by batch in one pass over the
    /// rows, whole-column ones given their arguments over all rows.
    private func perSlotResults(
        _ input: Table, _ grouping: Grouping, _ evaluator: ExpressionEvaluator
    ) throws -> [Column] {
        let context = evaluator.context
        let types = input.columns.map(\.type)
        var results = [Column?](repeating: nil, count: aggregates.count)
        var streaming: [(index: Int, accumulator: any AggregateAccumulator, offset: Int)] = []
        var stride = 0
        // Every row's slot, made once for the whole-column kernels that need it.
        lazy var allSlots = grouping.slots(rowCount: input.rowCount)
        for (index, aggregate) in aggregates.enumerated() {
            let call = aggregate.call
            switch call.function.kernel {
            case .streaming(let make):
                let argumentTypes = try call.arguments.map { try $0.resultType(columnTypes: types) }
                let accumulator = make(argumentTypes)
                streaming.append((index, accumulator, stride))
                stride += accumulator.stateSize
            case .whole(let kernel):
                try context.checkInterrupt()
                let arguments = try call.arguments.map { try evaluator.evaluate($0) }
                results[index] = try kernel(arguments, allSlots, grouping.slotCount, context)
            }
        }
        if !streaming.isEmpty {
            let states = SlotStates(slotCount: grouping.slotCount, stride: stride)
            defer { states.release() }
            let calls = streaming.map { aggregates[$0.index].call }
            let offsets = streaming.map(\.offset)
            let fold = ChunkedFold(
                rowCount: input.rowCount, slotCount: grouping.slotCount, stride: stride, threads: context.threads)
            let folded = try fold.run(streaming.map(\.accumulator), into: states) { range, accumulators, states in
                try Self.fold(range, input, grouping, context, calls, offsets, &accumulators, states)
            }
            for (k, entry) in streaming.enumerated() {
                results[entry.index] = folded[k].finish(states, at: entry.offset)
            }
        }
        return results.map { $0 ?? Column.nulls(count: grouping.slotCount, type: .integer) }
    }

    /// Folds the rows of `range`, batch by batch, into `states`.
    private static func fold(
        _ range: Range<Int>, _ input: Table, _ grouping: Grouping, _ context: ExecutionContext,
        _ calls: [AggregateCall], _ offsets: [Int], _ accumulators: inout [any AggregateAccumulator],
        _ states: SlotStates
    ) throws {
        let evaluator = ExpressionEvaluator(table: input, context: context)
        let zeros = [UInt32](repeating: 0, count: Batch.size)
        for local in Batch.ranges(range.count) {
            let rows = (range.lowerBound + local.lowerBound)..<(range.lowerBound + local.upperBound)
            try context.checkInterrupt()
            let batch = evaluator.batch(rows)
            for k in accumulators.indices {
                let arguments = try calls[k].arguments.map { expr -> BatchColumn in
                    if case .column(let i) = expr { return BatchColumn(input.columns[i], offset: rows.lowerBound) }
                    return BatchColumn(try batch.evaluate(expr))
                }
                if grouping.narrowSlotOfRow != nil {
                    // One- or two-byte slots, widened a batch at a time.
                    try withUnsafeTemporaryAllocation(of: UInt32.self, capacity: rows.count) { buffer in
                        grouping.writeSlots(rows, to: buffer.baseAddress!)
                        try accumulators[k].add(
                            arguments, slots: UnsafeBufferPointer(buffer), states: states, at: offsets[k])
                    }
                    continue
                }
                let slots = grouping.slotOfRow ?? zeros
                try slots.withUnsafeBufferPointer { all in
                    let start = grouping.slotOfRow == nil ? 0 : rows.lowerBound
                    try accumulators[k].add(
                        arguments, slots: UnsafeBufferPointer(rebasing: all[start..<start + rows.count]),
                        states: states, at: offsets[k])
                }
            }
        }
    }
}
