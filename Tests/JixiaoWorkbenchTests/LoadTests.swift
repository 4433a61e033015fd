import Foundation
import JixiaoEngine
import JixiaoIngest
import JixiaoTestSupport
import Testing

@testable import JixiaoWorkbench

/// A scratch folder per test, so files written there never collide between parallel tests.
struct ScratchFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-load-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = path + "/" + name
        try data.write(to: URL(fileURLWithPath: file))
        return file
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

@Suite struct LoadTests {
    let messages = BufferSink()
    let output = BufferSink()
    let session: Session

    init() {
        session = Session(output: output, messages: messages)
    }

    @Test func loadingACSVCreatesATableNamedAfterTheFile() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("预算-明细.csv", "dept,amount\n财政局,1.5\n卫健委,2\n")
        #expect(session.run("load \"\(folder.path)/预算-明细.csv\"") == .success)
        let table = try #require(session.catalog["预算_明细"])
        #expect(table.rowCount == 2)
        #expect(table.column(named: "amount")?.type == .double)
        #expect(messages.text == "预算-明细.csv: table 预算_明细, 2 rows × 2 columns, 0 warnings\n")
    }

    @Test func asNameOverridesTheTableName() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("2024 data.json", "[{\"a\": 1}, {\"a\": 2}]")
        #expect(session.run("load \"\(folder.path)/2024 data.json\" as budget") == .success)
        #expect(session.catalog["budget"]?.rowCount == 2)
        #expect(session.catalog.names == ["budget"])
    }

    @Test func aStemThatIsNoIdentifierIsMadeIntoOne() {
        #expect(TableName.fromFile("2024 预算.csv") == "t_2024_预算")
        #expect(TableName.fromFile("in.csv") == "in_")
        #expect(TableName.fromFile("a.b-c.tsv") == "a_b_c")
        #expect(TableName.fromFile("---.csv") == "data")
    }

    @Test func loadingAsIndicatorsMapsChineseHeadersOntoTheModel() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        _ = session.run("load \"\(folder.path)\"")
        let csv = """
            项目名称,一级指标,二级指标,三级指标,指标值,权重,实际完成值,备注
            医疗救助,产出指标,数量指标,救助人次,≥1000人次,10,1200人次,来自台账
            医疗救助,产出指标,成本指标,人均费用,≤2.4万元,十,2万元,
            """
        try folder.write("kpi.csv", csv)
        #expect(session.run("load \"\(folder.path)/kpi.csv\" as indicators") == .success)
        let t = try #require(session.catalog["indicators"])
        #expect(t.rowCount == 2)
        #expect(t.column(named: "op")?.string(at: 0) == "≥")
        #expect(t.column(named: "target")?.number(at: 0) == 1000)
        #expect(t.column(named: "unit")?.string(at: 0) == "人次")
        #expect(t.column(named: "target")?.number(at: 1) == 2.4)
        #expect(t.column(named: "unit")?.string(at: 1) == "万元")
        #expect(t.column(named: "weight")?.number(at: 0) == 10)
        #expect(t.column(named: "weight")?.isNull(1) == true)
        #expect(t.column(named: "actual")?.number(at: 0) == 1200)
        #expect(t.column(named: "status")?.string(at: 0) != nil)
        #expect(t.column(named: "indicator_id")?.number(at: 1) == 2)
        #expect(t.column(named: "direction")?.string(at: 1) == "反向")
        #expect(t.column(named: "备注")?.string(at: 0) == "来自台账")
        #expect(t.column(named: "deviation")?.isNull(0) == true)
        #expect(t.index(of: "indicator_id") == 0)
        #expect(
            session.loadWarnings.contains { $0.description == "kpi.csv:3: weight \"十\" is not a number; left empty" })
        #expect(messages.text.contains("kpi.csv: 0 projects, 2 indicators, 2 warnings\n"))
    }

    @Test func indicatorsAreLinkedToALoadedProjectOfTheSameName() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("p.csv", "name,department,budget_total,score_total\n医疗救助,262-医疗保障局,100,92\n")
        try folder.write("i.tsv", "project\tlevel1\tlevel2\tname\ttarget_text\n医疗救助\t产出指 标 (50分)\t11-数量指标\t人次\t≥95%\n")
        #expect(
            session.run("load \"\(folder.path)/p.csv\" as projects\nload \"\(folder.path)/i.tsv\" as indicators")
                == .success)
        let p = try #require(session.catalog["projects"])
        #expect(p.column(named: "department")?.string(at: 0) == "医疗保障局")
        #expect(p.column(named: "department_code")?.string(at: 0) == "262")
        #expect(p.column(named: "grade")?.string(at: 0) != nil)
        #expect(p.column(named: "doc_kind")?.isNull(0) == true)
        #expect(p.column(named: "source")?.string(at: 0) == "p.csv")
        let i = try #require(session.catalog["indicators"])
        #expect(i.column(named: "project_id")?.number(at: 0) == 1)
        #expect(i.column(named: "level1")?.string(at: 0) == "产出指标")
        #expect(i.column(named: "level2")?.string(at: 0) == "数量指标")
        #expect(i.column(named: "target")?.number(at: 0) == 95)
    }

    @Test func aFailingFileLeavesExistingTablesUntouched() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("good.csv", "a,b\n1,2\n")
        try folder.write("good.json", "[{\"a\": 1}, ")
        #expect(session.run("load \"\(folder.path)/good.csv\"") == .success)
        try folder.write("good.csv", Data([0, 1, 2, 3, 0xFF, 0xFE]))
        #expect(session.run("load \"\(folder.path)/good.csv\"") == .failed)
        #expect(session.run("load \"\(folder.path)/good.json\" as good") == .failed)
        #expect(session.catalog["good"]?.rowCount == 1)
        #expect(session.catalog.names == ["good"])
        #expect(
            messages.text.contains(
                "error: good.csv: not a performance document, CSV/TSV or JSON table (binary data: a NUL byte on line 1)"
            ))
    }

    @Test func aFolderLoadsEachFileByItsKind() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let seed = URL(fileURLWithPath: RepositoryPaths.dataset("002_5de48380219a521f.txt"))
        try folder.write("approval.csv", try Data(contentsOf: seed))
        try folder.write("rates.txt", "region\trate\n金安区\t99.5\n")
        try folder.write("notes.md", "Some notes, nothing more.\nA second line\nand a, third, one\n")
        #expect(session.run("load \"\(folder.path)\"") == .failed)
        #expect((session.catalog["projects"]?.rowCount ?? 0) > 0)
        #expect(session.catalog["rates"]?.column(named: "rate")?.number(at: 0) == 99.5)
        let lines = messages.text.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.hasPrefix("approval.csv: ") && $0.contains(" projects, ") && $0.contains(" indicators, ")
            })
        #expect(lines.contains("rates.txt: table rates, 1 rows × 2 columns, 0 warnings"))
        #expect(lines.contains { $0.hasPrefix("error: notes.md: not a performance document, CSV/TSV or JSON table") })
    }

    @Test func raggedRowsReachDotWarnings() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("r.csv", "a,b,c\n1,2\n3,4,5\n")
        #expect(session.run("load \"\(folder.path)/r.csv\"\n.warnings") == .success)
        #expect(output.text.contains("r.csv:2: 2 fields where the header has 3; the missing ones are empty"))
        #expect(messages.text.contains("r.csv: table r, 2 rows × 3 columns, 1 warning\n"))
    }
}
