import Foundation
import JixiaoEngine
import JixiaoIngest
import JixiaoLanguage

/// `load "PATH" [as NAME] [year=…] [region=…]`.
struct LoadStatementRunner {
    let session: Session
    let baseDirectory: String?

    static let optionNames = ["year", "region"]

    func run(_ load: LoadStatement) throws {
        var year: Int?
        var region: String?
        let scalars = StatementRunner(session: session, source: "", file: nil)
        for option in load.options {
            switch option.key.name {
            case "year":
                guard case .integer(let y) = option.value.kind, (1900...2200).contains(y) else {
                    throw Diagnostic("year= needs a year such as 2024", at: option.value.span)
                }
                year = Int(y)
            case "region":
                guard case .string(let text) = try scalars.scalar(option.value) else {
                    throw Diagnostic("region= needs text in quotes, e.g. region=\"六安市金安区\"", at: option.value.span)
                }
                region = text
            default:
                throw Diagnostic.unknown("load option", option.key.name, at: option.key.span, among: Self.optionNames)
            }
        }
        let path = session.resolvePath(load.path.value, relativeTo: baseDirectory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic("no such file or folder: \(load.path.value)", at: load.path.span,
                             suggestion: "paths are relative to the current folder (\(FileManager.default.currentDirectoryPath))")
        }
        let failures = session.load(path: path, year: year, region: region, announce: true)
        if failures > 0 {
            throw Diagnostic("\(failures) file\(failures == 1 ? "" : "s") could not be loaded (see above)", at: load.path.span)
        }
    }
}

extension Session {
    /// Loads a file, or every file of a folder, into `projects` and `indicators`.
    /// Each file loads whole or not at all; the count of files that failed is returned.
    @discardableResult
    public func load(path: String, year: Int? = nil, region: String? = nil, announce: Bool) -> Int {
        var failures = 0
        for file in Self.files(at: path) {
            let options = LoadOptions(
                year: year, region: region,
                firstProjectID: nextID("projects", "project_id"),
                firstIndicatorID: nextID("indicators", "indicator_id"))
            do {
                let loaded = try DocumentImporter.load(path: file, options: options)
                catalog["projects"] = (catalog["projects"] ?? .empty).appending(loaded.projects)
                catalog["indicators"] = (catalog["indicators"] ?? .empty).appending(loaded.indicators)
                loadWarnings += loaded.warnings
                if announce {
                    let name = URL(fileURLWithPath: file).lastPathComponent
                    let w = loaded.warnings.count
                    messages.write("\(name): \(loaded.projects.rowCount) projects, \(loaded.indicators.rowCount) indicators, \(w) warning\(w == 1 ? "" : "s")\n")
                }
            } catch {
                failures += 1
                messages.write("error: \(error)\n")
            }
        }
        return failures
    }

    /// The next free id of a table's id column, so ids stay unique across loads.
    private func nextID(_ table: String, _ column: String) -> Int {
        guard let t = catalog[table], let c = t.column(named: column), t.rowCount > 0 else { return 1 }
        var highest = 0.0
        for row in 0..<t.rowCount { highest = max(highest, c.number(at: row) ?? 0) }
        return Int(highest) + 1
    }

    /// The regular files at `path`: itself, or a folder's visible files in name order.
    static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [path] }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
    }

    /// Loads the bundled documents at start-up and names each table with its row count.
    public func loadDatasets(directory: String) {
        let failures = load(path: directory, announce: false)
        for name in ["projects", "indicators"] {
            if let table = catalog[name] { messages.write("\(name): \(table.rowCount) rows\n") }
        }
        if !loadWarnings.isEmpty {
            messages.write("\(loadWarnings.count) load warning\(loadWarnings.count == 1 ? "" : "s") (.warnings lists them)\n")
        }
        if failures > 0 { messages.write("\(failures) file(s) in \(directory) could not be loaded\n") }
    }
}
