/// The verbs a parser knows, in the order help lists them. The language defines none itself:
/// the query layer's registry builds this table from its verb types.
public struct VerbTable: Sendable {
    public let verbs: [any VerbSyntax.Type]

    public init(_ verbs: [any VerbSyntax.Type]) {
        self.verbs = verbs
    }

    public var names: [String] { verbs.map { $0.name } }

    /// The verb called `name` (case-insensitive).
    public func named(_ name: String) -> (any VerbSyntax.Type)? {
        let lowered = name.lowercased()
        return verbs.first { $0.name == lowered }
    }

    /// "unknown verb" with the nearest verb or a synonym's verb as suggestion.
    func unknownVerb(_ word: String, at span: SourceSpan) -> Diagnostic {
        var diagnostic = Diagnostic.unknown("verb", word, at: span, among: names)
        if diagnostic.suggestion == nil, let verb = verbs.first(where: { $0.synonyms.contains(word.lowercased()) }) {
            diagnostic.suggestion = "did you mean \"\(verb.name)\"?"
        }
        diagnostic.note = "the verbs are \(names.joined(separator: ", "))"
        return diagnostic
    }
}
