import JixiaoEngine
import Testing

@testable import JixiaoRender

@Suite("Markdown")
struct MarkdownWriterTests {
    @Test("A pipe table with numeric columns right-aligned and nulls empty")
    func pipeTable() {
        #expect(
            TableRenderer.render(Fixtures.projects, as: .markdown, options: RenderOptions()) == """
                | department | name | indicator_count | execution_rate | met |
                | --- | --- | ---: | ---: | --- |
                | 教育局 | 义务教育学校运转经费 | 12 | 99.83 | true |
                | 交通运输局 | 农村公路养护（2024年度） | 8 |  | false |
                | 卫健委 | 公共卫生服务 | 15 | 100 | true |

                """)
    }

    @Test("Pipes in cells and headers are escaped and line breaks become <br>")
    func escaping() {
        let table = Fixtures.strings("a|b", ["x | y", "line1\nline2", "crlf\r\nend"])
        let all = lines(TableRenderer.render(table, as: .markdown, options: RenderOptions()))
        #expect(
            all == [
                "| a\\|b |",
                "| --- |",
                "| x \\| y |",
                "| line1<br>line2 |",
                "| crlf<br>end |",
            ])
    }
}
