/// A verb's help: its usage and summary from the grammar, plus an example that runs on the
/// bundled data, kept beside the verb's semantics.
public struct VerbHelp: Sendable {
    public let name: String
    public let syntax: String
    public let summary: String
    /// Runs on the bundled data; a test runs every example.
    public let example: String

    init(grammar: VerbGrammar, example: String) {
        name = grammar.name
        syntax = grammar.usage
        summary = grammar.summary
        self.example = example
    }

    /// Every verb, in the grammar's order.
    public static let all: [VerbHelp] = [
        WhereStage.help, DeriveStage.help, SelectStage.help, RenameStage.help, GroupStage.help, AggregateStage.help,
        SortStage.help, TakeStage.help, TopStage.help, DistinctStage.help, CountStage.help, JoinStage.help,
        PivotStage.help, UnpivotStage.help, ChartStage.help,
    ]
}
