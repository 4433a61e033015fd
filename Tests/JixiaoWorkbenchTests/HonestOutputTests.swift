import Foundation
import Testing

@testable import JixiaoWorkbench

/// What reaches a file or a pipe: no colour codes, nothing left out without a word.
@Suite struct HonestOutputTests {
    @Test func outputToAFileNeverHoldsColourCodesEvenWhenTheScreenIsColoured() throws {
        let (session, _, _) = bundledSession()
        session.settings.color = true
        session.settings.width = 80
        let path = NSTemporaryDirectory() + "jixiao-output-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(session.run(".output \(path)") == .success)
        #expect(session.run("indicators | count level1") == .success)
        #expect(session.run("projects | chart bar name, budget_total") == .success)
        #expect(session.run(".output stdout") == .success)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("产出指标"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func aResultOffTheTerminalIsWrittenWholeAndElisionIsSaidOnStderr() {
        let (session, output, messages) = bundledSession()
        #expect(session.run("indicators | select name") == .success)
        #expect(!output.text.contains("…"))
        #expect(output.text.split(separator: "\n").count == 304)
        output.clear()
        #expect(session.run(".maxrows 10") == .success)
        #expect(session.run("indicators | select name") == .success)
        #expect(messages.text.contains("290 rows not written"))
    }

    @Test func severalCSVResultsAreSeparatedByABlankLine() {
        let (session, output, _) = bundledSession()
        session.settings.format = .csv
        #expect(session.run("projects | take 1 | select year; projects | take 1 | select year") == .success)
        #expect(output.text == "year\n2022\n\nyear\n2022\n")
    }
}

/// A file of a format no reader takes is named by its format; a damaged workbook by what is wrong.
@Suite struct UnreadFormatTests {
    @Test func aPresentationIsNamedByItsFormatNotAsANulByte() throws {
        let (session, _, messages) = bundledSession()
        let path = NSTemporaryDirectory() + "jixiao-\(UUID().uuidString).pptx"
        FileManager.default.createFile(atPath: path, contents: Data([0, 1, 2, 3, 0, 0, 0, 0]))
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = session.run("load \"\(path)\"")
        #expect(messages.text.contains("a PowerPoint file (.pptx)"), "\(messages.text)")
        #expect(!messages.text.contains("NUL byte"))
    }

    @Test func aDamagedXlsxFileSaysItsArchiveIsDamagedNotANulByte() throws {
        let (session, _, messages) = bundledSession()
        let path = NSTemporaryDirectory() + "jixiao-\(UUID().uuidString).xlsx"
        FileManager.default.createFile(atPath: path, contents: Data([0x50, 0x4B, 3, 4, 0, 0, 0, 0]))
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = session.run("load \"\(path)\"")
        #expect(messages.text.contains("damaged ZIP archive"), "\(messages.text)")
        #expect(!messages.text.contains("NUL byte"))
    }
}

/// `print` shows numbers as the tables do.
@Suite struct PrintedNumberTests {
    @Test func printRoundsDecimalsForReadingAndRawKeepsEveryDigit() {
        let (session, output, _) = bundledSession()
        #expect(session.run("print \"{2 / 3 * 100} {1 / 3000000} {10 / 4} {rows(projects)}\"") == .success)
        #expect(output.text == "66.67 0.000000333 2.5 28\n")
        output.clear()
        #expect(session.run(".numbers raw") == .success)
        #expect(session.run("print \"{2 / 3 * 100}\"") == .success)
        #expect(output.text == "66.6666666666667\n")
    }
}
