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
    public func load(path: String, year: Int? = nil, region: String? = nil, as name: String? = nil, announce: Bool) -> Int {
        var failures = 0
        var created: Set<String> = []
        let files = Self.files(at: path)
        if files.isEmpty {
            // An empty folder is most often a wrong path; loading nothing silently would hide it.
            messages.write(localizedLoadMessage("error: \(path): the folder holds no files to load") + "\n")
            return 1
        }
        let ahead = DocumentsReadAhead(files, options: LoadOptions(year: year, region: region, context: context))
        for (index, file) in files.enumerated() {
            let fileName = URL(fileURLWithPath: file).lastPathComponent
            let options = LoadOptions(
                year: year, region: region,
                firstProjectID: nextID("projects", "project_id"),
                firstIndicatorID: nextID("indicators", "indicator_id"),
                context: context)
            do {
                let summary: String
                let opened = try ahead.opened[index]?.get() ?? FileImporter.open(path: file)
                let estimate = MemoryEstimate.of(opened)
                try estimate.requireFits(file: fileName)
                if estimate.isLarge, announce { messages.write(estimate.note(file: fileName) + "\n") }
                let content = try ahead.documents[index].map {
                    FileContent.document(try $0.get().numbered(from: ahead.options, to: options.firstProjectID, options.firstIndicatorID))
                } ?? FileImporter.load(opened, options: options)
                switch content {
                case .document(let loaded):
                    appendModelRows(projects: loaded.projects, indicators: loaded.indicators, warnings: loaded.warnings)
                    summary = loaded.summary(file: fileName)
                case .table(let loaded):
                    let tableName = name ?? TableName.fromFile(fileName)
                    if let model = ModelTableMapper.Model(rawValue: tableName) {
                        let mapped = try ModelTableMapper.map(loaded, as: model, file: fileName, options: options,
                                                              projectIDs: model == .indicators ? projectIDsByName() : [:])
                        appendModelRows(projects: model == .projects ? mapped.table : nil,
                                        indicators: model == .indicators ? mapped.table : nil, warnings: mapped.warnings)
                        summary = DocumentLoad(projects: model == .projects ? mapped.table : .empty,
                                               indicators: model == .indicators ? mapped.table : .empty,
                                               warnings: mapped.warnings).summary(file: fileName)
                    } else {
                        let earlier = created.contains(tableName) ? catalog[tableName] : nil
                        catalog[tableName] = earlier.map { $0.appending(loaded.table) } ?? loaded.table
                        created.insert(tableName)
                        loadWarnings += loaded.warnings
                        summary = Self.tableSummary(fileName, tableName, loaded)
                    }
                case .tables(let loads):
                    // A database: each of its tables under its own name (replacing an older one).
                    var parts: [String] = []
                    for named in loads {
                        let tableName = loads.count == 1 ? (name ?? TableName.sanitised(Substring(named.name)))
                            : TableName.sanitised(Substring(named.name))
                        catalog[tableName] = named.load.table
                        loadWarnings += named.load.warnings
                        parts.append("\(tableName) (\(named.load.table.rowCount) rows)")
                    }
                    summary = "\(fileName): \(loads.count) table\(loads.count == 1 ? "" : "s")" + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
                }
                if announce { messages.write(summary + "\n") }
            } catch EngineError.cancelled {
                // Ctrl-C: the files after this one are not started; the caller says "interrupted".
                return failures + 1
            } catch {
                failures += 1
                messages.write(localizedLoadMessage("error: \(error)") + "\n")
            }
        }
        return failures
    }

    /// `FILE: table NAME, N rows × M columns, K warnings`.
    static func tableSummary(_ file: String, _ name: String, _ loaded: TableLoad) -> String {
        let w = loaded.warnings.count
        return "\(file): table \(name), \(loaded.table.rowCount) rows × \(loaded.table.columnCount) columns, \(w) warning\(w == 1 ? "" : "s")"
    }

    private func appendModelRows(projects: Table?, indicators: Table?, warnings: [LoadWarning]) {
        if let projects { catalog["projects"] = (catalog["projects"] ?? .empty).appending(projects) }
        if let indicators { catalog["indicators"] = (catalog["indicators"] ?? .empty).appending(indicators) }
        loadWarnings += warnings
    }

    /// The id of each loaded project by name (the latest when a name repeats), to link indicators to.
    private func projectIDsByName() -> [String: Int] {
        guard let t = catalog["projects"], let names = t.column(named: "name"), let ids = t.column(named: "project_id") else { return [:] }
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

    /// The files at `path`: itself, or a folder's visible files in name order (subfolders are not entered).
    static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [path] }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }.filter { file in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) && !isFolder.boolValue
        }
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
        let described = UnreadFormat.message(file: file, error: reason, language: settings.language)
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
        guard !Self.files(at: directory).isEmpty else { return }
        let failures = load(path: directory, announce: false)
        let words = messageCatalog()
        messages.write(text(.loadedFolder, Self.shortPath(directory)) + "\n")
        for name in ["projects", "indicators"] {
            if let table = catalog[name] { messages.write(text(.tableRows, name, words.counted(table.rowCount, .row)) + "\n") }
        }
        if !loadWarnings.isEmpty {
            let counted = settings.language == .chinese ? "\(loadWarnings.count) 条加载警告" : words.counted(loadWarnings.count, .warning).replacingOccurrences(of: " warning", with: " load warning")
            messages.write(text(.loadWarnings, counted) + "\n")
        }
        if failures > 0 { messages.write(text(.filesNotLoaded, String(failures), directory) + "\n") }
    }
}

/// The files of a folder opened, and its documents read, on every core at once before they are
/// added in file order. A document needs nothing from the files before it until its rows are
/// numbered, so each is read numbered from 1 and renumbered when its turn comes; tables (which
/// may link to projects loaded before them) and large files are read in turn as usual.
struct DocumentsReadAhead {
    /// The options the documents were read with.
    let options: LoadOptions
    private(set) var opened: [Result<OpenedFile, Error>?]
    private(set) var documents: [Result<DocumentLoad, Error>?]

    /// Documents larger than this are read in turn, after their memory estimate is checked.
    static let largestReadAhead = 16 << 20

    init(_ files: [String], options: LoadOptions) {
        self.options = options
        let n = files.count > 1 ? files.count : 0
        let results = (0..<n).map { _ in ReadAheadSlot() }
        // Largest first, so that the longest read starts at once and the rest fill in beside it.
        let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        let order = (0..<n).sorted { sizes[$0] > sizes[$1] }
        DispatchQueue.concurrentPerform(iterations: n) { k in
            let i = order[k]
            let slot = results[i]
            slot.opened = Result { try FileImporter.open(path: files[i]) }
            guard case .success(let file) = slot.opened, file.isDocument, file.size <= Self.largestReadAhead else { return }
            slot.document = Result {
                guard case .document(let load) = try FileImporter.load(file, options: options) else {
                    throw DocumentImportError(file: file.name, reason: .notADocument)
                }
                return load
            }
        }
        opened = files.indices.map { $0 < n ? results[$0].opened : nil }
        documents = files.indices.map { $0 < n ? results[$0].document : nil }
    }
}

/// What reading ahead found for one file; each slot is written by one thread, then read after
/// all of them have finished.
private final class ReadAheadSlot: @unchecked Sendable {
    var opened: Result<OpenedFile, Error>?
    var document: Result<DocumentLoad, Error>?
}
