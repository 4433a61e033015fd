import Foundation

/// `.run FILE`: run a script's statements in this session.
enum RunCommand {
    static let command = DotCommand(name: "run", usage: ".run FILE.jx", summary: "run a script in this session") {
        session, argument, base in
        let path = session.resolvePath(
            argument.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")), relativeTo: base)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkbenchError.cannotRead(path, reason: "no such file, or not readable")
        }
        session.run(String(decoding: data, as: UTF8.self), file: path)
    }
}
