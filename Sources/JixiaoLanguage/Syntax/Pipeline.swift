/// A source table followed by verbs: `indicators | where … | group … | agg …`.
public struct Pipeline: Sendable, Hashable {
    public var source: PipelineSource
    /// The verbs in order; empty for a bare table name (which shows the table).
    public var stages: [Verb]
    public var span: SourceSpan

    public init(source: PipelineSource, stages: [Verb], span: SourceSpan) {
        self.source = source
        self.stages = stages
        self.span = span
    }
}

/// Where a pipeline's rows come from (also the right side of a `join`).
public indirect enum PipelineSource: Sendable, Hashable {
    /// A table by name: `projects`, `主管部门汇总`, `_` (the last result).
    case table(Identifier)
    /// `( pipeline )`.
    case pipeline(Pipeline)

    public var span: SourceSpan {
        switch self {
        case .table(let name): return name.span
        case .pipeline(let pipeline): return pipeline.span
        }
    }
}
