import JixiaoLanguage
import JixiaoQuery

/// `.plan PIPELINE`: the bound plan of a pipeline — each operator, its columns, what pruning
/// dropped — without running it, like `EXPLAIN` in DuckDB.
enum PlanCommand {
    static let command = DotCommand.readingLanguage(
        name: "plan", usage: ".plan PIPELINE",
        summary: "show how a pipeline runs: operators, columns, what is pruned (nothing runs)"
    ) { session, argument, line in
        guard !argument.isEmpty else {
            throw WorkbenchError.usage("give a pipeline, e.g. `.plan projects | count department`")
        }
        let text = line.inPlace(argument)
        let statements = try Parser.jixiao.parseStatements(text)
        guard statements.count == 1, let statement = statements.first, case .pipeline(let pipeline) = statement.kind
        else {
            throw WorkbenchError.usage("`.plan` takes one pipeline, e.g. `.plan projects | count department`")
        }
        let planner = StatementRunner(session: session, source: text, file: nil).planner()
        session.output.write(try planner.explain(pipeline))
    }
}
