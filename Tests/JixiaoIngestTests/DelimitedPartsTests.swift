import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoIngest

/// A large CSV is read in parts on several cores and the parts joined: the table, its warnings
/// and its row lines must be exactly what one thread reading the file in order gives, whatever
/// falls in which part (types that change late, new dictionary values, cuts in quoted fields).
@Suite struct DelimitedPartsTests {
    /// Reads `text` with `threads` parts of at least `partBytes` bytes each.
    private func read(_ text: [UInt8], threads: Int, partBytes: Int = 256) throws -> TableLoad {
        try text.withUnsafeBufferPointer { bytes in
            var reader = DelimitedTableReader(file: FileBytes(bytes), delimiter: UInt8(ascii: ","), name: "t.csv")
            reader.context = ExecutionContext(threads: threads)
            reader.partBytes = partBytes
            return try reader.read(preferring: .utf8)
        }
    }

    /// Every cell of the table as a value, column by column, with the column's name and type.
    private func cells(_ load: TableLoad) -> [[String]] {
        zip(load.table.fields, load.table.columns).map { field, column in
            ["\(field.name): \(column.type)"] + (0..<column.count).map { "\(column[$0])" }
        }
    }

    private func expectSameAsOneThread(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let bytes = Array(text.utf8)
        let one = try read(bytes, threads: 1)
        for threads in [2, 3, 5] {
            let parts = try read(bytes, threads: threads)
            #expect(cells(parts) == cells(one), "\(threads) threads", sourceLocation: sourceLocation)
            #expect(parts.warnings == one.warnings, "\(threads) threads", sourceLocation: sourceLocation)
            #expect(parts.rowLines == one.rowLines, "\(threads) threads", sourceLocation: sourceLocation)
        }
    }

    @Test func typesThatChangeInALaterPartComeOutAsOneReaderInfersThem() throws {
        var text = "id,amount,flag,kind,late,note,sparse\n"
        for r in 0..<3_000 {
            let amount = r < 2_000 ? "\(r * 3)" : "\(r).25"
            let flag = r == 2_500 ? "5" : (r % 3 == 0 ? "true" : "false")
            let kind = ["产出", "效益", "满意度"][r % 3] + (r > 2_200 ? "新\(r % 7)" : "")
            let late = r < 2_800 ? "" : "迟到\(r % 5)"
            let note = r < 1_500 ? "\(r)" : "备注\(r % 11)"
            let sparse = r % 97 == 0 ? "1.50" : ""
            text += "\(r),\(amount),\(flag),\(kind),\(late),\(note),\(sparse)\n"
            if r % 401 == 0 { text += "\(r)\n" }
        }
        try expectSameAsOneThread(text)
        let load = try read(Array(text.utf8), threads: 3)
        #expect(load.table.columns.map(\.type) == [.integer, .double, .string, .string, .string, .string, .double])
        // The parts were joined, not given up for one thread.
        let joined = try Array(text.utf8).withUnsafeBufferPointer { bytes in
            try DelimitedParts.read(
                FileBytes(bytes), delimiter: UInt8(ascii: ","), header: 7, from: 37, line: 2, capacity: 3_100,
                context: ExecutionContext(threads: 3), partBytes: 256)
        }
        #expect(joined?.rows == 3_000 + 8)
    }

    @Test func aQuotedLineBreakAtACutIsReadAsOneRecord() throws {
        var text = "id,text\n"
        for r in 0..<2_000 {
            text += r % 5 == 0 ? "\(r),\"第一行\n第二行, with a comma\"\n" : "\(r),plain \(r)\n"
        }
        try expectSameAsOneThread(text)
        #expect(try read(Array(text.utf8), threads: 3).table.rowCount == 2_000)
    }

    @Test func rowsWiderThanTheHeaderInALaterPartKeepTheirExtraFields() throws {
        var text = "a,b\n"
        for r in 0..<2_000 { text += r == 1_777 ? "\(r),x,extra\n" : "\(r),y\(r % 13)\n" }
        try expectSameAsOneThread(text)
    }

    @Test func bytesThatAreNotUTF8InALaterPartRestartTheWholeReadAsGB18030() throws {
        var bytes = Array("id,name\n".utf8)
        for r in 0..<2_000 {
            bytes += Array("\(r),".utf8)
            // 中 in GB18030 (D6 D0) near the end; UTF-8 everywhere else.
            bytes += r == 1_900 ? [0xD6, 0xD0] : Array("名\(r % 17)".utf8)
            bytes += [0x0A]
        }
        let one = try read(bytes, threads: 1)
        let parts = try read(bytes, threads: 3)
        #expect(cells(parts) == cells(one))
        #expect(cells(parts)[1].contains("中"))
    }

    @Test func windowsLineBreaksAndAByteOrderMarkReadAsOnOneThread() throws {
        var text = "\u{FEFF}id,名称,金额\r\n"
        for r in 0..<2_000 { text += "\(r),项目\(r % 23),\(r % 7 == 0 ? "" : "\(r).5")\r\n" }
        try expectSameAsOneThread(text)
        let load = try read(Array(text.utf8), threads: 3)
        #expect(load.table.fields.map(\.name) == ["id", "名称", "金额"])
        #expect(load.table.rowCount == 2_000 && load.warnings.isEmpty)
    }

    @Test func theCutsFallJustAfterLineBreaksAndCoverTheData() {
        let text = Array(String(repeating: "12345,abcdefgh\n", count: 1_000).utf8)
        text.withUnsafeBufferPointer { bytes in
            let cuts = DelimitedParts.cuts(bytes, from: 15, parts: 4, partBytes: 256)
            #expect(cuts.count == 5 && cuts.first == 15 && cuts.last == bytes.count)
            for cut in cuts.dropFirst().dropLast() { #expect(bytes[cut - 1] == 0x0A) }
            #expect(DelimitedParts.cuts(bytes, from: 0, parts: 4, partBytes: 1 << 20) == [0, bytes.count])
        }
    }
}
