import JixiaoEngine

/// What a pipeline produced: a table, and how it asks to be shown.
public struct PipelineResult {
    public var table: Table
    /// Set by a final `chart` verb: draw these columns as a chart instead of a table.
    public var chart: ChartRequest?

    public init(table: Table, chart: ChartRequest? = nil) {
        self.table = table
        self.chart = chart
    }
}

public struct ChartRequest: Sendable {
    public var kind: ChartKind
    public var labelColumn: Int
    public var valueColumn: Int
    /// The column naming each line of a line chart (`by SERIES`).
    public var seriesColumn: Int? = nil
}

/// Binds and runs a pipeline one verb at a time: each verb is bound against the table the
/// previous verb produced, so names, types and errors always refer to what is really there.
public struct PipelineRunner {
    /// Looks up a table by name (`projects`, `_`, a `let` name) or reports it unknown.
    public var resolveTable: (Identifier) throws -> Table
    public var variables: [String: Value]
    public var source: String
    public var context: ExecutionContext
    /// Names the running pipeline can still use (see `ColumnPruning`); nil keeps every column.
    var usableNames: Set<String>?

    public init(source: String, variables: [String: Value], context: ExecutionContext,
                resolveTable: @escaping (Identifier) throws -> Table) {
        self.source = source
        self.variables = variables
        self.context = context
        self.resolveTable = resolveTable
    }

    public func run(_ pipeline: Pipeline) throws -> PipelineResult {
        var whole = self
        whole.usableNames = nil
        guard let (names, through) = ColumnPruning.referencedNames(pipeline.stages) else {
            return try whole.runStages(pipeline, prunedThrough: -1)
        }
        var pruned = self
        pruned.usableNames = names
        do {
            return try pruned.runStages(pipeline, prunedThrough: through)
        } catch is Diagnostic {
            // Said again over every column, so a did-you-mean can name one the pruning dropped.
            return try whole.runStages(pipeline, prunedThrough: -1)
        }
    }

    /// The columns of `table` that this pipeline can still use.
    func pruned(_ table: Table) -> Table {
        usableNames.map { ColumnPruning.prune(table, keeping: $0) } ?? table
    }

    /// Runs the stages; those after `prunedThrough` see whole tables again (a join there may
    /// bring columns the pruning never heard of).
    private func runStages(_ pipeline: Pipeline, prunedThrough: Int) throws -> PipelineResult {
        var table = pruned(try table(for: pipeline.source))
        var chart: ChartRequest?
        var index = 0
        let stages = pipeline.stages
        var runner = self
        while index < stages.count {
            try context.checkInterrupt()
            if index > prunedThrough { runner.usableNames = nil }
            let verb = stages[index]
            if chart != nil {
                throw Diagnostic("`chart` must be the last verb of a pipeline", at: verb.span)
            }
            // `group` hands its keys to the `agg` that follows it.
            if case .group(let keys) = verb.kind {
                let next = index + 1 < stages.count ? stages[index + 1] : nil
                if let next, case .aggregate(let items) = next.kind {
                    table = try AggregateStage.apply(keys: keys, items: items, to: table, runner: runner, span: next.span)
                    index += 2
                    continue
                }
                table = try GroupStage.applyAlone(keys: keys, to: table, runner: runner, span: verb.span)
                index += 1
                continue
            }
            // `sort` followed by `take` only needs the first rows of the order (a top-N heap).
            if case .sort(let keys) = verb.kind, index + 1 < stages.count,
               case .take(let count, let offset) = stages[index + 1].kind {
                let limit = TakeStage.rowsNeeded(count, offset, on: table, runner: runner)
                table = try SortStage.apply(keys, to: table, runner: runner, limit: limit)
                index += 1
                continue
            }
            table = try runner.apply(verb, to: table, chart: &chart)
            index += 1
        }
        return PipelineResult(table: table, chart: chart)
    }

    /// The rows a source names: a table, or a parenthesised pipeline.
    func table(for source: PipelineSource) throws -> Table {
        switch source {
        case .table(let name): return try resolveTable(name)
        case .pipeline(let inner): return try run(inner).table
        }
    }

    private func apply(_ verb: Verb, to table: Table, chart: inout ChartRequest?) throws -> Table {
        switch verb.kind {
        case .filter(let condition): return try WhereStage.apply(condition, to: table, runner: self)
        case .derive(let items): return try DeriveStage.apply(items, to: table, runner: self)
        case .select(let items): return try SelectStage.apply(items, to: table, runner: self)
        case .rename(let items): return try RenameStage.apply(items, to: table, runner: self)
        case .aggregate(let items):
            return try AggregateStage.apply(keys: [], items: items, to: table, runner: self, span: verb.span)
        case .group: return table
        case .sort(let keys): return try SortStage.apply(keys, to: table, runner: self)
        case .take(let count, let offset): return try TakeStage.apply(count, offset, to: table, runner: self)
        case .top(let count, let by, let per): return try TopStage.apply(count, by: by, per: per, to: table, runner: self)
        case .distinct(let columns): return try DistinctStage.apply(columns, to: table, runner: self)
        case .count(let columns): return try CountStage.apply(columns, to: table, runner: self, span: verb.span)
        case .join(let kind, let right, let on):
            return try JoinStage.apply(kind, right, on, to: table, runner: self, span: verb.span)
        case .pivot(let column, let aggregate, let by):
            return try PivotStage.apply(column, aggregate, by, to: table, runner: self, span: verb.span)
        case .unpivot(let columns, let nameColumn, let valueColumn):
            return try UnpivotStage.apply(columns, into: nameColumn, valueColumn, to: table, runner: self, span: verb.span)
        case .chart(let kind, let label, let value, let series):
            let (result, request) = try ChartStage.apply(kind, label, value, series: series, to: table, runner: self)
            chart = request
            return result
        }
    }

    // MARK: Shared by the verbs

    public func scope(_ table: Table) -> BindingScope {
        BindingScope(table: table, variables: variables, source: source) { try self.run($0).table }
    }

    func bind(_ e: Expression, on table: Table) throws -> BoundExpression {
        try ExpressionBinder(scope: scope(table)).bind(e)
    }

    /// Runs an engine step, turning engine errors into a diagnostic at the verb.
    public func execute<T>(at span: SourceSpan, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as EngineError where error != .cancelled {
            throw Diagnostic("\(error)", at: span)
        }
    }

    /// A non-negative whole number written where a count is expected (`take 10`, `take $n`).
    func count(_ e: Expression, on table: Table, what: String) throws -> Int {
        let bound = try bind(e, on: table)
        guard case .literal(let v) = bound.expr, let n = v.number, n >= 0, n == n.rounded(), n < 1e12 else {
            throw Diagnostic("\(what) must be a whole number of 0 or more", at: e.span)
        }
        return Int(n)
    }

    /// The output name of a computed item: its explicit name, else the column it is, else its text.
    /// A qualified reference (`t2.a` after a join) is resolved as binding resolves it, so the
    /// column is named after the one it really is, not after a left-hand namesake.
    func defaultName(_ e: Expression, in table: Table) -> String {
        if let reference = e.columnReference, let i = try? scope(table).resolve(reference) {
            return table.fields[i].name
        }
        return scope(table).text(of: e.span)
    }
}
