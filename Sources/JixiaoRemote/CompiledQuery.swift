/// The SQL for the leading verbs of a pipeline: one statement, its text parameters, and how
/// many verbs it covers (the rest run locally on its result).
public struct CompiledQuery: Sendable, Hashable {
    public var sql: String
    public var parameters: [String]
    public var consumedStages: Int
    public var columns: [RemoteColumn]
}
