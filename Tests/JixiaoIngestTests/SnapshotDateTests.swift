import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoIngest

/// A date column in a `.jxdb` snapshot: type code 4, one section of kind 9 holding i32 days.
@Suite("Snapshot files with dates")
struct SnapshotDateTests {
    static func table(days: [Int32], validity: Bitmap? = nil) -> Snapshot {
        let table = Table(
            fields: [Field("deadline", aliases: ["截止日期"])], columns: [Column(.date(days), validity: validity)])
        return Snapshot(tables: [Snapshot.Entry(name: "t", table: table)], warnings: [])
    }

    @Test func aDateColumnWithNullsRoundTripsDayForDay() throws {
        var validity = Bitmap(count: 0, allSet: false)
        for i in 0..<70 { validity.append(i % 4 != 1) }
        let first = CivilDay(year: 1, month: 1, day: 1).days, last = CivilDay(year: 9999, month: 12, day: 31).days
        var days = (0..<70).map { (i: Int) -> Int32 in Int32(i * 1_000 - 20_000) }
        days[0] = first
        days[2] = last
        let read = try SnapshotTests.decode(try SnapshotTests.encode(Self.table(days: days, validity: validity)))
        let column = try #require(read.tables.first?.table.columns.first)
        #expect(read.tables.first?.table.fields == [Field("deadline", aliases: ["截止日期"])])
        #expect(column.type == .date)
        for row in 0..<70 {
            #expect(column.isNull(row) == (row % 4 == 1))
            if row % 4 != 1 { #expect(column.day(at: row) == days[row]) }
        }
        #expect(column[0].description == "0001-01-01")
        #expect(column[2].description == "9999-12-31")
    }

    @Test func theDatesAreOneSectionOfKindNineWithTypeCodeFour() throws {
        let days: [Int32] = [19_783, -1, 0]
        let bytes = try SnapshotTests.encode(Self.table(days: days))
        // The last section is the column's: its header's kind, then 3 × i32 and 4 bytes of padding.
        let section = Array(bytes.suffix(24 + 16))
        #expect(section[0..<4] == [9, 0, 0, 0])
        #expect(section[8] == 12)
        #expect(Array(section[24..<36]) == [0x47, 0x4D, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0])
        // The catalog stores the type as 4: the byte after the last label, before the null flag 0.
        let label = Array("截止日期".utf8)
        let at = try #require(
            (0...(bytes.count - label.count)).first { Array(bytes[$0..<($0 + label.count)]) == label })
        #expect(bytes[at + label.count] == 4)
        #expect(bytes[at + label.count + 1] == 0)
    }

    @Test func aDayBeyondTheYear9999IsRefused() throws {
        let beyond = CivilDay(year: 9999, month: 12, day: 31).days + 1
        let bytes = try SnapshotTests.encode(Self.table(days: [0, beyond]))
        #expect(throws: SnapshotError.self) { try SnapshotTests.decode(bytes) }
        // As a null row's placeholder it is never read, so it is allowed.
        var validity = Bitmap(count: 0, allSet: false)
        validity.append(true)
        validity.append(false)
        let read = try SnapshotTests.decode(
            try SnapshotTests.encode(Self.table(days: [0, beyond], validity: validity)))
        #expect(read.tables.first?.table.columns.first?.isNull(1) == true)
    }
}
