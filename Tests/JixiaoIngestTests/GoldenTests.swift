import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoIngest

/// Each seed's two tables as JSON Lines, one row per line with columns in schema order, compared
/// line by line with files in `Golden/` that were checked against the documents by reading them.
/// Run with `JIXIAO_UPDATE_GOLDEN=1` to rewrite them after an intended change, then review the diff.
@Suite struct GoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: [
        SeedFixtures.declaration, SeedFixtures.approval, SeedFixtures.target, SeedFixtures.selfEvaluation,
    ])
    func seedMatchesItsGoldenFiles(_ seed: String) throws {
        let load = try SeedFixtures.load(seed)
        let stem = String(seed.prefix(3))
        try check(Self.jsonLines(load.projects), against: "\(stem).projects.jsonl")
        try check(Self.jsonLines(load.indicators), against: "\(stem).indicators.jsonl")
        try check(load.warnings.map(\.description), against: "\(stem).warnings.txt")
    }

    func check(_ lines: [String], against file: String) throws {
        let url = Self.folder.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["JIXIAO_UPDATE_GOLDEN"] != nil {
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == expected.count, "\(file): row count")
        for (i, (got, want)) in zip(lines, expected).enumerated() where got != want {
            Issue.record("\(file):\(i + 1)\n  got:  \(got)\n  want: \(want)")
            return
        }
    }

    static func jsonLines(_ table: Table) -> [String] {
        (0..<table.rowCount).map { row in
            "{"
                + table.names.enumerated().map { c, name in "\"\(name)\":\(json(table[row, c]))" }.joined(
                    separator: ",") + "}"
        }
    }

    static func json(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .integer(let i): return String(i)
        case .double(let d): return Value.format(d)
        case .boolean(let b): return b ? "true" : "false"
        case .date(let d): return "\"" + CivilDay.iso(d) + "\""
        case .string(let s):
            var out = "\""
            for ch in s.unicodeScalars {
                switch ch {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                default: out.unicodeScalars.append(ch)
                }
            }
            return out + "\""
        }
    }
}
