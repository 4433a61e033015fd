import Foundation
import JixiaoEngine

/// What a `load` asks for: a file or a folder, the options over what the documents say, and
/// where the session's model stands (the next free ids, the projects indicators may link to).
public struct ImportRequest: Sendable {
    public var path: String
    public var year: Int?
    public var region: String?
    /// The one sheet of a workbook to read (`sheet="名称"` or `sheet=2`); nil reads every sheet.
    public var sheet: SheetChoice?
    /// `load … as NAME`: the table a data file becomes (`projects`/`indicators` map onto the model).
    public var name: String?
    public var context: ExecutionContext?
    public var firstProjectID: Int
    public var firstIndicatorID: Int
    /// The id of each loaded project by name, for indicators loaded from a table.
    public var projectIDsByName: [String: Int]

    public init(
        path: String, year: Int? = nil, region: String? = nil, sheet: SheetChoice? = nil, name: String? = nil,
        context: ExecutionContext? = nil, firstProjectID: Int = 1, firstIndicatorID: Int = 1,
        projectIDsByName: [String: Int] = [:]
    ) {
        self.path = path
        self.year = year
        self.region = region
        self.sheet = sheet
        self.name = name
        self.context = context
        self.firstProjectID = firstProjectID
        self.firstIndicatorID = firstIndicatorID
        self.projectIDsByName = projectIDsByName
    }
}

/// A table a load produced under its own name.
public struct NamedTable: Sendable {
    public var name: String
    public var table: Table
}

/// What a load found, for the session to apply as it is: rows for the model tables, other tables
/// by name, and every warning. Nothing here has touched the session yet.
public struct Import: Sendable {
    /// Rows to add to `projects` and `indicators`, numbered after the session's.
    public var projects: Table?
    public var indicators: Table?
    /// Data tables, each replacing an older table of its name, in the order they were read.
    public var tables: [NamedTable] = []
    public var warnings: [LoadWarning] = []
    /// Files that could not be read (each said so through `report`).
    public var failures = 0
    /// Ctrl-C stopped the load; the files read before it are here, the rest were not started.
    public var cancelled = false
}

/// `load`: a file or every file of a folder, each by the kind its content shows. A performance
/// document adds rows to the model; a data table becomes a table named after the file (or as
/// asked), or adds rows to the model when that name is `projects` or `indicators`. Within one
/// load the first table of a name replaces an older one and later ones append to it. Each file
/// loads whole or not at all. Documents are read ahead on every core, then numbered in file order.
public enum FileImport {
    /// Reads what `request` names; `report` gets each file's summary (when `announce`) and each
    /// error as it happens.
    public static func run(_ request: ImportRequest, announce: Bool, report: (String) -> Void) -> Import {
        var result = Import()
        let files = Self.files(at: request.path)
        if files.isEmpty {
            // An empty folder is most often a wrong path; loading nothing silently would hide it.
            report("error: \(request.path): the folder holds no files to load")
            result.failures = 1
            return result
        }
        var nextProject = request.firstProjectID
        var nextIndicator = request.firstIndicatorID
        var projectIDs = request.projectIDsByName
        var projects: [Table] = []
        var indicators: [Table] = []
        var tables: [String: Int] = [:]
        let readOptions = LoadOptions(
            year: request.year, region: request.region, context: request.context, sheet: request.sheet)
        let ahead = DocumentsReadAhead(files, options: readOptions)

        func addModel(projects p: Table?, indicators i: Table?, warnings: [LoadWarning]) {
            if let p, p.rowCount > 0 {
                projects.append(p)
                nextProject = (Self.highest(p, "project_id") ?? nextProject - 1) + 1
                if let names = p.column(named: "name"), let ids = p.column(named: "project_id") {
                    for row in 0..<p.rowCount {
                        if let name = names.string(at: row), let id = ids.number(at: row) { projectIDs[name] = Int(id) }
                    }
                }
            }
            if let i, i.rowCount > 0 {
                indicators.append(i)
                nextIndicator = (Self.highest(i, "indicator_id") ?? nextIndicator - 1) + 1
            }
            result.warnings += warnings
        }

        for (index, file) in files.enumerated() {
            let fileName = URL(fileURLWithPath: file).lastPathComponent
            let options = LoadOptions(
                year: request.year, region: request.region, firstProjectID: nextProject,
                firstIndicatorID: nextIndicator, context: request.context, sheet: request.sheet)
            do {
                let summary: String
                let opened = try ahead.opened[index]?.get() ?? FileImporter.open(path: file)
                let estimate = MemoryEstimate.of(opened)
                try estimate.requireFits(file: fileName)
                if estimate.isLarge, announce { report(estimate.note(file: fileName)) }
                let content =
                    try ahead.documents[index].map {
                        FileContent.document(try $0.get().numbered(from: readOptions, to: nextProject, nextIndicator))
                    } ?? FileImporter.load(opened, options: options)
                switch content {
                case .document(let loaded):
                    addModel(projects: loaded.projects, indicators: loaded.indicators, warnings: loaded.warnings)
                    summary = loaded.summary(file: fileName)
                case .table(let loaded):
                    let tableName = request.name ?? TableName.fromFile(fileName)
                    if let model = ModelTableMapper.Model(rawValue: tableName) {
                        let mapped = try ModelTableMapper.map(
                            loaded, as: model, file: fileName, options: options,
                            projectIDs: model == .indicators ? projectIDs : [:])
                        addModel(
                            projects: model == .projects ? mapped.table : nil,
                            indicators: model == .indicators ? mapped.table : nil, warnings: mapped.warnings)
                        summary = DocumentLoad(
                            projects: model == .projects ? mapped.table : .empty,
                            indicators: model == .indicators ? mapped.table : .empty,
                            warnings: mapped.warnings
                        ).summary(file: fileName)
                    } else {
                        if let k = tables[tableName] {
                            result.tables[k].table = result.tables[k].table.appending(loaded.table)
                        } else {
                            tables[tableName] = result.tables.count
                            result.tables.append(NamedTable(name: tableName, table: loaded.table))
                        }
                        result.warnings += loaded.warnings
                        summary = Self.tableSummary(fileName, tableName, loaded)
                    }
                case .tables(let loads):
                    // A database: each of its tables under its own name (replacing an older one).
                    var parts: [String] = []
                    for named in loads {
                        let tableName =
                            loads.count == 1
                            ? (request.name ?? TableName.sanitised(Substring(named.name)))
                            : TableName.sanitised(Substring(named.name))
                        if let k = tables[tableName] {
                            result.tables[k].table = named.load.table
                        } else {
                            tables[tableName] = result.tables.count
                            result.tables.append(NamedTable(name: tableName, table: named.load.table))
                        }
                        result.warnings += named.load.warnings
                        parts.append("\(tableName) (\(named.load.table.rowCount) rows)")
                    }
                    summary =
                        "\(fileName): \(loads.count) table\(loads.count == 1 ? "" : "s")"
                        + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
                }
                if announce { report(summary) }
            } catch EngineError.cancelled {
                result.cancelled = true
                break
            } catch {
                result.failures += 1
                report("error: \(error)")
            }
        }
        result.projects = projects.isEmpty ? nil : Self.concatenated(projects)
        result.indicators = indicators.isEmpty ? nil : Self.concatenated(indicators)
        return result
    }

    /// `FILE: table NAME, N rows × M columns, K warnings`.
    static func tableSummary(_ file: String, _ name: String, _ loaded: TableLoad) -> String {
        let w = loaded.warnings.count
        return
            "\(file): table \(name), \(loaded.table.rowCount) rows × \(loaded.table.columnCount) columns, \(w) warning\(w == 1 ? "" : "s")"
    }

    /// The tables one after another, joined in halves so that a thousand documents cost
    /// n log n copies, not n².
    static func concatenated(_ tables: ArraySlice<Table>) -> Table {
        if tables.count == 1, let only = tables.first { return only }
        let middle = tables.startIndex + tables.count / 2
        return concatenated(tables[..<middle]).appending(concatenated(tables[middle...]))
    }

    static func concatenated(_ tables: [Table]) -> Table { concatenated(tables[...]) }

    /// The largest value of a table's id column.
    static func highest(_ table: Table, _ column: String) -> Int? {
        guard let c = table.column(named: column) else { return nil }
        var best: Double?
        for row in 0..<table.rowCount { if let v = c.number(at: row) { best = max(best ?? v, v) } }
        return best.map { Int($0) }
    }

    /// The files at `path`: itself, or a folder's visible files in name order (subfolders are not entered).
    public static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [path] }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }.filter { file in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) && !isFolder.boolValue
        }
    }
}
