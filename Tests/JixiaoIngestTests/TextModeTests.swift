import Foundation
import Testing

@testable import JixiaoIngest

/// Every seed rewritten into the other ways text separates cells loads what the tab-separated
/// original loads: reformatting a document never changes what it holds.
@Suite struct TextModeTests {
    enum Mode: String, CaseIterable, Sendable { case pipes, aligned, cellPerLine, flattened }

    static let seeds = [
        SeedFixtures.declaration, SeedFixtures.approval, SeedFixtures.target, SeedFixtures.selfEvaluation,
    ]

    /// The seed's lines with their tab-separated cells written in `mode`; title lines stay as they are.
    static func rewrite(_ text: String, as mode: Mode) -> String {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            guard line.contains("\t") else {
                if mode != .cellPerLine || !line.trimmingCharacters(in: .whitespaces).isEmpty { out.append(line) }
                continue
            }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch mode {
            case .pipes: out.append(cells.joined(separator: " | ") + " |")
            case .aligned: out.append(cells.joined(separator: "   "))
            case .cellPerLine: out += cells.map { $0 + " |" }
            case .flattened: out.append(cells.filter { !$0.isEmpty }.joined(separator: " "))
            }
        }
        return mode == .flattened ? out.filter { !$0.isEmpty }.joined(separator: " ") : out.joined(separator: "\n")
    }

    static func names(_ load: DocumentLoad) -> [String] {
        (0..<load.indicators.rowCount).map { load.indicators.string("name", row: $0) ?? "" }
    }

    /// Every field of both tables but the line numbers, as text, row by row.
    static func fields(_ load: DocumentLoad) -> [String] {
        [load.projects, load.indicators].flatMap { table in
            (0..<table.rowCount).map { row in
                table.names.enumerated().filter { $0.element != "source_line" && $0.element != "source" }
                    .map { "\($0.element)=\(table[row, $0.offset])" }.joined(separator: "|")
            }
        }
    }

    /// Where the cells keep their places (pipes, aligned columns) every field comes through.
    @Test(arguments: seeds, [Mode.pipes, .aligned])
    func aSeedRewrittenWithItsRowsKeepsEveryField(_ seed: String, _ mode: Mode) throws {
        let original = try SeedFixtures.load(seed)
        let rewritten = try DocumentImporter.load(
            text: Self.rewrite(try SeedFixtures.text(seed), as: mode), source: seed,
            options: LoadOptions())
        let (a, b) = (Self.fields(original), Self.fields(rewritten))
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) where x != y {
            Issue.record("\(mode): \(y)\n  expected \(x)")
            break
        }
    }

    @Test(arguments: seeds, Mode.allCases)
    func aSeedRewrittenLoadsTheSameProjectsAndIndicators(_ seed: String, _ mode: Mode) throws {
        let original = try SeedFixtures.load(seed)
        let text = Self.rewrite(try SeedFixtures.text(seed), as: mode)
        let rewritten = try DocumentImporter.load(text: text, source: seed, options: LoadOptions())
        #expect(rewritten.projects.rowCount == original.projects.rowCount)
        // Seed 004 came out of a PDF with words wrapped inside cells (`=460平 米`, `序时进 行`): once
        // flattened, those spaces cannot be told from the ones between cells.
        withKnownIssue("wrapped words in flattened seed 004") {
            #expect(Self.names(rewritten) == Self.names(original))
        } when: {
            seed == SeedFixtures.selfEvaluation && mode == .flattened
        }
    }
}
