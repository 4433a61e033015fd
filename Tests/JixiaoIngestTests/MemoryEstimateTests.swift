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

    @Test func theEstimateFollowsTheFormatFoundInTheFile() throws {
        let folder = NSTemporaryDirectory() + "jixiao-estimate-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("a,b\n1,2\n".utf8).write(to: URL(fileURLWithPath: folder + "/t.txt"))
        try Data("[{\"a\": 1}]".utf8).write(to: URL(fileURLWithPath: folder + "/t.csv"))
        #expect(try MemoryEstimate.of(path: folder + "/t.txt").tableBytes == 16)
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
