import Foundation
import JixiaoTestSupport
import JixiaoWorkbench
import Testing

/// `save` writes files an analyst can hand on: CSV that Excel opens as Chinese text, Markdown for
/// a report (issue 5 item 4).
@Suite struct ExportTests {
    @Test func aSavedCSVStartsWithAByteOrderMarkAndRoundTripsChineseText() throws {
        let dir = try SessionFixture.temporaryDirectory()
        let s = SessionFixture()
        let path = dir + "/projects.csv"
        #expect(
            s.run("save projects | where year = 2022 | select name, department, score_total to \"\(path)\"")
                == .success,
            "\(s.messages.text)")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
        let records = SimpleCSV.parse(text)
        #expect(records.first == ["name", "department", "score_total"])
        let names = records.dropFirst().map { $0.first ?? "" }
        s.run("let expected = projects | where year = 2022 | select name")
        #expect(names == s.rows("expected").map { $0["name"] ?? "" })
        #expect(names.contains("物业费、办公场地租赁费"))
        #expect(records.contains(["城乡居民医保统筹代办经费", "六安市金安区医疗保障局", "94.95"]))
    }

    @Test func aSavedMarkdownFileIsAPipeTable() throws {
        let dir = try SessionFixture.temporaryDirectory()
        let s = SessionFixture()
        let path = dir + "/grades.md"
        #expect(
            s.run("save projects | where grade is not null | count grade | select grade, n to \"\(path)\"") == .success,
            "\(s.messages.text)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "| grade | n |")
        #expect(lines.dropFirst().first == "| --- | ---: |")
        #expect(lines.contains("| 优 | 11 |"))
        #expect(!text.hasPrefix("\u{FEFF}"))
    }
}

/// Just enough RFC 4180 to read back what `save` wrote: quoted fields, doubled quotes.
enum SimpleCSV {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var inQuotes = false
        var chars = Array(text)[...]
        while let ch = chars.popFirst() {
            if inQuotes {
                if ch == "\"", chars.first == "\"" {
                    field.append("\""); chars.removeFirst()
                } else if ch == "\"" {
                    inQuotes = false
                } else {
                    field.append(ch)
                }
                continue
            }
            switch ch {
            case "\"": inQuotes = true
            case ",": record.append(field); field = ""
            case "\r": continue
            case "\n": record.append(field); records.append(record); record = []; field = ""
            default: field.append(ch)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
