import Foundation
import Testing

/// Damaged office files and PDFs through the built binary: each is refused with a message that
/// names the file and says what is wrong, loads nothing (the script stops, exit 2), and ends in
/// bounded time. The committed ones come from `Scripts/make-office-fixtures`; the cut-short ones
/// are cut from the committed renderings here.
@Suite struct DamagedOfficeFileTests {
    static let office = JixiaoProcess.root.appendingPathComponent("Tests/JixiaoIngestTests/Fixtures/Office")

    /// A damaged file (under `damaged/`, or a rendering cut to `cut` of its bytes) and the words
    /// its error must hold.
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var cut: Double?
        var words: [String]
        var testDescription: String { cut.map { "\(file) cut to \(Int($0 * 100))%" } ?? file }
    }

    static let cases: [Case] = [
        Case(file: "damaged/encrypted-members.xlsx", words: ["encrypted", "password"]),
        Case(file: "damaged/protected.xlsx", words: ["password-protected"]),
        Case(file: "damaged/bomb.xlsx", words: ["ZIP bomb"]),
        Case(file: "damaged/encrypted.pdf", words: ["encrypted"]),
        Case(file: "damaged/scanned.pdf", words: ["no text", "OCR"]),
        // The fuzz finding: libfreexl over-reads its stack opening it (it runs in a child).
        Case(file: "damaged/overread.xls", words: [".xls", "libfreexl", "save it again"]),
        Case(file: "002.xlsx", cut: 0.6, words: ["damaged"]),
        Case(file: "002.docx", cut: 0.6, words: ["damaged"]),
        Case(file: "001.xls", cut: 0.5, words: [".xls"]),
        Case(file: "002.xlsx.pdf", cut: 0.7, words: ["cut short"]),
    ]

    @Test(arguments: cases)
    func aDamagedFileIsRefusedWithItsReasonAndLoadsNothing(_ damaged: Case) throws {
        let folder = try JixiaoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = Self.office.appendingPathComponent(damaged.file)
        var data = try Data(contentsOf: source)
        if let cut = damaged.cut { data = data.prefix(Int(Double(data.count) * cut)) }
        let path = folder + "/" + source.lastPathComponent
        try data.write(to: URL(fileURLWithPath: path))
        let r = try JixiaoProcess.run(["--no-datasets", "-c", "load \"\(path)\"\nprint \"after\""], timeout: 90)
        let said = r.stdout + r.stderr
        #expect(!r.timedOut, "\(damaged.file): still running after 90 s")
        #expect(r.status == 2, "\(damaged.file): exit \(r.status), said \(said.prefix(400))")
        #expect(!r.stdout.contains("after"), "\(damaged.file): the script went on")
        #expect(said.contains(source.lastPathComponent) && said.contains("nothing was loaded"), "\(said.prefix(400))")
        for word in damaged.words {
            #expect(said.contains(word), "\(damaged.file): \"\(word)\" missing from \(said.prefix(400))")
        }
    }

    /// Entities declared to expand to gigabytes are never expanded: the workbook loads at once.
    @Test func entityExpansionIsNotCarriedOut() throws {
        let path = Self.office.appendingPathComponent("damaged/entities.xlsx").path
        let started = Date()
        let r = try JixiaoProcess.run(
            ["--no-datasets", "--format", "csv", "-c", "load \"\(path)\"\nindicators | select name"], timeout: 60)
        #expect(r.status == 0, "\(r.stderr.prefix(400))")
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(
            r.stdout.contains("entities.xlsx: 3 projects, 49 indicators")
                || r.stderr.contains("entities.xlsx: 3 projects, 49 indicators"))
        #expect(!r.stdout.contains("lollol"))
    }
}
