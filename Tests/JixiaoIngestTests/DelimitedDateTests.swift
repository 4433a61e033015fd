import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoIngest

/// CSV columns whose every value is an ISO day `YYYY-MM-DD` load as dates; anything looser
/// keeps the column text, spelt as written.
@Suite struct DelimitedDateTests {
    @Test func aColumnOfISODaysIsADateColumnWithItsEmptyCellsNull() throws {
        let t = try TableFixtures.table("id,due\n1,2022-12-30\n2,\n3,2024-02-29\n").table
        #expect(t.type(of: "due") == .date)
        #expect(t.value("due", row: 0) == .date(CivilDay(year: 2022, month: 12, day: 30).days))
        #expect(t.value("due", row: 1) == .null)
        #expect(t.value("due", row: 2).description == "2024-02-29")
        #expect(t.type(of: "id") == .integer)
    }

    @Test func oneValueThatIsNoISODayKeepsTheColumnTextAsWritten() throws {
        for odd in ["2024/3/1", "2023-02-29", "2024-3-01", "soon", "20240301"] {
            let t = try TableFixtures.table("due\n2022-12-30\n\(odd)\n2024-01-01\n").table
            #expect(t.type(of: "due") == .string, "\(odd)")
            #expect(t.string("due", row: 0) == "2022-12-30")
            #expect(t.string("due", row: 1) == odd)
        }
    }

    @Test func aDateInTheMiddleOfNumbersIsText() throws {
        let t = try TableFixtures.table("x\n1\n2022-12-30\n").table
        #expect(t.type(of: "x") == .string)
        #expect(t.string("x", row: 0) == "1")
    }
}

/// A CSV read in parts on several cores gives the date columns one reader gives.
@Suite struct DelimitedDatePartsTests {
    private func read(_ text: String, threads: Int) throws -> Table {
        try Array(text.utf8).withUnsafeBufferPointer { bytes in
            var reader = DelimitedTableReader(file: FileBytes(bytes), delimiter: UInt8(ascii: ","), name: "t.csv")
            reader.context = ExecutionContext(threads: threads)
            reader.partBytes = 256
            return try reader.read(preferring: .utf8).table
        }
    }

    @Test func dateColumnsSplitOverPartsComeOutAsOneReaderReadsThem() throws {
        var text = "id,due,late,mixed\n"
        for r in 0..<3_000 {
            let due = "\(2019 + r % 7)-\(String(format: "%02d", 1 + r % 12))-\(String(format: "%02d", 1 + r % 28))"
            let late = r < 2_500 ? "" : "2024-02-29"
            let mixed = r == 2_700 ? "下月" : "2022-12-\(String(format: "%02d", 1 + r % 31))"
            text += "\(r),\(due),\(late),\(mixed)\n"
        }
        let one = try read(text, threads: 1)
        #expect(one.columns.map(\.type) == [.integer, .date, .date, .string])
        for threads in [2, 3] {
            let parts = try read(text, threads: threads)
            #expect(parts.columns.map(\.type) == one.columns.map(\.type))
            for (a, b) in zip(one.columns, parts.columns) {
                #expect((0..<a.count).map { a[$0] } == (0..<b.count).map { b[$0] }, "\(threads) threads")
            }
        }
        #expect(one.columns[3][0] == .string("2022-12-01"))
    }
}
