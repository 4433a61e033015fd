import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoIngest

@Suite struct JSONTableTests {
    @Test func anArrayOfObjectsMakesColumnsInFirstSeenOrder() throws {
        let json = """
            [
              {"name": "甲", "n": 1, "x": 1.5, "ok": true},
              {"n": 2, "name": "乙\\n\\u4e19", "extra": null, "ok": false, "x": 2},
              {"name": "丁", "nested": {"a": [1, 2]}, "list": [1, "b"]}
            ]
            """
        let load = try TableFixtures.table(json, file: "a.json")
        let t = load.table
        #expect(load.format == "JSON")
        #expect(t.names == ["name", "n", "x", "ok", "extra", "nested", "list"])
        #expect(t.rowCount == 3)
        #expect(t.type(of: "n") == .integer)
        #expect(t.type(of: "x") == .double)
        #expect(t.type(of: "ok") == .boolean)
        #expect(t.string("name", row: 1) == "乙\n丙")
        #expect(t.value("n", row: 2) == .null)
        #expect(t.string("nested", row: 2) == "{\"a\": [1, 2]}")
        #expect(t.string("list", row: 2) == "[1, \"b\"]")
        #expect(t.value("extra", row: 1) == .null)
    }

    @Test func jsonLinesHoldOneObjectPerLine() throws {
        let load = try TableFixtures.table("{\"a\": 1}\n{\"a\": 2, \"b\": \"x\"}\n\n{\"b\": \"y\"}\n", file: "l.jsonl")
        #expect(load.format == "JSON Lines")
        #expect(load.table.rowCount == 3)
        #expect(load.table.value("a", row: 1) == .integer(2))
        #expect(load.table.string("b", row: 2) == "y")
    }

    @Test func aColumnMixingNumbersAndTextKeepsTheNumbersAsPrinted() throws {
        let t = try TableFixtures.table("[{\"v\": 1.50}, {\"v\": \"n/a\"}]", file: "m.json").table
        #expect(t.type(of: "v") == .string)
        #expect(t.string("v", row: 0) == "1.50")
    }

    @Test func anElementThatIsNoObjectIsSkippedWithAWarning() throws {
        let load = try TableFixtures.table("[\n{\"a\": 1},\n42,\n[1, 2],\n{\"a\": 3}\n]", file: "w.json")
        #expect(load.table.rowCount == 2)
        #expect(
            load.warnings.map(\.description) == [
                "w.json:3: a number where a row object was expected; skipped",
                "w.json:4: an array where a row object was expected; skipped",
            ])
    }

    @Test func deepNestingIsAClearErrorNotAStackOverflow() throws {
        let deep = "[{\"a\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}]"
        #expect {
            try TableFixtures.table(deep, file: "deep.json")
        } throws: { error in
            String(describing: error).hasPrefix("deep.json:1: not valid JSON: nested more than 512 levels deep")
        }
        let deepTop = String(repeating: "[", count: 100_000)
        #expect(throws: DocumentImportError.self) { try TableFixtures.table(deepTop, file: "top.json") }
    }

    @Test func brokenJSONNamesTheLineAndLoadsNothing() throws {
        #expect {
            try TableFixtures.table("[\n{\"a\": 1},\n{\"a\" 2}\n]", file: "b.json")
        } throws: { error in
            String(describing: error)
                == "b.json:3: not valid JSON: expected ':' after a key, found '2'; nothing was loaded"
        }
    }
}
