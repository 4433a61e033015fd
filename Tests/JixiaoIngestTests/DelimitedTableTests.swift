import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoIngest

@Suite struct DelimitedTableTests {
    @Test func quotedFieldsKeepEmbeddedCommasDoubledQuotesAndLineBreaks() throws {
        let csv = "name,note,n\r\n\"Smith, J\",\"said \"\"hi\"\"\",1\r\n\"two\nlines\",plain,2\r\n"
        let t = try TableFixtures.table(csv).table
        #expect(t.rowCount == 2)
        #expect(t.string("name", row: 0) == "Smith, J")
        #expect(t.string("note", row: 0) == "said \"hi\"")
        #expect(t.string("name", row: 1) == "two\nlines")
        #expect(t.value("n", row: 1) == .integer(2))
    }

    @Test func aByteOrderMarkIsNotPartOfTheFirstHeader() throws {
        let t = try TableFixtures.table(data: Data([0xEF, 0xBB, 0xBF]) + Data("项目名称,金额\n甲,1.5\n".utf8)).table
        #expect(t.names == ["项目名称", "金额"])
        #expect(t.value("金额", row: 0) == .double(1.5))
    }

    @Test func gb18030TextFromChineseExcelIsDetectedAndDecoded() throws {
        let text = "主管部门,项目名称,金额\n六安市金安区医疗保障局,医疗救助,12.5\n财政局,\"绩效,评价\",3\n"
        let data = try #require(text.data(using: TextDecoding.gb18030))
        #expect(String(data: data, encoding: .utf8) == nil)
        let load = try TableFixtures.table(data: data)
        #expect(load.table.names == ["主管部门", "项目名称", "金额"])
        #expect(load.table.string("主管部门", row: 0) == "六安市金安区医疗保障局")
        #expect(load.table.string("项目名称", row: 1) == "绩效,评价")
        #expect(load.table.type(of: "金额") == .double)
        #expect(load.warnings.isEmpty)
    }

    @Test func gb18030AfterManyASCIIRowsRestartsTheReadInThatEncoding() throws {
        var text = "code,name\n"
        for k in 0..<3000 { text += "\(k),plain\n" }
        text += "3000,医疗救助\n"
        let data = try #require(text.data(using: TextDecoding.gb18030))
        let t = try TableFixtures.table(data: data).table
        #expect(t.rowCount == 3001)
        #expect(t.string("name", row: 3000) == "医疗救助")
        #expect(t.value("code", row: 2999) == .integer(2999))
    }

    @Test func tabsAreDetectedAsTheDelimiter() throws {
        let load = try TableFixtures.table("一级指标\t三级指标\t指标值\n产出指标\t覆盖率, 全年\t≥95%\n", file: "x.tsv")
        #expect(load.format == "TSV")
        #expect(load.table.names == ["一级指标", "三级指标", "指标值"])
        #expect(load.table.string("三级指标", row: 0) == "覆盖率, 全年")
    }

    @Test func raggedRowsAreWarnedWithTheirLineAndNeverDropped() throws {
        let load = try TableFixtures.table("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n", file: "r.csv")
        let t = load.table
        #expect(t.rowCount == 4)
        #expect(t.names == ["a", "b", "c", "column_4"])
        #expect(t.value("c", row: 1) == .null)
        #expect(t.value("column_4", row: 2) == .integer(9))
        #expect(t.value("column_4", row: 0) == .null)
        #expect(
            load.warnings.map(\.description) == [
                "r.csv:3: 2 fields where the header has 3; the missing ones are empty",
                "r.csv:4: 4 fields where the header has 3; the extra ones are kept in column_4",
            ])
    }

    @Test func warningLinesCountLineBreaksInsideQuotes() throws {
        let load = try TableFixtures.table("a,b\n\"x\ny\",1\n2\n", file: "q.csv")
        #expect(load.table.rowCount == 2)
        #expect(load.warnings.first?.line == 4)
    }

    @Test func typesAreInferredPerColumn() throws {
        let csv = """
            int,dbl,flag,code,mixed,text,empty
            1,1.5,true,0101,1,甲,
            -2,3,FALSE,0102,x,乙,
            ,,,,,,
            4,1e3,true,0999,2.50,丙,
            """
        let t = try TableFixtures.table(csv).table
        #expect(t.type(of: "int") == .integer)
        #expect(t.type(of: "dbl") == .double)
        #expect(t.type(of: "flag") == .boolean)
        #expect(t.type(of: "code") == .string)
        #expect(t.type(of: "mixed") == .string)
        #expect(t.type(of: "text") == .string)
        #expect(t.value("dbl", row: 1) == .double(3))
        #expect(t.value("dbl", row: 3) == .double(1000))
        #expect(t.value("flag", row: 1) == .boolean(false))
        #expect(t.string("code", row: 0) == "0101")
        // Cells read as numbers before the column turned out to be text keep their spelling.
        #expect(t.string("mixed", row: 0) == "1")
        #expect(t.string("mixed", row: 3) == "2.50")
        #expect(t.row(2).allSatisfy { $0 == .null })
        #expect(t.column(named: "empty")?.nullCount == 4)
    }

    @Test func aNumberColumnTurningToTextLateKeepsEveryEarlierSpelling() throws {
        var csv = "v,w\n"
        for k in 0..<500 { csv += "\(k).0,\(k)\n" }
        csv += "n/a,7\n"
        let t = try TableFixtures.table(csv).table
        #expect(t.type(of: "v") == .string)
        #expect(t.string("v", row: 0) == "0.0")
        #expect(t.string("v", row: 499) == "499.0")
        #expect(t.string("v", row: 500) == "n/a")
        #expect(t.type(of: "w") == .integer)
    }

    @Test func anUnclosedQuoteIsAWarningAndKeepsTheRestInTheField() throws {
        let load = try TableFixtures.table("a,b\n1,\"open\n2,3\n", file: "u.csv")
        #expect(load.table.rowCount == 1)
        #expect(load.table.string("b", row: 0) == "open\n2,3\n")
        #expect(load.warnings.contains { $0.line == 2 && $0.message.contains("never closed") })
    }

    @Test func blankHeaderNamesAndRepeatsGetNames() throws {
        let t = try TableFixtures.table("name,,name\n1,2,3\n").table
        #expect(t.names == ["name", "column_2", "name_2"])
    }

    @Test func numbersAreReadExactly() {
        func scan(_ s: String) -> NumberScanner.Scanned? {
            Array(s.utf8).withUnsafeBufferPointer { NumberScanner.scan($0) }
        }
        #expect(scan("9223372036854775807") == .integer(.max))
        #expect(scan("-9223372036854775808") == .integer(.min))
        #expect(scan("9223372036854775808") == .double(9223372036854775808))
        #expect(scan("0.1") == .double(0.1))
        #expect(scan("123456.789") == .double(123456.789))
        #expect(scan("1.7976931348623157e308") == .double(1.7976931348623157e308))
        #expect(scan("0") == .integer(0))
        #expect(scan("007") == nil)
        #expect(scan("1e") == nil)
        #expect(scan("95%") == nil)
        #expect(scan("-") == nil)
    }
}
