/// A verb's usage text, kept beside its code and listed in one registry for `.help`.
public struct VerbHelp: Sendable {
    public let name: String
    public let syntax: String
    public let summary: String
    /// Runs on the bundled data; a test runs every example.
    public let example: String

    /// Every verb, in the order `.help` lists them.
    public static let all: [VerbHelp] = [
        WhereVerb.help, DeriveVerb.help, SelectVerb.help, RenameVerb.help, GroupVerb.help, AggregateVerb.help,
        SortVerb.help, TakeVerb.help, TopVerb.help, DistinctVerb.help, CountVerb.help, JoinVerb.help,
        PivotVerb.help, UnpivotVerb.help, ChartVerb.help,
    ]
}
