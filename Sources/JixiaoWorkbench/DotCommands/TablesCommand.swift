import JixiaoRender
import JixiaoText

/// `.tables`: every table with its size.
enum TablesCommand {
    static let command = DotCommand(
        name: "tables", usage: ".tables", summary: "list the tables with their row and column counts"
    ) { session, _, _ in
        session.writeRemoteTables()
        if session.catalog.names.isEmpty {
            if !session.attachments.names.isEmpty { return }
            session.output.write(session.text(.noTablesYet) + "\n")
            return
        }
        // Names are padded in terminal cells, so a Chinese table name lines up too.
        let width = session.catalog.names.map { TerminalWidth.cells(of: $0) }.max() ?? 0
        for name in session.catalog.names {
            guard let t = session.catalog[name] else { continue }
            let padded = TerminalWidth.pad(name, toCells: width)
            let words = session.messageCatalog()
            // "1 row", not "1 rows".
            session.output.write(
                "\(padded)  "
                    + session.text(.tableSize, words.counted(t.rowCount, .row), words.counted(t.columnCount, .column))
                    + "\n")
        }
    }
}
