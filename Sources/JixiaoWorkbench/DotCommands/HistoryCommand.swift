/// `.history`: the statements entered so far, oldest first.
enum HistoryCommand {
    static let command = DotCommand(name: "history", usage: ".history", summary: "list the statements entered before") {
        session, _, _ in
        let entries = session.historyProvider?() ?? []
        for (i, entry) in entries.enumerated() { session.output.write("\(String(i + 1).leftPadded(5))  \(entry)\n") }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
