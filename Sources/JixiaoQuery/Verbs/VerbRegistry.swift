import JixiaoLanguage

/// Every verb, in the order `.help` and the README list them: the one place a verb is added.
public enum VerbRegistry {
    public static let all: [any VerbClause.Type] = [
        WhereVerb.self, DeriveVerb.self, SelectVerb.self, RenameVerb.self, GroupVerb.self, AggVerb.self,
        SortVerb.self, TakeVerb.self, TopVerb.self, DistinctVerb.self, CountVerb.self, JoinVerb.self, AppendVerb.self,
        PivotVerb.self, UnpivotVerb.self, ChartVerb.self,
    ]

    /// The table the parser dispatches verbs through.
    public static let table = VerbTable(all)

    /// The verb called `name`.
    public static func named(_ name: String) -> (any VerbClause.Type)? {
        all.first { $0.name == name.lowercased() }
    }
}

extension Parser {
    /// The parser of the whole language: every verb of ``VerbRegistry``.
    public static let jixiao = Parser(verbs: VerbRegistry.table)
}
