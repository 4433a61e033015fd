/// The pass over a bound plan that finds the source columns no step can use, so that `where`,
/// `sort` and `join` do not copy the twenty-odd columns of `indicators` when the pipeline ends
/// in `agg n = count()`.
///
/// It walks the steps from the last to the first: the columns needed at a step's output are
/// those after it needs; at its input, those it reads itself plus those it passes on to a
/// needed output column. What is needed at the first step's input is what the source keeps; a
/// join's right side keeps what the join reads and passes on.
enum ColumnPruning {
    struct Needs {
        /// Source columns to keep (indices into the plan's source columns).
        var source: [Int]
        /// For each join (by its verb's offset), the right-hand output columns to keep.
        var right: [Int: [Int]]
    }

    /// What to keep, or nil when every column is needed.
    static func needs(of plan: Plan) -> Needs? {
        guard let last = plan.steps.last else { return nil }
        // Every final column is shown; after a step whose columns come from the data, only what
        // that step reads matters.
        var needed = last.output.map { Set($0.indices) } ?? []
        if let keep = plan.keepOutput { needed = Set(keep) }
        var right: [Int: [Int]] = [:]
        for step in plan.steps.reversed() {
            if step.readsEverything {
                needed = Set(0..<step.inputCount)
                continue
            }
            var input = step.reads
            var rightNeeded = step.rightReads
            for column in needed where column < step.lineage.count {
                switch step.lineage[column] {
                case .input(let i): input.insert(i)
                case .right(let i): rightNeeded.insert(i)
                case .computed: break
                }
            }
            if let rightColumns = step.right?.output, rightNeeded.count < rightColumns.count {
                right[step.span.start.offset] = rightNeeded.sorted()
            }
            needed = input
        }
        guard needed.count < plan.kept.count || !right.isEmpty else { return nil }
        return Needs(source: needed.sorted().map { plan.kept[$0] }, right: right)
    }
}
