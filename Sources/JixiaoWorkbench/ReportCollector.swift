import Foundation
import JixiaoRender

/// The HTML report a `report "FILE.html"` statement opened: what the session shows from then
/// on is collected here, and the page is written (atomically) when the script ends, at the next
/// `report`, or after each line typed at the REPL.
public final class ReportCollector {
    public let path: String
    public let title: String
    private(set) var items: [ReportItem] = []

    init(path: String, title: String) {
        self.path = path
        self.title = title
    }

    func add(_ item: ReportItem) { items.append(item) }

    /// Writes the page as collected so far, replacing the file whole.
    func write(language: InterfaceLanguage, numbers: NumberStyle) throws {
        let page = HTMLReport(
            title: title, items: items, chineseHeaders: language == .chinese,
            numbers: numbers.raw ? .analyst : numbers
        ).render()
        let sink = try AtomicFileSink(path: path)
        sink.write(page)
        try sink.finish()
    }
}

extension Session {
    /// Starts collecting into a new report, writing the previous one first.
    func openReport(path: String, title: String) throws {
        try closeReport()
        activeReport = ReportCollector(path: path, title: title)
        try activeReport?.write(language: settings.language, numbers: settings.numbers)
    }

    /// Writes the report collected so far; `keepOpen` lets the REPL go on adding to it.
    func flushReport(keepOpen: Bool) {
        guard let report = activeReport else { return }
        do {
            try report.write(language: settings.language, numbers: settings.numbers)
        } catch {
            messages.write(text(.errorLabel) + ": " + messageCatalog().translate("\(error)") + "\n")
        }
        if !keepOpen { activeReport = nil }
    }

    func closeReport() throws {
        guard let report = activeReport else { return }
        activeReport = nil
        try report.write(language: settings.language, numbers: settings.numbers)
    }
}
