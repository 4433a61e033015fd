import Foundation
import JixiaoEngine
import JixiaoIngest

extension Session {
    /// Loads a file, or every file of a folder, each by the kind its content shows: a performance
    /// document adds rows to `projects` and `indicators`; a data table (CSV, TSV, JSON) becomes the
    /// table `name` (default: the file's stem), or adds rows to the model when that name is
    /// `projects` or `indicators`. Within one load, the first table replaces an older table of its
    /// name and later ones append to it. Each file loads whole or not at all; the count of files
    /// that failed is returned.
    @discardableResult
    public func load(
        path: String, year: Int? = nil, region: String? = nil, sheet: SheetChoice? = nil, as name: String? = nil,
        announce: Bool
    ) -> Int {
        let request = ImportRequest(
            path: path, year: year, region: region, sheet: sheet, name: name, context: context,
            firstProjectID: nextID("projects", "project_id"),
            firstIndicatorID: nextID("indicators", "indicator_id"),
            projectIDsByName: projectIDsByName())
        let result = FileImport.run(request, announce: announce) { [self] line in
            messages.write(localizedLoadMessage(line) + "\n")
        }
        apply(result)
        // Ctrl-C: the files after the one it stopped are not started; the caller says "interrupted".
        return result.failures + (result.cancelled ? 1 : 0)
    }

    /// Adds what a load found to the session: model rows appended, tables by name replaced.
    func apply(_ result: Import) {
        if let projects = result.projects { catalog["projects"] = (catalog["projects"] ?? .empty).appending(projects) }
        if let indicators = result.indicators {
            catalog["indicators"] = (catalog["indicators"] ?? .empty).appending(indicators)
        }
        for named in result.tables { catalog[named.name] = named.table }
        loadWarnings += result.warnings
    }

    /// The id of each loaded project by name (the latest when a name repeats), to link indicators to.
    private func projectIDsByName() -> [String: Int] {
        guard let t = catalog["projects"], let names = t.column(named: "name"), let ids = t.column(named: "project_id")
        else { return [:] }
        var out: [String: Int] = [:]
        for row in 0..<t.rowCount {
            if let name = names.string(at: row), let id = ids.number(at: row) { out[name] = Int(id) }
        }
        return out
    }

    /// The next free id of a table's id column, so ids stay unique across loads.
    private func nextID(_ table: String, _ column: String) -> Int {
        guard let t = catalog[table], let c = t.column(named: column), t.rowCount > 0 else { return 1 }
        var highest = 0.0
        for row in 0..<t.rowCount { highest = max(highest, c.number(at: row) ?? 0) }
        return Int(highest) + 1
    }

    /// `~/x/Datasets` for a folder under the home folder, the path itself otherwise.
    static func shortPath(_ path: String) -> String {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
        if !home.isEmpty, home != "/", path.hasPrefix(home + "/") { return "~" + path.dropFirst(home.count) }
        return path
    }

    /// A line a load reports, in the session's language: `error:` and its reason put into Chinese
    /// when they are known, and a file no importer reads yet named by its format. Every line of
    /// a load goes through here, so the importer's own English stays the source text.
    func localizedLoadMessage(_ line: String) -> String {
        guard line.hasPrefix("error: ") else { return line }
        let reason = String(line.dropFirst("error: ".count))
        let file = reason.components(separatedBy: ": ").first ?? ""
        let described =
            UnreadFormat.message(file: file, error: reason, language: settings.language)
            ?? messageCatalog().translate(reason)
        return text(.errorLabel) + ": " + described
    }

    /// Says at start-up that no documents were found and how to load some.
    public func announceNoDatasets() {
        messages.write(text(.noDatasetsFound) + "\n")
    }

    /// Loads the bundled documents at start-up and names each table with its row count.
    public func loadDatasets(directory: String) {
        // An empty datasets folder is a choice at start-up, not the mistake it is in a `load`.
        guard !FileImport.files(at: directory).isEmpty else { return }
        let failures = load(path: directory, announce: false)
        let words = messageCatalog()
        messages.write(text(.loadedFolder, Self.shortPath(directory)) + "\n")
        for name in ["projects", "indicators"] {
            if let table = catalog[name] {
                messages.write(text(.tableRows, name, words.counted(table.rowCount, .row)) + "\n")
            }
        }
        if !loadWarnings.isEmpty {
            let counted =
                settings.language == .chinese
                ? "\(loadWarnings.count) 条加载警告"
                : words.counted(loadWarnings.count, .warning).replacingOccurrences(
                    of: " warning", with: " load warning")
            messages.write(text(.loadWarnings, counted) + "\n")
        }
        if failures > 0 { messages.write(text(.filesNotLoaded, String(failures), directory) + "\n") }
    }
}
