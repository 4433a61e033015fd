import Foundation
import Testing

@testable import JixiaoIngest

/// The SSE2 splitter takes plain records; whatever it accepts must split exactly as the general
/// RFC 4180 scanner does, and it must decline what it cannot read (blank lines, quotes).
@Suite struct PlainRecordSplitTests {
    /// Fields and bytes consumed by each path, reading the first record of `text`.
    private func bothWays(
        _ text: [UInt8], maxFields: Int = 40
    ) -> (plain: ([String], Int, Int)?, general: ([String], Int, Int)) {
        text.withUnsafeBufferPointer { bytes in
            var fast = DelimitedScanner(bytes: bytes, delimiter: UInt8(ascii: ","))
            defer { fast.release() }
            let slots = UnsafeMutablePointer<CellSpan>.allocate(capacity: maxFields)
            defer { slots.deallocate() }
            var plain: ([String], Int, Int)?
            if let n = fast.plainRecord(into: slots, stride: 1, maxFields: maxFields) {
                plain = ((0..<n).map { String(decoding: slots[$0].bytes, as: UTF8.self) }, fast.position, fast.line)
            }
            var general = DelimitedScanner(bytes: bytes, delimiter: UInt8(ascii: ","))
            defer { general.release() }
            var fields: [String] = []
            _ = DelimitedTableReader.nextRecord(&general) { _, cell in
                fields.append(String(decoding: cell, as: UTF8.self))
                return true
            }
            return (plain, (fields, general.position, general.line))
        }
    }

    @Test func plainRecordsSplitAsTheGeneralScannerSplitsThem() {
        for text in [
            "a,b,c\nd", "a,b,c\r\nd", "a,b,c\rd", "a,,c,\n", "a,b,", "x",
            "long field with 中文 and more than sixty-four bytes in it, so it spans blocks\n",
            String(repeating: "ab,", count: 30) + "end\n", "a,b\"c,d\n", "1,2,3",
        ] {
            let (plain, general) = bothWays(Array(text.utf8))
            #expect(plain != nil, "declined: \(text.debugDescription)")
            if let plain {
                #expect(plain.0 == general.0, "\(text.debugDescription)")
                #expect(plain.1 == general.1 && plain.2 == general.2, "\(text.debugDescription)")
            }
        }
    }

    @Test func recordsThatNeedTheGeneralScannerAreDeclined() {
        for text in ["\nabc", "\r\nabc", "\"q\",b\n", "a,\"q\"\n", ""] {
            #expect(bothWays(Array(text.utf8)).plain == nil, "\(text.debugDescription)")
        }
        #expect(bothWays(Array("a,b,c\n".utf8), maxFields: 2).plain == nil)
    }

    @Test func randomRecordsSplitTheSameWhenAccepted() {
        var state: UInt64 = 0x5EED
        let alphabet = Array("ab,\",\r\n 中".utf8)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(state % 90) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let (plain, general) = bothWays(bytes)
            if let plain {
                #expect(plain.0 == general.0 && plain.1 == general.1 && plain.2 == general.2, "\(bytes)")
            }
        }
    }
}
