import JixiaoLanguage
import JixiaoQuery

/// `.plan PIPELINE`: the bound plan of a pipeline — each operator, its columns, what pruning
/// dropped — without running it, like `EXPLAIN` in DuckDB.
enum PlanCommand {
    static let command = DotCommand.readingPipeline(
        name: "plan", usage: ".plan PIPELINE",
        summary: "show how a pipeline runs: operators, columns, what is pruned (nothing runs)",
        example: "projects | count department"
    ) { session, pipeline, text in
        let planner = StatementRunner(session: session, source: text, file: nil).planner()
        session.output.write(try planner.explain(pipeline))
    }
}
