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
