/// One stage of a pipeline, after a `|`: the verb's name as written, its parsed clause and
/// where it stands in the source.
public struct Verb: Sendable, Hashable {
    /// The parsed arguments; its type is the verb (`WhereVerb`, `JoinVerb` …).
    public var clause: any VerbSyntax
    /// The verb's name as written (`where`, `agg` …).
    public var name: Identifier
    /// From the verb's name to the end of its last argument (the `|` is not included).
    public var span: SourceSpan

    public init(_ clause: any VerbSyntax, name: Identifier, span: SourceSpan) {
        self.clause = clause
        self.name = name
        self.span = span
    }

    /// The clause as the verb `V`, or nil when it is another verb.
    public func clause<V: VerbSyntax>(as type: V.Type) -> V? { clause as? V }

    /// Two stages are equal when they print the same at the same place: the printed form pins
    /// the whole tree (see ``SyntaxDump``), so the clauses need no equality of their own.
    public static func == (a: Verb, b: Verb) -> Bool {
        a.span == b.span && a.name == b.name && a.description == b.description
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(span)
        hasher.combine(description)
    }
}

/// `NAME = EXPR`, in `derive`, `agg` and `select`.
public struct Assignment: Sendable, Hashable {
    public var name: Identifier
    public var value: Expression

    public init(name: Identifier, value: Expression) {
        self.name = name
        self.value = value
    }

    public var span: SourceSpan { name.span.union(value.span) }
}

/// `[-]EXPR` in `sort`.
public struct SortKey: Sendable, Hashable {
    public var expression: Expression
    /// Written with a leading `-`.
    public var descending: Bool
    /// Including the `-`.
    public var span: SourceSpan

    public init(expression: Expression, descending: Bool, span: SourceSpan) {
        self.expression = expression
        self.descending = descending
        self.span = span
    }
}
