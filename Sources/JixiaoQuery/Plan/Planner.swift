import JixiaoEngine
import JixiaoLanguage

/// Turns a parsed pipeline into a bound ``Plan`` and runs it: a statement goes parse → bind →
/// prune → run, once. Binding checks every name and type against the columns each step will
/// have, before a row is read; pruning then drops the source columns no step needs; running
/// only moves data.
public struct Planner {
    /// Looks up a table by name (`projects`, `_`, a `let` name) or reports it unknown.
    public var resolveTable: (Identifier) throws -> Table
    public var variables: [String: Value]
    public var source: String
    public var context: ExecutionContext
    /// For each join (by its verb's offset), the right-hand columns pruning keeps.
    var rightKeeping: [Int: [Int]] = [:]
    /// Results of the sub-pipelines binding itself runs, so binding twice runs them once.
    private let subqueries = SubqueryResults()

    public init(
        source: String, variables: [String: Value], context: ExecutionContext,
        resolveTable: @escaping (Identifier) throws -> Table
    ) {
        self.source = source
        self.variables = variables
        self.context = context
        self.resolveTable = resolveTable
    }

    /// Binds and runs a pipeline.
    public func run(_ pipeline: Pipeline) throws -> PipelineResult {
        try execute(try plan(pipeline))
    }

    /// The bound plan of a pipeline, its source pruned to the columns the steps use.
    public func plan(_ pipeline: Pipeline) throws -> Plan {
        let full = try bind(pipeline, keeping: nil)
        guard let needs = ColumnPruning.needs(of: full) else { return full }
        var pruning = self
        pruning.rightKeeping = needs.right
        // Binding the pruned plan names the same columns; should it not (a right-hand column no
        // longer clashes with a dropped one), the full plan stands.
        guard let pruned = try? pruning.bind(pipeline, keeping: needs.source),
            pruned.steps.count == full.steps.count,
            pruned.output?.map(\.field) == full.output?.map(\.field)
        else { return full }
        return pruned
    }

    /// The text `.plan` prints.
    public func explain(_ pipeline: Pipeline) throws -> String {
        PlanPrinter.text(try plan(pipeline))
    }

    /// Binds every step, the source narrowed to `keeping` when given.
    func bind(_ pipeline: Pipeline, keeping: [Int]?) throws -> Plan {
        let (source, columns) = try bindSource(pipeline.source)
        let kept = keeping ?? Array(columns.indices)
        do {
            let (steps, unbound) = try bindSteps(pipeline.stages[...], on: kept.map { columns[$0] })
            return Plan(
                source: source, sourceColumns: columns, kept: kept, steps: steps, unbound: unbound, keepOutput: nil)
        } catch var diagnostic as Diagnostic where diagnostic.message.hasPrefix("unknown column") {
            // A bare word that is a value of the source's text: the quotes were forgotten.
            guard case .table(_, let table) = source else { throw diagnostic }
            let word = BindingScope(columns: [], variables: [:], source: self.source) { _ in table }.text(
                of: diagnostic.span)
            for (field, column) in zip(table.fields, table.columns) {
                guard let dictionary = column.dictionary, dictionary.code(of: word) != nil else { continue }
                diagnostic.suggestion = "text needs quotes: \"\(word)\""
                diagnostic.note = "\"\(word)\" is a value of the column \(field.name)"
                break
            }
            throw diagnostic
        }
    }

    /// A join's right side: its plan, keeping only `keeping` of its output when given.
    func planSource(_ source: PipelineSource, keeping: [Int]?) throws -> Plan {
        var plan = try self.plan(Pipeline(source: source, stages: [], span: source.span))
        plan.keepOutput = keeping
        return plan
    }

    private func bindSource(_ source: PipelineSource) throws -> (Plan.Source, [PlanColumn]) {
        switch source {
        case .table(let name):
            let table = try resolveTable(name)
            return (.table(name.name, table), PlanColumn.columns(of: table))
        case .pipeline(let inner):
            let plan = try self.plan(inner)
            if let output = plan.output { return (.plan(Plan.Box(plan)), output) }
            // Columns made from the data inside: they are known once it has run.
            let table = try subqueries.result(of: inner) { try execute(plan).table }
            return (.table("(\(SyntaxDump.pipeline(inner)))", table), PlanColumn.columns(of: table))
        }
    }

    /// Binds verbs one after another, each on the columns the one before gives, up to the end or
    /// to a step whose columns depend on the data; returns the steps and the verbs left.
    func bindSteps(_ verbs: ArraySlice<Verb>, on input: [PlanColumn]) throws -> ([PlanStep], [Verb]) {
        var columns = input
        var steps: [PlanStep] = []
        var rest = verbs
        while let verb = rest.first {
            try context.checkInterrupt()
            if steps.last?.chart != nil {
                throw Diagnostic("`chart` must be the last verb of a pipeline", at: verb.span)
            }
            guard let clause = verb.clause as? any VerbClause else {
                throw Diagnostic("`\(verb.name.name)` cannot run in a pipeline", at: verb.span)
            }
            var bindContext = BindContext(planner: self, verb: verb, upcoming: rest.dropFirst())
            var step = try clause.bind(columns, &bindContext)
            step.inputCount = columns.count
            rest = rest.dropFirst(1 + bindContext.consumed)
            steps.append(step)
            guard let output = step.output else { return (steps, Array(rest)) }
            columns = output
        }
        return (steps, [])
    }

    /// Runs a bound plan: the source, each step's operators, and — after a step whose columns come from the data — the verbs
    /// bound on its output.
    public func execute(_ plan: Plan) throws -> PipelineResult {
        var table: Table
        switch plan.source {
        case .table(_, let stored): table = stored
        case .plan(let box): table = try execute(box.plan).table
        }
        if plan.kept.count != plan.sourceColumns.count { table = table.selecting(plan.kept) }
        var steps = plan.steps
        var unbound = plan.unbound
        var chart: ChartRequest?
        // The final columns as binding knows them (before `keepOutput`).
        var columns: [PlanColumn]? =
            plan.steps.isEmpty ? plan.kept.map { plan.sourceColumns[$0] } : plan.steps.last?.output
        while true {
            for step in steps {
                try context.checkInterrupt()
                let right = try step.right.map { try execute($0).table }
                let input = StepInput(table: table, right: right, context: context)
                table = try onEngineError(at: step.span) { try step.run(input) }
                chart = step.chart
            }
            guard !unbound.isEmpty else { break }
            let made = PlanColumn.columns(of: table)
            (steps, unbound) = try bindSteps(unbound[...], on: made)
            columns = steps.isEmpty ? made : steps.last?.output
        }
        if let keep = plan.keepOutput {
            table = table.selecting(keep)
            columns = columns.map { all in keep.map { all[$0] } }
        }
        if columns?.count != table.columnCount { columns = nil }
        return PipelineResult(table: table, chart: chart, columns: columns)
    }

    /// `rows(…)` and `value(…)`: the sub-pipeline's result, computed once per statement.
    func subquery(_ pipeline: Pipeline) throws -> Table {
        try subqueries.result(of: pipeline) { try run(pipeline).table }
    }
}

/// The tables of sub-pipelines a statement's binding has run, by their place in the source.
final class SubqueryResults {
    private var results: [String: Table] = [:]

    func result(of pipeline: Pipeline, _ compute: () throws -> Table) throws -> Table {
        let key = "\(pipeline.span.start.offset):\(pipeline.span.end.offset):\(pipeline.description)"
        if let table = results[key] { return table }
        let table = try compute()
        results[key] = table
        return table
    }
}
