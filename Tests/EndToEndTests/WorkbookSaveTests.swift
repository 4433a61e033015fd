import Foundation
import Testing

/// `save … to "x.xlsx"` through the built binary, read back with Python's openpyxl (where
/// python3 and openpyxl are installed; the test says so and passes where they are not): the
/// same values cell for cell as the JSON of the same pipeline, numbers as numbers, null as an
/// empty cell, a bold frozen header, widths in terminal cells.
@Suite struct WorkbookSaveTests {
    static let hasOpenpyxl: Bool = {
        guard
            let r = try? JixiaoProcess.run(
                ["python3", "-c", "import openpyxl"], timeout: 60, executable: "/usr/bin/env"),
            r.status == 0
        else { return false }
        return true
    }()

    static let checker = """
        import json, sys
        import openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        sheet = book[sys.argv[3]]
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        expected = json.load(open(sys.argv[2], encoding="utf-8"))
        header = rows[0]
        assert header == list(expected[0].keys()), (header, list(expected[0].keys()))
        assert len(rows) - 1 == len(expected), (len(rows) - 1, len(expected))
        for got, want in zip(rows[1:], expected):
            for name, g in zip(header, got):
                w = want[name]
                if w is None:
                    assert g is None, (name, g)
                elif isinstance(w, bool):
                    assert g is w, (name, g, w)
                elif isinstance(w, (int, float)):
                    assert isinstance(g, (int, float)) and not isinstance(g, bool) and abs(g - w) <= 1e-9 * max(1, abs(w)), (name, g, w)
                else:
                    assert g == w, (name, g, w)
        assert sheet.freeze_panes == "A2", sheet.freeze_panes
        assert all(c.font.b for c in sheet[1])
        assert sheet.column_dimensions["E"].width >= 2 * 8, sheet.column_dimensions["E"].width
        print("ok", len(expected), "rows")
        """

    @Test func aSavedWorkbookReadsBackInOpenpyxlCellForCell() throws {
        guard Self.hasOpenpyxl else {
            print("note: python3 with openpyxl is not installed; the saved workbook was not read back")
            return
        }
        let folder = try JixiaoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pipeline = "indicators | select indicator_id, year, region, project, name, target, weight, met, actual_text"
        let save = try JixiaoProcess.run(["-c", "save \(pipeline) to \"\(folder)/out.xlsx\" as 指标表"], timeout: 120)
        #expect(save.status == 0, "\(save.stderr.prefix(400))")
        let json = try JixiaoProcess.run(
            ["--format", "json", "--output", folder + "/out.json", "-c", pipeline], timeout: 120)
        #expect(json.status == 0, "\(json.stderr.prefix(400))")
        try Self.checker.write(toFile: folder + "/check.py", atomically: true, encoding: .utf8)
        let check = try JixiaoProcess.run(
            ["python3", folder + "/check.py", folder + "/out.xlsx", folder + "/out.json", "指标表"],
            timeout: 120, executable: "/usr/bin/env")
        #expect(check.status == 0 && check.stdout.contains("ok 300 rows"), "\(check.stdout)\(check.stderr.suffix(800))")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    @Test func aWorkbookIsSavedWholeOrNotAtAll() throws {
        let folder = try JixiaoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = try JixiaoProcess.run(["-c", "save projects to \"\(folder)/no-such-folder/x.xlsx\""], timeout: 120)
        #expect(r.status == 2)
        #expect(r.stderr.contains("x.xlsx"), "\(r.stderr.prefix(400))")
        #expect(!FileManager.default.fileExists(atPath: folder + "/no-such-folder"))
    }
}
