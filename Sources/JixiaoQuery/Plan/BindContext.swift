import JixiaoEngine
import JixiaoLanguage

/// What a verb sees while it binds: the statement's variables and source, the verbs after it
/// (`group` takes the `agg` that follows; `sort` looks for a `take`), and the planner for the
/// tables a `join` reads.
public struct BindContext {
    let planner: Planner
    /// The verb being bound.
    public let verb: Verb
    /// The verbs after it.
    public let upcoming: ArraySlice<Verb>
    /// How many of `upcoming` the verb has taken into its own step.
    private(set) var consumed = 0

    init(planner: Planner, verb: Verb, upcoming: ArraySlice<Verb>) {
        self.planner = planner
        self.verb = verb
        self.upcoming = upcoming
    }

    /// The verb after this one, when it is a `V`.
    public func next<V: VerbClause>(_ type: V.Type) -> V? {
        upcoming.first?.clause(as: type)
    }

    /// The span of the verb after this one.
    public var nextSpan: SourceSpan? { upcoming.first?.span }

    /// Takes the next verb into this step: it is not bound on its own.
    public mutating func consumeNext() { consumed += 1 }

    /// A scope over `columns` for binding expressions.
    public func scope(_ columns: [PlanColumn]) -> BindingScope {
        BindingScope(columns: columns, variables: planner.variables, source: planner.source) { [planner] in
            try planner.subquery($0)
        }
    }

    public func bind(_ e: Expression, on columns: [PlanColumn]) throws -> BoundExpression {
        try ExpressionBinder(scope: scope(columns)).bind(e)
    }

    public func resolve(_ reference: ColumnReference, in columns: [PlanColumn]) throws -> Int {
        try scope(columns).resolve(reference)
    }

    /// A non-negative whole number written where a count is expected (`take 10`, `take $n`).
    public func count(_ e: Expression, on columns: [PlanColumn], what: String) throws -> Int {
        let bound = try bind(e, on: columns)
        guard case .literal(let v) = bound.expr, let n = v.number, n >= 0, n == n.rounded(), n < 1e12 else {
            throw Diagnostic("\(what) must be a whole number of 0 or more", at: e.span)
        }
        return Int(n)
    }

    /// The output name of a computed item: the column it is, else its text. A qualified
    /// reference (`t2.a` after a join) is resolved as binding resolves it, so the column is named
    /// after the one it really is, not after a left-hand namesake.
    public func defaultName(_ e: Expression, in columns: [PlanColumn]) -> String {
        if let reference = e.columnReference, let i = try? scope(columns).resolve(reference) {
            return columns[i].name
        }
        return scope(columns).text(of: e.span)
    }

    /// The source text of `span`, as `.plan` shows what was written.
    public func text(of span: SourceSpan) -> String {
        scope([]).text(of: span)
    }

    /// The bound plan of a join's right side; `keeping` (from pruning) the columns the join needs.
    func plan(_ source: PipelineSource) throws -> Plan {
        try planner.planSource(source, keeping: planner.rightKeeping[verb.span.start.offset])
    }
}

/// Runs an engine step, turning engine errors into a diagnostic at `span`.
public func onEngineError<T>(at span: SourceSpan, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as EngineError where error != .cancelled {
        throw Diagnostic("\(error)", at: span)
    }
}
