import Foundation
import JixiaoEngine

@testable import JixiaoIngest

/// Locates the bundled seed documents from this file's path, so no resources need declaring.
enum SeedFixtures {
    static let datasets = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Datasets")

    static let declaration = "001_3903fb4e2e6b4dba.txt"
    static let approval = "002_5de48380219a521f.txt"
    static let target = "003_ffaa1f12a7939c41.txt"
    static let selfEvaluation = "004_e5022aef434c00d6.txt"

    static func path(_ name: String) -> String { datasets.appendingPathComponent(name).path }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    static func load(_ name: String, options: LoadOptions = LoadOptions()) throws -> DocumentLoad {
        try document(at: path(name), options: options)
    }

    /// A file read the way `load` reads it, which must turn out to be a document.
    static func document(at path: String, options: LoadOptions = LoadOptions()) throws -> DocumentLoad {
        guard case .document(let load) = try FileImporter.load(path: path, options: options) else {
            throw DocumentImportError(file: path, reason: .notADocument)
        }
        return load
    }
}

/// Row access by column name, for readable assertions.
extension Table {
    func value(_ column: String, row: Int) -> Value {
        guard let c = self.column(named: column), row < rowCount else { return .null }
        return c[row]
    }

    func string(_ column: String, row: Int) -> String? {
        if case .string(let s) = value(column, row: row) { return s }
        return nil
    }

    func number(_ column: String, row: Int) -> Double? { value(column, row: row).number }

    /// The first row whose `column` equals `text`.
    func row(where column: String, is text: String) -> Int? {
        (0..<rowCount).first { string(column, row: $0) == text }
    }

    /// Rows whose `column` equals `text`.
    func rows(where column: String, is text: String) -> [Int] {
        (0..<rowCount).filter { string(column, row: $0) == text }
    }
}

extension DocumentLoad {
    /// The indicator row named `name` in the project named `project` (the first when repeated).
    func indicator(_ name: String, in project: String, line: Int? = nil) -> Int? {
        let t = indicators
        return (0..<t.rowCount).first { r in
            t.string("name", row: r) == name && t.string("project", row: r) == project
                && (line == nil || t.number("source_line", row: r) == line.map(Double.init))
        }
    }

    func project(_ name: String) -> Int? { projects.row(where: "name", is: name) }

    /// Sum of a numeric indicator column over one project's rows.
    func indicatorSum(_ column: String, project id: Int) -> Double {
        (0..<indicators.rowCount).filter { indicators.number("project_id", row: $0) == Double(id) }
            .compactMap { indicators.number(column, row: $0) }.reduce(0, +)
    }

    func warnings(atLine line: Int) -> [LoadWarning] { warnings.filter { $0.line == line } }
}
