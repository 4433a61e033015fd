import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoIngest

/// A file over `DelimitedRows.helpAbove` is converted on two threads; these pin that the table is
/// cell for cell what the rows say, whatever each thread did.
@Suite struct LargeDelimitedTableTests {
    /// Rows with every awkward case spread through a file of about 10 MB: quoted fields with
    /// commas, doubled quotes and line breaks, CRLF and LF endings, nulls, a column that turns
    /// from integers to decimals and one that turns to text far into the file, and ragged rows.
    static let rows = 150_000

    static func row(_ k: Int) -> (id: Int, amount: String, code: String, name: String, note: String?, extra: String?) {
        let amount = k < 90_000 ? "\(k % 1000)" : "\(k % 1000).5"
        let code = k == 100_000 ? "N/A" : "\(k % 97)"
        let name = k % 7 == 0 ? "部门, \(k % 13)" : "部门\(k % 13)"
        let note: String? =
            k % 11 == 0 ? nil : (k % 5 == 0 ? "said \"ok\" \(k)" : "plain note for row \(k) with some padding text")
        let extra: String? = k % 50_000 == 17 ? "extra\(k)" : nil
        return (k, amount, code, name, note, extra)
    }

    static func quoted(_ s: String) -> String {
        s.contains(",") || s.contains("\"") || s.contains("\n")
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static let csv: Data = {
        var text = "id,amount,code,name,note\n"
        text.reserveCapacity(rows * 90)
        for k in 0..<rows {
            let r = row(k)
            var line = "\(r.id),\(r.amount),\(r.code),\(quoted(r.name)),\(r.note.map(quoted) ?? "")"
            if k % 1000 == 999 {
                line = "\(r.id),\(r.amount),\(r.code),\"two\nlines \(k)\",\(r.note.map(quoted) ?? "")"
            }
            if let extra = r.extra { line += "," + extra }
            text += line + (k % 3 == 0 ? "\r\n" : "\n")
        }
        return Data(text.utf8)
    }()

    @Test func aFileReadOnTwoThreadsHoldsEveryCellAsWritten() throws {
        #expect(Self.csv.count > DelimitedRows.helpAbove)
        let load = try TableFixtures.table(data: Self.csv, file: "large.csv")
        let t = load.table
        #expect(t.rowCount == Self.rows)
        #expect(t.names == ["id", "amount", "code", "name", "note", "column_6"])
        #expect(t.type(of: "amount") == .double)
        #expect(t.type(of: "code") == .string)
        for k in stride(from: 0, to: Self.rows, by: 1)
        where k % 97 == 0 || k % 1000 == 999 || k == 100_000 || k % 50_000 == 17 {
            let r = Self.row(k)
            #expect(t.value("id", row: k) == .integer(Int64(k)))
            #expect(t.value("amount", row: k) == .double(Double(r.amount)!))
            #expect(t.string("code", row: k) == r.code)
            #expect(t.string("name", row: k) == (k % 1000 == 999 ? "two\nlines \(k)" : r.name))
            #expect(t.string("note", row: k) == r.note)
            #expect(t.string("column_6", row: k) == r.extra)
        }
        // Three ragged rows (a sixth field), each named by its line.
        #expect(load.warnings.count == 3)
        #expect(load.warnings.allSatisfy { $0.message.contains("the extra ones are kept in column_6") })
    }

    @Test func rowLinesCountTheLineBreaksInsideQuotedFields() throws {
        let load = try TableFixtures.table(data: Self.csv, file: "large.csv")
        // Row k starts on line k + 2, plus one for each two-line field before it.
        for k in [0, 998, 999, 1000, 59_999, 149_999] {
            #expect(load.line(ofRow: k) == k + 2 + k / 1000)
        }
    }
}
