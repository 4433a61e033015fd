/// The syntax of one verb: its name, a usage line for help and errors, and its argument parser.
///
/// Adding a verb means one file in `Verbs/` defining a `VerbGrammar` and one line in ``all``.
/// The REPL takes verb names for completion and `.help` from here too.
public struct VerbGrammar: Sendable {
    /// The word after `|`.
    public let name: String
    /// `where EXPR`, as in SPEC §5.
    public let usage: String
    /// One line on what it does.
    public let summary: String
    /// Parses the arguments; the verb's name is already consumed.
    let parse: @Sendable (inout SyntaxParser) throws(Diagnostic) -> Verb.Kind

    init(
        name: String, usage: String, summary: String,
        parse: @escaping @Sendable (inout SyntaxParser) throws(Diagnostic) -> Verb.Kind
    ) {
        self.name = name
        self.usage = usage
        self.summary = summary
        self.parse = parse
    }

    /// Every verb, in the order help lists them.
    public static let all: [VerbGrammar] = [
        .filter, .derive, .select, .rename, .group, .aggregate, .sort, .take, .top,
        .distinct, .count, .join, .pivot, .unpivot, .chart,
    ]

    /// The verb called `name` (case-insensitive).
    public static func named(_ name: String) -> VerbGrammar? {
        let lowered = name.lowercased()
        return all.first { $0.name == lowered }
    }

    /// Words from SQL, dplyr and shell tools that analysts reach for, mapped to jixiao's verb, so
    /// "unknown verb" can suggest the right one even when the spelling is nothing alike.
    static let synonyms: [String: String] = [
        "filter": "where", "order": "sort", "orderby": "sort", "limit": "take", "head": "take",
        "mutate": "derive", "summarize": "agg", "summarise": "agg", "aggregate": "agg",
        "groupby": "group", "uniq": "distinct", "unique": "distinct", "melt": "unpivot",
    ]

    /// "unknown verb" with the nearest verb or a synonym's verb as suggestion.
    static func unknownVerb(_ word: String, at span: SourceSpan) -> Diagnostic {
        var diagnostic = Diagnostic.unknown("verb", word, at: span, among: all.map(\.name))
        if diagnostic.suggestion == nil, let verb = synonyms[word.lowercased()] {
            diagnostic.suggestion = "did you mean \"\(verb)\"?"
        }
        diagnostic.note = "the verbs are \(all.map(\.name).joined(separator: ", "))"
        return diagnostic
    }
}
