import JixiaoEngine
import JixiaoLanguage

/// A bound pipeline: where its rows come from, the operators that run on them with the columns
/// each gives, and what pruning dropped. Every name and type is checked when it is made; running
/// it (``Planner/execute(_:)``) only moves data.
public struct Plan {
    public enum Source {
        /// A stored table, by the name it was given.
        case table(String, Table)
        /// A parenthesised pipeline.
        case plan(Box)
    }

    /// Indirection for a plan inside a plan.
    public final class Box {
        public let plan: Plan
        init(_ plan: Plan) { self.plan = plan }
    }

    public var source: Source
    /// The source's columns before pruning.
    public var sourceColumns: [PlanColumn]
    /// The source columns the steps are bound to (all of them unless pruned).
    public var kept: [Int]
    public var steps: [PlanStep]
    /// The verbs after a step whose columns come from the data: bound on its output once it has run.
    public var unbound: [Verb]
    /// The columns the caller asked for in the end (a join's right side keeps only what the join
    /// uses); nil keeps every column.
    public var keepOutput: [Int]?

    /// The final columns, when binding reached the end.
    public var output: [PlanColumn]? {
        guard unbound.isEmpty else { return nil }
        var columns = steps.isEmpty ? kept.map { sourceColumns[$0] } : steps.last?.output
        if let keep = keepOutput, let all = columns { columns = keep.map { all[$0] } }
        return columns
    }

    /// The source columns pruning dropped.
    public var pruned: [String] {
        let keptSet = Set(kept)
        return sourceColumns.indices.filter { !keptSet.contains($0) }.map { sourceColumns[$0].name }
    }

    public var chart: ChartRequest? { unbound.isEmpty ? steps.last?.chart : nil }
}
