import Foundation
import Testing

@testable import JixiaoIngest

/// Issue 7 §5: a load says what a large table will cost and refuses one that cannot fit.
@Suite struct MemoryEstimateTests {
    @Test func aLargeLoadIsAnnouncedWithItsSizes() {
        let estimate = MemoryEstimate(fileBytes: 3 << 30, tableBytes: 6 << 30, availableBytes: 20 << 30)
        #expect(estimate.isLarge && estimate.fits)
        #expect(estimate.note(file: "big.csv") == "big.csv: 3.0 GB file; the table will take about 6.0 GB of memory")
    }

    @Test func aTableThatCannotFitIsAnErrorNamingTheFile() {
        let estimate = MemoryEstimate(fileBytes: 30 << 30, tableBytes: 60 << 30, availableBytes: 20 << 30)
        #expect(throws: DocumentImportError(file: "big.csv", reason: .tooLarge(needed: 60 << 30, available: 20 << 30)))
        {
            try estimate.requireFits(file: "big.csv")
        }
        #expect(
            DocumentImportError(file: "big.csv", reason: .tooLarge(needed: 60 << 30, available: 20 << 30)).description
                == "big.csv: too big to load: the table would take about 60.0 GB of memory and 20.0 GB is free; nothing was loaded"
        )
    }

    /// Ten million rows of repeated Chinese text take the memory of their codes, not a factor of
    /// the file: the REPL refused a 2 GB CSV that takes 1.5 GB when 3 GB was free.
    @Test func aCSVIsCostedByItsSampledRowsAndColumns() {
        func estimate(_ header: String, _ row: (Int) -> String, rows: Int = 5_000) -> (Int, Int) {
            let text = header + "\n" + (0..<rows).map(row).joined(separator: "\n") + "\n"
            let bytes = Array(text.utf8)
            let sample = bytes.withUnsafeBufferPointer { FileSample($0) }
            return (
                bytes.count,
                DelimitedMemoryCost.tableBytes(sample, delimiter: UInt8(ascii: ","), fileBytes: bytes.count)!
            )
        }
        // A number and a repeating text per row: 8 + 4 bytes, whatever the text's length.
        // The 64 KiB sample holds a few thousand of the rows; the rest are counted from its bytes.
        let (size, repeated) = estimate("id,部门") { "\($0),某某市农业农村局第\($0 % 7)科室" }
        let rows = 5_000.0
        #expect(abs(Double(repeated) - rows * 12 * 1.25) < rows * 12 * 0.1)
        #expect(repeated < size / 2)
        // A distinct note per row costs its bytes as well.
        let (_, distinct) = estimate("id,备注") { "\($0),第\($0)条说明文字" }
        #expect(distinct > repeated * 3)
    }

    @Test func theEstimateFollowsTheFormatFoundInTheFile() throws {
        let folder = NSTemporaryDirectory() + "jixiao-estimate-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("a,b\n1,2\n".utf8).write(to: URL(fileURLWithPath: folder + "/t.txt"))
        try Data("[{\"a\": 1}]".utf8).write(to: URL(fileURLWithPath: folder + "/t.csv"))
        // Two numbers in the one row after the header: 16 bytes, and a quarter more for the load.
        #expect(try MemoryEstimate.of(path: folder + "/t.txt").tableBytes == 20)
        #expect(try MemoryEstimate.of(path: folder + "/t.csv").tableBytes == 120)
        #expect(throws: DocumentImportError.self) { try MemoryEstimate.of(path: folder) }
    }

    @Test func theLimitCanBeSetInBytesOrWithAUnit() {
        #expect(MemoryEstimate.parseBytes("512") == 512)
        #expect(MemoryEstimate.parseBytes("64K") == 64 << 10)
        #expect(MemoryEstimate.parseBytes(" 2g ") == 2 << 30)
        #expect(MemoryEstimate.parseBytes("lots") == nil)
        #expect(MemoryEstimate.describe(300 << 20) == "300 MB")
    }
}
