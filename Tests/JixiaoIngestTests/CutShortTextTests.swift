import Foundation
import Testing

@testable import JixiaoIngest

/// Files cut off in the middle of their last character, as an interrupted copy leaves them.
@Suite struct CutShortTextTests {
    @Test func aUTF8DocumentCutInsideItsLastCharacterStillLoads() throws {
        let text = try SeedFixtures.text(SeedFixtures.approval)
        let bytes = Data(text.utf8)
        // Cut one byte into a three-byte character, past the first project.
        var cut = bytes.count / 2
        while cut < bytes.count, bytes[cut] & 0xC0 != 0xE0 { cut += 1 }
        let content = try FileImporter.load(data: bytes.prefix(cut + 1), file: "cut.txt", options: LoadOptions())
        guard case .document(let load) = content else { Issue.record("not read as a document"); return }
        #expect(load.projects.rowCount >= 1)
    }

    @Test func aGB18030FileEndingInAWholeCharacterKeepsIt() throws {
        let table = try TableFixtures.table(data: Data([0x61, 0x2C, 0x62, 0x0A, 0x31, 0x2C, 0xD6, 0xD0]))
        #expect(table.table[0, 1].description == "中")
    }

    @Test func onlyALongerSequenceThanWhatIsLeftCountsAsCut() {
        #expect(TextDecoding.utf8CutShort(Data([0x61, 0xE4, 0xB8])) == "a")
        #expect(TextDecoding.utf8CutShort(Data([0x61, 0xD6, 0xD0])) == nil)
        #expect(TextDecoding.utf8CutShort(Data([0x61, 0xFF])) == nil)
    }
}

@Suite struct CanonicalTextTests {
    @Test func compatibilityIdeographsFromPDFsAreReadAsTheirUnifiedForms() {
        // U+FA4C is 社 and U+F967 is 不 under canonical equivalence.
        #expect(CanonicalText.composed("\u{FA4C}会效益指标") == "社会效益指标")
        #expect(CanonicalText.composed("\u{F967}少于2次").unicodeScalars.first == "不")
        #expect(SourceText("一级\t\u{FA4C}会效益指标").lines[0].cells[1] == "社会效益指标")
    }

    @Test func ordinaryTextIsLeftAsItIs() {
        #expect(!CanonicalText.needsComposing("产出指标 ≥95% 2022年"))
        #expect(CanonicalText.needsComposing("e\u{301}"))
    }
}
