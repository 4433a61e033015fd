import Foundation

/// `.open FILE.jxdb`: the session's tables become the snapshot's (names, labels and load warnings
/// as they were saved); a file that is not a whole, undamaged snapshot changes nothing.
enum OpenCommand {
    static let command = DotCommand(
        name: "open", usage: ".open FILE.jxdb", summary: "replace the tables with those of a snapshot written by .save"
    ) { session, argument, base in
        let path = argument.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        guard !path.isEmpty else { throw WorkbenchError.usage("name the snapshot file to open") }
        try session.openSnapshot(at: session.resolvePath(path, relativeTo: base))
        if session.interactive {
            for name in session.catalog.names {
                if let t = session.catalog[name] { session.messages.write("\(name): \(t.rowCount) rows\n") }
            }
        }
    }
}
