/// `.tables`: every table with its size.
enum TablesCommand {
    static let command = DotCommand(name: "tables", usage: ".tables", summary: "list the tables with their row and column counts") { session, _, _ in
        session.writeRemoteTables()
        if session.catalog.names.isEmpty {
            if !session.attachments.names.isEmpty { return }
            session.output.write("no tables yet: `load \"FILE\"` adds some\n")
            return
        }
        let width = session.catalog.names.map(\.count).max() ?? 0
        for name in session.catalog.names {
            guard let t = session.catalog[name] else { continue }
            let padded = name.padding(toLength: width, withPad: " ", startingAt: 0)
            session.output.write("\(padded)  \(t.rowCount) rows × \(t.columnCount) columns\n")
        }
    }
}
