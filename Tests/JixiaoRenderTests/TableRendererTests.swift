import JixiaoEngine
import Testing

@testable import JixiaoRender

@Suite("Table renderer")
struct TableRendererTests {
    @Test("Streaming in chunks gives the same bytes as rendering whole", arguments: OutputFormat.allCases)
    func streamingMatchesRender(format: OutputFormat) {
        let table = Fixtures.numbered(20_000)
        let options = RenderOptions(width: 80, maxRows: 10)
        var chunks: [[UInt8]] = []
        TableRenderer.write(table, as: format, options: options) { chunks.append($0) }
        let streamed = String(decoding: chunks.flatMap { $0 }, as: UTF8.self)
        #expect(streamed == TableRenderer.render(table, as: format, options: options))
        if !format.isForPeople { #expect(chunks.count > 1) }
    }

    @Test("Every output ends with a newline", arguments: OutputFormat.allCases)
    func endsWithNewline(format: OutputFormat) {
        let text = TableRenderer.render(Fixtures.projects, as: format, options: RenderOptions())
        #expect(text.hasSuffix("\n"))
    }

    @Test("File extensions name their formats")
    func fileExtensions() {
        #expect(OutputFormat(fileExtension: "csv") == .csv)
        #expect(OutputFormat(fileExtension: ".TSV") == .tsv)
        #expect(OutputFormat(fileExtension: "md") == .markdown)
        #expect(OutputFormat(fileExtension: "jsonl") == .jsonl)
        #expect(OutputFormat(fileExtension: "json") == .json)
        #expect(OutputFormat(fileExtension: "sqlite") == nil)
        for format in OutputFormat.allCases where format != .line {
            #expect(OutputFormat(fileExtension: format.fileExtension) == format)
        }
    }

    @Test("A slice of a table with a large string dictionary writes only its own rows")
    func sliceWithLargeDictionary() {
        let big = Fixtures.numbered(5000)
        let slice = big.slice(offset: 4998, count: 2)
        #expect(
            TableRenderer.render(slice, as: .csv, options: RenderOptions())
                == "id,label,amount\n4998,项目4998,7497\n4999,项目4999,7498.5\n")
    }
}
