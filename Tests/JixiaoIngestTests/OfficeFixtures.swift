import Foundation
import JixiaoEngine

@testable import JixiaoIngest

/// The office and PDF renderings of the seeds that `Scripts/make-office-fixtures` made, and
/// what each must load: exactly the projects and indicators of the seed's text.
enum OfficeFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Office")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The seeds by the stem their renderings are named with.
    static let seeds = [
        "001": SeedFixtures.declaration, "002": SeedFixtures.approval,
        "003": SeedFixtures.target, "004": SeedFixtures.selfEvaluation,
    ]

    /// Every rendering, as `STEM.KIND`.
    static let renderings: [String] =
        ["001", "002", "003", "004"].flatMap { stem in
            ["xlsx", "sheets.xlsx", "html", "gbk.html", "docx", "xlsx.pdf", "docx.pdf", "narrow.pdf", "unfitted.pdf"]
                .map {
                    "\(stem).\($0)"
                }
        } + ["001.xls"]

    /// The renderings that do not load their seed's counts yet (none).
    static let knownShort: Set<String> = []

    /// The renderings whose fields differ from their seed's, and why: a workbook printed by
    /// LibreOffice Calc has no cell borders, so its rows are told by spacing, and it clips long
    /// text at the cell's edge (the clipped text is not in the PDF).
    static let knownInexact: Set<String> = [
        "001.xlsx.pdf", "002.xlsx.pdf", "003.xlsx.pdf", "004.xlsx.pdf",
        "001.unfitted.pdf", "002.unfitted.pdf", "003.unfitted.pdf", "004.unfitted.pdf",
    ]

    /// The renderings printed with Calc's narrow default columns, whose long texts (project names
    /// among them) are cut at the edge of their cells.
    static let clipped: Set<String> = ["001.unfitted.pdf", "002.unfitted.pdf", "003.unfitted.pdf", "004.unfitted.pdf"]

    /// Columns that say where a row was read, not what it holds.
    static let positional: Set<String> = ["source", "source_line", "project_line", "line"]

    /// The loaded document of a rendering.
    static func document(_ name: String, options: LoadOptions = LoadOptions()) throws -> DocumentLoad {
        guard case .document(let load) = try FileImporter.load(path: path(name), options: options) else {
            throw DocumentImportError(file: name, reason: .notADocument)
        }
        return load
    }

    /// A table's contents column by column, positional columns left out, for comparing loads.
    static func contents(_ table: Table) -> [String: [Value]] {
        var out: [String: [Value]] = [:]
        for (k, name) in table.names.enumerated() where !positional.contains(name) {
            out[name] = (0..<table.rowCount).map { table.columns[k][$0] }
        }
        return out
    }
}
