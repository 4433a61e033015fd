import JixiaoEngine
import Testing

@testable import JixiaoRender

@Suite("TSV")
struct TSVWriterTests {
    @Test("Tabs, line breaks and backslashes in values are escaped; nulls are empty")
    func escaping() {
        let table = Table([
            ("a\tb", Column.from([.string("x\ty"), .string("1\n2"), .string("c:\\dir"), .null, .string("cr\r")])),
            ("n", Column.from([.integer(1), .integer(2), .null, .integer(4), .integer(5)])),
        ])
        #expect(
            TableRenderer.render(table, as: .tsv, options: RenderOptions()) == """
                a\\tb\tn
                x\\ty\t1
                1\\n2\t2
                c:\\\\dir\t
                \t4
                cr\\r\t5

                """)
    }

    @Test("Every row is exactly one line with one tab per column gap")
    func oneLinePerRow() {
        let text = TableRenderer.render(Fixtures.projects, as: .tsv, options: RenderOptions())
        let all = lines(text)
        #expect(all.count == 4)
        for line in all { #expect(line.filter { $0 == "\t" }.count == 4) }
    }
}
