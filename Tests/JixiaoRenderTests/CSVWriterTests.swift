import JixiaoEngine
import Testing

@testable import JixiaoRender

/// A strict RFC 4180 reader, so tests can check that what the writer quotes reads back the same.
/// Returns nil for a quoted empty field vs. an unquoted one: `""` is "", nothing is nil.
func parseCSV(_ text: String) -> [[String?]] {
    var records: [[String?]] = []
    var record: [String?] = []
    var field = ""
    var quoted = false, inQuotes = false, fieldStarted = false
    var chars = Array(text)[...]
    func endField() {
        record.append(quoted || !field.isEmpty ? field : nil)
        field = ""; quoted = false; fieldStarted = false
    }
    while let ch = chars.popFirst() {
        if inQuotes {
            if ch == "\"" {
                if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { inQuotes = false }
            } else {
                field.append(ch)
            }
            continue
        }
        switch ch {
        case "\"" where !fieldStarted: inQuotes = true; quoted = true; fieldStarted = true
        case ",": endField()
        case "\n": endField(); records.append(record); record = []
        default: field.append(ch); fieldStarted = true
        }
    }
    return records
}

private func csv(_ table: Table) -> String {
    TableRenderer.render(table, as: .csv, options: RenderOptions())
}

@Suite("CSV")
struct CSVWriterTests {
    @Test("A header row, then one line per row; nulls are empty, doubles spelled by Value.format")
    func plainTable() {
        #expect(
            csv(Fixtures.projects) == """
                department,name,indicator_count,execution_rate,met
                教育局,义务教育学校运转经费,12,99.83,true
                交通运输局,农村公路养护（2024年度）,8,,false
                卫健委,公共卫生服务,15,100,true

                """)
    }

    @Test("Fields with commas, quotes, CR or LF are quoted with quotes doubled")
    func quoting() {
        let values: [String?] = ["a,b", "say \"hi\"", "line1\nline2", "cr\rhere", "plain", "", nil, "，全角逗号"]
        let text = csv(Fixtures.strings("text", values))
        #expect(lines(text)[1] == "\"a,b\"")
        #expect(lines(text)[2] == "\"say \"\"hi\"\"\"")
        #expect(text.contains("\"line1\nline2\""))
        #expect(text.contains("\"cr\rhere\""))
        #expect(text.contains("\nplain\n"))
        #expect(text.contains("\n\"\"\n\n"))  // empty string quoted, null empty
        #expect(text.contains("\n，全角逗号\n"))  // a fullwidth comma needs no quotes
    }

    @Test("What the writer quotes reads back to the same values")
    func roundTrip() {
        let values: [String?] = ["a,b", "say \"hi\"", "多行\r\n文本", "\"", ",", "", nil, "x"]
        let table = Table([
            ("text", Column.from(values.map { $0.map(Value.string) ?? .null })),
            (
                "n,umber",
                Column.from([
                    .integer(1), .null, .integer(-3), .integer(4), .integer(5), .integer(6), .integer(7), .integer(8),
                ])
            ),
        ])
        let records = parseCSV(csv(table))
        #expect(records.count == values.count + 1)
        #expect(records[0] == ["text", "n,umber"])
        for (i, value) in values.enumerated() {
            #expect(records[i + 1][0] == value, "row \(i)")
        }
        #expect(records[2][1] == nil)
        #expect(records[3][1] == "-3")
    }

    @Test("Doubles are written in their shortest faithful form")
    func doubles() {
        let table = Table([("x", Column(.double([0.1 + 0.2, 1e20, 1e-7, -0.5, 3])))])
        #expect(csv(table) == "x\n0.3\n1e+20\n1e-07\n-0.5\n3\n")
    }
}
