import JixiaoEngine
import JixiaoRemote

/// How attached tables appear in `.tables` and `.schema`: by their catalogue, without fetching
/// a row.
extension Session {
    /// A statement as the REPL's history keeps it: any password of a connection string in it
    /// replaced by `***`, so `attach "postgresql://u:secret@…"` never reaches the history file.
    public static func historyEntry(_ statement: String) -> String { Redaction.redact(statement) }

    /// A table of the catalog, or an attached table as empty typed columns (its schema).
    func schemaTable(named name: String) throws -> Table {
        if catalog[name] == nil, let remote = attachments.resolve(name) {
            let columns = remote.columns.map { Column.nulls(count: 0, type: $0.type) }
            return Table(fields: remote.columns.map { Field($0.name) }, columns: columns, rowCount: 0)
        }
        return try table(named: name)
    }

    /// One line per attached table: `pg.projects  (in the database) × 29 columns`.
    func writeRemoteTables() {
        for name in attachments.qualifiedNames {
            guard let remote = attachments.resolve(name) else { continue }
            output.write("\(name)  in the database, \(remote.columns.count) columns\n")
        }
    }
}
