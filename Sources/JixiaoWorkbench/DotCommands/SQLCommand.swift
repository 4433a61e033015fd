import JixiaoLanguage

/// `.sql PIPELINE`: the one SQL statement a pipeline over an attached table sends, its
/// parameters, and the verbs that then run here. Nothing is sent.
enum SQLCommand {
    static let command = DotCommand.readingLanguage(
        name: "sql", usage: ".sql PIPELINE",
        summary: "show the SQL a pipeline over an attached database sends (nothing runs)"
    ) { session, argument, line in
        guard !argument.isEmpty else {
            throw WorkbenchError.usage("give a pipeline, e.g. `.sql pg.projects | where budget_total > 100`")
        }
        let text = line.inPlace(argument)
        let statements = try Parser.jixiao.parseStatements(text)
        guard statements.count == 1, let statement = statements.first, case .pipeline(let pipeline) = statement.kind
        else {
            throw WorkbenchError.usage("`.sql` takes one pipeline, e.g. `.sql pg.projects | count department`")
        }
        session.output.write(try StatementRunner(session: session, source: text, file: nil).explainRemote(pipeline))
    }
}
