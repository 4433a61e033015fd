import JixiaoDomain
import JixiaoEngine
import JixiaoLanguage
import JixiaoQuery

/// `check` and `.check`: runs the audit (SPEC §8) over the loaded `projects` and `indicators`,
/// stores the findings as the table `checks`, shows them like any query result and ends with a
/// one-line summary on the message stream, where load summaries go too.
enum AuditRunner {
    static func run(_ session: Session) throws {
        guard let projects = session.catalog["projects"] else {
            throw WorkbenchError.usage("nothing to check: no projects are loaded (`load \"FILE\"` adds some)")
        }
        let indicators = session.catalog["indicators"] ?? .empty
        let findings = Audit.findings(projects: projects, indicators: indicators)
        let table = Audit.table(findings)
        session.catalog["checks"] = table
        session.catalog["_"] = table
        session.show(PipelineResult(table: table))
        session.messages.write(Audit.summary(findings, documentsChecked: documentCount(projects)) + "\n")
    }

    /// The distinct sources among the projects: one per document loaded.
    static func documentCount(_ projects: Table) -> Int {
        guard let column = projects.column(named: "source") else { return 0 }
        return Set((0..<projects.rowCount).compactMap { column.string(at: $0) }).count
    }
}
