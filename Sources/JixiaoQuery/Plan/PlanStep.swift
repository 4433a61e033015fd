import JixiaoEngine
import JixiaoLanguage

/// Where an output column of a step comes from, for column pruning.
public enum ColumnOrigin: Sendable, Equatable {
    /// Input column `i`, passed on unchanged.
    case input(Int)
    /// Column `i` of a join's right side.
    case right(Int)
    /// Computed by the step (from the columns it reads).
    case computed
}

/// One bound operator of a plan: what runs, on which columns, giving which columns. Made by a
/// verb's ``VerbClause/bind(_:_:)`` before any row is read.
public struct PlanStep {
    /// The engine operator, as `.plan` names it (`Filter`, `HashAggregate` …).
    public var operatorName: String
    /// What `.plan` prints under the operator: its condition, keys, aggregates.
    public var details: [String]
    /// The output columns; nil when they depend on the data (values made into columns): binding resumes on the
    /// output once the step has run.
    public var output: [PlanColumn]?
    /// Input columns the operator reads itself, beyond those it passes on.
    public var reads: Set<Int>
    /// True when every input column matters (whole-row `distinct`): nothing before it is pruned.
    public var readsEverything: Bool
    /// One origin per output column.
    public var lineage: [ColumnOrigin]
    /// A join's right side, run before the step.
    public var right: Plan?
    /// The right side's columns the step reads itself (its keys).
    public var rightReads: Set<Int>
    /// Set by a final `chart`.
    public var chart: ChartRequest?
    /// The verb's text, for engine errors.
    public var span: SourceSpan
    /// How many columns the step's input has (set by the planner).
    public internal(set) var inputCount = 0
    /// Runs the step through engine operators.
    let run: (StepInput) throws -> Table

    init(
        _ operatorName: String, details: [String], output: [PlanColumn]?, reads: Set<Int>,
        lineage: [ColumnOrigin], span: SourceSpan, readsEverything: Bool = false,
        right: Plan? = nil, rightReads: Set<Int> = [], chart: ChartRequest? = nil,
        run: @escaping (StepInput) throws -> Table
    ) {
        self.operatorName = operatorName
        self.details = details
        self.output = output
        self.reads = reads
        self.readsEverything = readsEverything
        self.lineage = lineage
        self.right = right
        self.rightReads = rightReads
        self.chart = chart
        self.span = span
        self.run = run
    }

    /// Each output column passed through from the same input column: steps that keep every
    /// column (filter, sort, take).
    static func passing(_ count: Int) -> [ColumnOrigin] { (0..<count).map { .input($0) } }
}

/// What a step runs on.
struct StepInput {
    var table: Table
    var right: Table?
    var context: ExecutionContext
}
