import JixiaoIngest

/// `.warnings`: every warning of every load, with `file:line` and the reason.
enum WarningsCommand {
    static let command = DotCommand(
        name: "warnings", usage: ".warnings", summary: "list the warnings of the loads so far"
    ) { session, _, _ in
        if session.loadWarnings.isEmpty {
            session.output.write(session.text(.noWarnings) + "\n")
            return
        }
        for w in inLineOrder(session.loadWarnings) {
            let place = w.line.map { "\(w.file):\($0)" } ?? w.file
            session.output.write("\(place): \(w.message)\n")
        }
    }

    /// Files in the order they were loaded, each file's warnings by line (a reader that makes
    /// several passes over a document reports them out of order); warnings without a line first.
    static func inLineOrder(_ warnings: [LoadWarning]) -> [LoadWarning] {
        var fileOrder: [String: Int] = [:]
        for w in warnings where fileOrder[w.file] == nil { fileOrder[w.file] = fileOrder.count }
        return warnings.enumerated().sorted { a, b in
            let fa = fileOrder[a.element.file] ?? 0, fb = fileOrder[b.element.file] ?? 0
            if fa != fb { return fa < fb }
            let la = a.element.line ?? 0, lb = b.element.line ?? 0
            if la != lb { return la < lb }
            return a.offset < b.offset
        }.map(\.element)
    }
}
