/// Pipelines: a source, then `| verb …` stages.
extension SyntaxParser {
    /// `source | verb … | verb …`; `what` names the source in the error when there is none.
    public mutating func parsePipeline(_ what: String = "a table name or `(`") throws(Diagnostic) -> Pipeline {
        let source = try parseSource(what)
        return try parseStages(after: source)
    }

    /// A table name or a parenthesised pipeline.
    public mutating func parseSource(_ what: String = "a table name or `(`") throws(Diagnostic) -> PipelineSource {
        guard let open = take(.leftParen) else {
            return .table(try parseQualifiedName(what))
        }
        try enter()
        defer { leave() }
        var inner = try parsePipeline()
        let close = try expectClosing(open)
        inner.span = open.span.union(close.span)
        return .pipeline(inner)
    }

    /// `NAME` or `DATABASE.TABLE` (a table of an attached database), as one identifier whose
    /// name keeps the dot.
    mutating func parseQualifiedName(_ what: String) throws(Diagnostic) -> Identifier {
        let first = try parseIdentifier(what)
        guard current.isSymbol(.dot), !first.isQuoted else { return first }
        advance()
        let second = try parseIdentifier("a table name after `\(first.name).`")
        return Identifier(first.name + "." + second.name, span: first.span.union(second.span))
    }

    /// The stages after `source`, as long as a `|` follows.
    mutating func parseStages(after source: PipelineSource) throws(Diagnostic) -> Pipeline {
        var stages: [Verb] = []
        while take(.pipe) != nil {
            stages.append(try parseVerb())
        }
        let end = stages.last?.span ?? source.span
        return Pipeline(source: source, stages: stages, span: source.span.union(end))
    }

    /// One verb after `|`, dispatched through the parser's ``VerbTable``.
    private mutating func parseVerb() throws(Diagnostic) -> Verb {
        guard case .identifier(let word) = current.kind else {
            if current.isSymbol(.pipe) {
                throw Diagnostic(
                    "expected a verb after `|`, found another `|`", at: current.span,
                    suggestion: "`|` starts the next verb; to combine conditions write `or`")
            }
            throw Diagnostic(
                "expected a verb after `|`\(found)", at: here,
                note: "the verbs are \(verbs.names.joined(separator: ", "))")
        }
        let name = Identifier(word, span: advance().span)
        guard let verb = verbs.named(word) else {
            throw verbs.unknownVerb(word, at: name.span)
        }
        let clause = try verb.parse(&self)
        return Verb(clause, name: name, span: span(from: name.span.start))
    }
}
