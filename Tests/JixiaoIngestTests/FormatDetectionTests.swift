import Foundation
import JixiaoDomain
import JixiaoEngine
import Testing

@testable import JixiaoIngest

@Suite struct FormatDetectionTests {
    @Test func aCSVNamedTxtIsReadAsATable() throws {
        let load = try TableFixtures.table("a,b\n1,2\n", file: "data.txt")
        #expect(load.format == "CSV")
        #expect(load.table.rowCount == 1)
    }

    @Test func aDocumentNamedCsvIsReadAsADocument() throws {
        let text = try SeedFixtures.text(SeedFixtures.approval)
        guard case .document(let load) = try TableFixtures.load(text, file: "approval.csv") else {
            Issue.record("a published document was not recognised")
            return
        }
        #expect(load.projects.rowCount > 0)
        #expect(load.projects.string("source", row: 0) == "approval.csv")
    }

    @Test(arguments: [
        SeedFixtures.declaration, SeedFixtures.approval, SeedFixtures.target, SeedFixtures.selfEvaluation,
    ])
    func everySeedIsStillADocument(_ name: String) throws {
        guard case .document = try FileImporter.load(path: SeedFixtures.path(name), options: LoadOptions()) else {
            Issue.record("\(name) was not read as a document")
            return
        }
    }

    @Test func anIndicatorTableWithChineseHeadersStaysATable() throws {
        let load = try TableFixtures.table("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t人数\t≥100人\n", file: "i.tsv")
        #expect(load.table.rowCount == 1)
    }

    @Test func randomBytesAreAClearErrorNamingTheFile() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        #expect {
            try FileImporter.load(data: bytes, file: "x.bin", options: LoadOptions())
        } throws: { error in
            String(describing: error).hasPrefix("x.bin: not a performance document, CSV/TSV or JSON table (")
        }
    }

    @Test func proseIsNeitherADocumentNorATable() throws {
        #expect {
            try TableFixtures.load("Dear all,\nthe meeting is on Monday, at ten.\nThanks\n", file: "note.txt")
        } throws: { error in
            String(describing: error)
                == "note.txt: not a performance document, CSV/TSV or JSON table (no 项目名称/三级指标 form, no header row split by tabs or commas, and it does not start with [ or {)"
        }
    }

    @Test func anEmptyFileSaysItIsEmpty() throws {
        #expect {
            try TableFixtures.load("", file: "e.csv")
        } throws: { error in
            String(describing: error).hasSuffix("(the file is empty)")
        }
    }

    @Test func theRegistryListsEachFormatOnce() {
        #expect(
            FileImporter.formatNames == [
                "SQLite database", "Word document (.docx)", "Excel workbook (.xlsx)",
                "Excel 97–2003 workbook (.xls)", "PDF (.pdf)", "web page (.html)", "JSON table",
                "CSV/TSV table", "performance document", "one-column CSV/TSV table",
            ])
    }
}
