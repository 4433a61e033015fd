import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoIngest

/// The CSV reader keeps integers and decimals in 32 bits while they fit (`NumberStore`), and
/// every value must come back as the double or integer its text spells, whether the column
/// stayed compact, grew its scale, or had to widen, on one thread or in parts.
@Suite struct CompactCSVNumberTests {
    private func read(_ text: String, threads: Int = 1, partBytes: Int = 256) throws -> Table {
        try Array(text.utf8).withUnsafeBufferPointer { bytes in
            var reader = DelimitedTableReader(file: FileBytes(bytes), delimiter: UInt8(ascii: ","), name: "t.csv")
            reader.context = ExecutionContext(threads: threads)
            reader.partBytes = partBytes
            return try reader.read(preferring: .utf8).table
        }
    }

    /// The column's values against the standard library's reading of each cell.
    private func expectExact(
        _ t: Table, _ name: String, _ cells: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let column = t.columns[t.index(of: name)!]
        for (row, cell) in cells.enumerated() {
            switch column[row] {
            case .null: #expect(cell.isEmpty, "row \(row)", sourceLocation: sourceLocation)
            case .integer(let i): #expect(Int64(cell) == i, "row \(row)", sourceLocation: sourceLocation)
            case .double(let d):
                #expect(
                    Double(cell)?.bitPattern == d.bitPattern, "row \(row): \(cell) read as \(d)",
                    sourceLocation: sourceLocation)
            default: Issue.record("row \(row) is not a number", sourceLocation: sourceLocation)
            }
        }
    }

    private func scale(_ t: Table, _ name: String) -> Int? {
        guard case .compact(let c) = t.columns[t.index(of: name)!].data else { return nil }
        return c.scale
    }

    @Test func idsAndDecimalsThatFitAreKept32BitsAndReadBackExactly() throws {
        var ids: [String] = [], amounts: [String] = []
        for r in 0..<4_000 {
            ids.append("\(r * 7 - 9_000)")
            // Whole numbers first, then one and two decimals, three only near the end.
            amounts.append(r < 1_000 ? "\(r)" : r < 3_900 ? (r % 5 == 0 ? "" : "\(r).\(r % 100)") : "-\(r).125")
        }
        let text = "id,amount\n" + zip(ids, amounts).map { "\($0),\($1)" }.joined(separator: "\n") + "\n"
        for threads in [1, 3] {
            let t = try read(text, threads: threads)
            #expect(t.type(of: "id") == .integer)
            #expect(t.type(of: "amount") == .double)
            #expect(scale(t, "id") == 0)
            #expect(scale(t, "amount") == 3, "\(threads) threads")
            expectExact(t, "id", ids)
            expectExact(t, "amount", amounts)
        }
    }

    @Test func aValueThatDoesNotFitWidensTheColumnAndChangesNoValue() throws {
        let cases: [(late: String, type: DataType)] = [
            ("3000000000", .integer),  // past Int32
            ("0.12345678912", .double),  // eleven decimals
            ("31415926.5", .double),  // 314159265 at one decimal fits; at the column's two it does not
            ("1e300", .double),
        ]
        for (late, type) in cases {
            var cells = (0..<3_000).map { r in type == .integer ? "\(r)" : "\(r).25" }
            cells[2_500] = late
            let text = "x\n" + cells.joined(separator: "\n") + "\n"
            for threads in [1, 2] {
                let t = try read(text, threads: threads)
                #expect(t.type(of: "x") == type, "\(late)")
                #expect(scale(t, "x") == nil, "\(late) should have widened the column")
                expectExact(t, "x", cells)
            }
        }
    }

    @Test func negativeZeroAndIntegersBecomingDecimalsKeepTheirValues() throws {
        let cells = ["5", "-0.0", "", "7", "2.5", "-3"]
        let t = try read("x\n" + cells.joined(separator: "\n") + "\n")
        #expect(t.type(of: "x") == .double)
        expectExact(t, "x", cells)
        // Without the -0.0 the same column compacts at one decimal.
        let plain = ["5", "0", "", "7", "2.5", "-3"]
        let u = try read("x\n" + plain.joined(separator: "\n") + "\n")
        #expect(scale(u, "x") == 1)
        expectExact(u, "x", plain)
    }

    @Test func textCodesWidenFromOneByteToTwoToFourAsTheDictionaryGrowsInEveryPart() throws {
        // `small` keeps 9 values, `medium` reaches 1,000 late in the file, `large` 70,000.
        var rows: [(String, String, String)] = []
        for r in 0..<80_000 {
            let medium = r < 60_000 ? "甲\(r % 200)" : "乙\(r % 1_000)"
            rows.append(("级\(r % 9)", r % 13 == 0 ? "" : medium, "项\(r)"))
        }
        let text = "small,medium,large\n" + rows.map { "\($0.0),\($0.1),\($0.2)" }.joined(separator: "\n") + "\n"
        for threads in [1, 2, 3] {
            let t = try read(text, threads: threads, partBytes: 64 << 10)
            let widths = t.columns.map { column -> String in
                switch column.data {
                case .narrowString(.bytes, _): return "1"
                case .narrowString(.pairs, _): return "2"
                case .string: return "4"
                default: return "?"
                }
            }
            #expect(widths == ["1", "2", "4"], "\(threads) threads")
            for (row, cells) in rows.enumerated() where row % 97 == 0 || row > 79_900 {
                #expect(t.columns[0].string(at: row) == cells.0)
                #expect(t.columns[1].string(at: row) == (cells.1.isEmpty ? nil : cells.1))
                #expect(t.columns[2].string(at: row) == cells.2)
            }
        }
    }
}
