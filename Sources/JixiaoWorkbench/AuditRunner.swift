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
        let table = translated(Audit.table(findings), session.messageCatalog())
        session.catalog["checks"] = table
        session.catalog["_"] = table
        session.show(PipelineResult(table: table))
        session.messages.write(summary(findings, documentsChecked: documentCount(projects), session) + "\n")
    }

    /// `10 findings in 1 document (4 checked)`, or its Chinese.
    static func summary(_ findings: [AuditFinding], documentsChecked: Int, _ session: Session) -> String {
        guard session.settings.language == .chinese else {
            return Audit.summary(findings, documentsChecked: documentsChecked)
        }
        let documents = Set(findings.compactMap(\.source)).count
        return session.text(.auditSummary, "\(findings.count) 条发现", "\(documents) 个文档", String(documentsChecked))
    }

    /// The findings' texts in the interface's language; rule names stay as they are (queries use them).
    static func translated(_ table: Table, _ catalog: MessageCatalog) -> Table {
        guard catalog.language == .chinese else { return table }
        var out = table
        for name in ["found", "expected"] {
            guard let column = table.column(named: name) else { continue }
            let values = (0..<table.rowCount).map { row -> Value in
                column.string(at: row).map { .string(catalog.translateFinding($0)) } ?? .null
            }
            out.set(name, Column.from(values))
        }
        return out
    }

    /// The distinct sources among the projects: one per document loaded.
    static func documentCount(_ projects: Table) -> Int {
        guard let column = projects.column(named: "source") else { return 0 }
        return Set((0..<projects.rowCount).compactMap { column.string(at: $0) }).count
    }
}
