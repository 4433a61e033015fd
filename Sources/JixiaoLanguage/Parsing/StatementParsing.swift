/// Statements: a pipeline, or one of the statement words of SPEC §5 and §8.
///
/// The statement words are contextual: `load`, `save` … start a statement unless a `|` follows
/// them, so a table called `load` still works as `load | take 3`, while a bare `load` is told
/// what it lacks. `check` is a statement only when alone.
extension SyntaxParser {
    /// Statements separated by newlines or `;`, until the end of input.
    mutating func parseStatements() throws(Diagnostic) -> [Statement] {
        var statements: [Statement] = []
        while true {
            while current.kind == .newline || current.isSymbol(.semicolon) { advance() }
            if current.kind == .end { return statements }
            statements.append(try parseStatement())
            guard current.endsStatement else { throw unexpectedAfterStatement() }
        }
    }

    /// The words that begin a statement other than a pipeline, for error messages.
    static let statementWords = [
        "let", "load", "save", "set", "assert", "print", "run", "report", "check", "attach", "detach",
    ]

    mutating func parseStatement() throws(Diagnostic) -> Statement {
        let start = current.span.start
        if case .dotCommand(let name, let argument) = current.kind {
            let token = advance()
            let identifier = Identifier(name, span: token.span)
            return Statement(.dotCommand(name: identifier, argument: argument), span: token.span)
        }
        let kind: Statement.Kind
        let argumentsFollow = !peek(1).isSymbol(.pipe)
        switch current.kind {
        case .identifier(let word) where word.lowercased() == "check" && peek(1).endsStatement:
            advance()
            kind = .check
        case .identifier(let word) where argumentsFollow && Self.statementWords.contains(word.lowercased()):
            advance()
            kind = try parseStatementArguments(word.lowercased())
        case .identifier(let word) where !peek(1).endsStatement && argumentsFollow && verbs.named(word) != nil:
            throw Diagnostic(
                "expected `|` before the verb `\(word)`", at: current.span,
                suggestion: "write `| \(word) …` to continue the pipeline on the line above")
        default:
            guard atIdentifier || current.isSymbol(.leftParen) else {
                throw Diagnostic(
                    "expected a statement\(found)", at: here,
                    note: "a statement is a pipeline starting with a table name, or one of "
                        + Self.statementWords.map { "`\($0)`" }.joined(separator: ", "))
            }
            kind = .pipeline(try parsePipeline())
        }
        return Statement(kind, span: span(from: start))
    }

    private mutating func parseStatementArguments(_ word: String) throws(Diagnostic) -> Statement.Kind {
        switch word {
        case "let":
            let name = try parseIdentifier("a table name")
            try expect(.equal, example: "let big = projects | where budget_total > 1000")
            guard atIdentifier || current.isSymbol(.leftParen) else {
                var diagnostic = expected("a table name or `(`")
                diagnostic.suggestion = "`let` names a table; write `set \(name.name) = …` for a value"
                throw diagnostic
            }
            return .letTable(name: name, pipeline: try parsePipeline())
        case "set":
            let name: Identifier
            if case .variable(let variable) = current.kind {
                name = Identifier(variable, span: advance().span)
            } else {
                name = try parseIdentifier("a variable name")
            }
            try expect(.equal, example: "set year = 2024")
            var value = try parseArgument()
            // `set n = TABLE | …`: the single value of the pipeline's one-cell result.
            if let table = value.columnReference, table.table == nil, at(.pipe) {
                let pipeline = try parseStages(after: .table(table.column))
                value = Expression(.pipeline(pipeline), span: pipeline.span)
            }
            if case .pipeline = value.kind {
                value = Expression(
                    .call(function: Identifier("value", span: value.span), arguments: [value]), span: value.span)
            }
            return .setVariable(name: name, value: value)
        case "load":
            return .load(try parseLoad())
        case "save":
            let pipeline = try parsePipeline()
            try expectWord("to", example: "save projects | where year = 2024 to \"out.csv\"")
            if atIdentifier {
                return .saveToDatabase(
                    pipeline: pipeline, table: try parseQualifiedName("a database table such as `pg.projects`"))
            }
            let path = try parseStringLiteral("a quoted file name")
            let tableName = takeWord("as") != nil ? try parseIdentifier("a table name") : nil
            return .save(pipeline: pipeline, path: path, tableName: tableName)
        case "assert":
            let condition = try parseArgument()
            guard take(.comma) != nil else { return .assert(condition: condition, message: nil) }
            guard case .string = current.kind else { throw expected("a quoted message") }
            return .assert(condition: condition, message: try parsePrintTemplate())
        case "print":
            return .print(try parsePrintTemplate())
        case "attach":
            let target = try parseStringLiteral("a quoted connection such as \"postgresql://user@host/db\"")
            try expectWord("as", example: "attach \"postgresql://postgres@localhost/budget\" as pg")
            return .attach(target: target, name: try parseIdentifier("a name for the database"))
        case "detach":
            return .detach(name: try parseIdentifier("the name of an attached database"))
        case "run":
            return .run(path: try parseStringLiteral("a quoted script path"))
        case "report":
            let path = try parseArgument()
            let title = takeWord("title") != nil ? try parseArgument() : nil
            return .report(path: path, title: title)
        default:  // `check` followed by something other than `|`
            var diagnostic = expected("the end of the statement")
            diagnostic.note = "`check` takes no arguments; query its findings with `checks | …`"
            throw diagnostic
        }
    }

    /// `load "PATH" [as NAME] [key=value …]`, options separated by spaces or commas.
    private mutating func parseLoad() throws(Diagnostic) -> LoadStatement {
        let path = try parseStringLiteral("a quoted file or folder path")
        var alias: Identifier?
        var options: [LoadOption] = []
        while !current.endsStatement {
            if alias == nil, current.isWord("as"), isName(peek(1)) {
                advance()
                alias = try parseIdentifier("a table name")
                continue
            }
            if !options.isEmpty, take(.comma) != nil { continue }
            let key = try parseIdentifier("an option such as `year=2024`, or the end of the statement")
            try expect(.equal, example: "load \"data/\" year=2024 region=\"广东\"")
            options.append(LoadOption(key: key, value: try parseArgument()))
        }
        return LoadStatement(path: path, alias: alias, options: options)
    }

    /// The error for a token left over after a complete statement.
    private func unexpectedAfterStatement() -> Diagnostic {
        if case .identifier(let word) = current.kind, verbs.named(word) != nil {
            return Diagnostic(
                "expected `|` before the verb `\(word)`", at: current.span,
                suggestion: "write `| \(word) …`")
        }
        if current.isSymbol(.rightParen) {
            return Diagnostic("unmatched `)`", at: current.span)
        }
        return Diagnostic(
            "expected the end of the statement (a new line or `;`)\(found)", at: here)
    }
}
