import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoRender

private func parse(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

@Suite("JSON and JSON Lines")
struct JSONWriterTests {
    @Test("An array of objects, keys in column order, numbers, nulls and booleans typed")
    func arrayOfObjects() throws {
        let text = TableRenderer.render(Fixtures.projects, as: .json, options: RenderOptions())
        let rows = try #require(try parse(text) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows[0]["department"] as? String == "教育局")
        #expect((rows[0]["indicator_count"] as? NSNumber)?.intValue == 12)
        #expect((rows[0]["execution_rate"] as? NSNumber)?.doubleValue == 99.83)
        #expect(rows[1]["execution_rate"] is NSNull)
        #expect(text.contains("\"met\":true"))
        #expect(text.contains("\"met\":false"))
        // Keys appear in column order within each object.
        let first = lines(text)[1]
        let positions = Fixtures.projects.names.compactMap { first.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions == positions.sorted() && positions.count == 5)
    }

    @Test("Strings with quotes, backslashes and control characters survive a JSON parser")
    func escaping() throws {
        let nasty = [
            "quote \" back \\ slash", "tab\there\nnew\rline", "\u{0}\u{1}\u{1F}\u{7F}", "\u{2028}\u{2029}", "中文“引号”",
            "/",
        ]
        let table = Fixtures.strings("键 \"with\" quote", nasty.map { $0 })
        let text = TableRenderer.render(table, as: .json, options: RenderOptions())
        let rows = try #require(try parse(text) as? [[String: Any]])
        #expect(rows.map { $0["键 \"with\" quote"] as? String } == nasty)
        #expect(text.contains("\\u0000\\u0001\\u001f"))
        #expect(text.contains("\\u2028\\u2029"))
        for scalar in text.unicodeScalars where scalar.value < 0x20 { #expect(scalar == "\n") }
    }

    @Test("NaN and infinities become null; other doubles are JSON numbers")
    func nonFiniteNumbers() throws {
        let table = Table([("x", Column(.double([.nan, .infinity, -.infinity, 1e-7, 1e300, -0.25])))])
        let text = TableRenderer.render(table, as: .json, options: RenderOptions())
        let rows = try #require(try parse(text) as? [[String: Any]])
        #expect(rows.prefix(3).allSatisfy { $0["x"] is NSNull })
        #expect((rows[3]["x"] as? NSNumber)?.doubleValue == 1e-7)
        #expect((rows[4]["x"] as? NSNumber)?.doubleValue == 1e300)
        #expect((rows[5]["x"] as? NSNumber)?.doubleValue == -0.25)
    }

    @Test("An empty table is an empty array")
    func emptyArray() throws {
        let text = TableRenderer.render(Fixtures.numbered(0), as: .json, options: RenderOptions())
        #expect(text == "[]\n")
        #expect((try parse(text) as? [Any])?.isEmpty == true)
    }

    @Test("JSON Lines writes one parseable object per row")
    func jsonLines() throws {
        let text = TableRenderer.render(Fixtures.projects, as: .jsonl, options: RenderOptions())
        let all = lines(text)
        #expect(all.count == 3)
        for line in all {
            let object = try #require(try parse(line) as? [String: Any])
            #expect(object.count == 5)
        }
        #expect(TableRenderer.render(Fixtures.numbered(0), as: .jsonl, options: RenderOptions()) == "")
    }

    @Test("Large integers keep every digit")
    func bigIntegers() {
        let table = Table([("id", Column(.integer([Int64.max, Int64.min, 0])))])
        let text = TableRenderer.render(table, as: .jsonl, options: RenderOptions())
        #expect(text == "{\"id\":9223372036854775807}\n{\"id\":-9223372036854775808}\n{\"id\":0}\n")
    }
}
