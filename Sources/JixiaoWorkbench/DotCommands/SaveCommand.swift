import Foundation

/// `.save FILE.jxdb`: every table of the session in jixiao's own columnar snapshot format, which
/// `.open` (or `jixiao FILE.jxdb`) reads back without parsing any text.
enum SaveCommand {
    static let command = DotCommand(
        name: "save", usage: ".save FILE.jxdb", summary: "write every table to a snapshot that .open reads back fast"
    ) { session, argument, _ in
        let path = argument.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        guard !path.isEmpty else { throw WorkbenchError.usage("name the snapshot file to write") }
        // A relative name is the working folder's, as `save … to` writes it.
        let target = (path as NSString).expandingTildeInPath
        try session.saveSnapshot(to: target)
        if session.interactive {
            let count = session.catalog.names.count
            session.messages.write("saved \(count) table\(count == 1 ? "" : "s") to \(path)\n")
        }
    }
}
