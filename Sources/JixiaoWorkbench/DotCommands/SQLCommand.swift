import JixiaoLanguage

/// `.sql PIPELINE`: the one SQL statement a pipeline over an attached table sends, its
/// parameters, and the verbs that then run here. Nothing is sent.
enum SQLCommand {
    static let command = DotCommand.readingPipeline(
        name: "sql", usage: ".sql PIPELINE",
        summary: "show the SQL a pipeline over an attached database sends (nothing runs)",
        example: "pg.projects | count department"
    ) { session, pipeline, text in
        session.output.write(try StatementRunner(session: session, source: text, file: nil).explainRemote(pipeline))
    }
}
