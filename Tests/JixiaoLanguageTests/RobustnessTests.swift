import JixiaoQuery
import JixiaoTestSupport
import Testing

@testable import JixiaoLanguage

@Suite("No input crashes or hangs the parser")
struct RobustnessTests {
    @Test func twentyThousandNestedParenthesesGiveAnError() throws {
        let source = "t | where " + String(repeating: "(", count: 20_000) + "1" + String(repeating: ")", count: 20_000)
        let error = try #require(diagnostic(source))
        #expect(error.message.hasPrefix("expression nested too deeply"))
    }

    @Test func deepNestingOfEveryKindIsBounded() {
        let cases = [
            String(repeating: "-", count: 50_000) + "x",
            String(repeating: "not ", count: 50_000) + "x",
            String(repeating: "f(", count: 50_000),
            String(repeating: "(", count: 50_000) + "t",
            "x" + String(repeating: " + x", count: 50_000),
            "x" + String(repeating: " and x", count: 50_000),
            "x in " + String(repeating: "(", count: 50_000),
        ]
        for body in cases {
            for source in ["t | where " + body, body] {
                if case .success = Parser.jixiao.parse(source) {
                    Issue.record("expected a nesting error for \(source.prefix(20))…")
                }
            }
        }
    }

    @Test func longOperatorChainsParseUpToTheirOwnLimit() {
        let sum = (0..<200).map { "a\($0)" }.joined(separator: " + ")
        #expect(dump("t | derive total = " + sum).hasPrefix("(pipeline t (derive total=(+ (+ (+"))
        let tooLong = (0..<300).map { "a\($0)" }.joined(separator: " + ")
        #expect(dump("t | derive total = " + tooLong).contains("operators in a row"))
    }

    @Test func nestingWithinTheLimitStillParses() {
        let depth = SyntaxParser.maximumDepth - 1
        let source = "t | where " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        #expect(dump(source) == "(pipeline t (where 1))")
    }

    @Test func longFlatInputsParseInReasonableTime() {
        let list = (0..<20_000).map(String.init).joined(separator: ", ")
        #expect(dump("t | where x in (\(list))").hasPrefix("(pipeline t (where (in x 0 1 2"))
        let statements = String(repeating: "projects | take 1\n", count: 5_000)
        if case .success(let parsed) = Parser.jixiao.parse(statements) {
            #expect(parsed.count == 5_000)
        } else {
            Issue.record("expected 5000 statements")
        }
        #expect(dump(String(repeating: "\n", count: 100_000) + "| take 1").hasPrefix("error:"))
    }

    /// Random token soup and mutations of valid scripts from a fixed seed: each must come back as
    /// statements or a diagnostic whose span lies within the text and renders.
    @Test func randomAndMutatedInputsReturnStatementsOrADiagnostic() {
        var random = SplitMix(seed: 0x5EED_1234)
        let fragments = [
            "projects", "indicators", "|", "where", "derive", "select", "rename", "group", "agg", "sort", "take",
            "top", "by", "per", "distinct", "count", "join", "left", "on", "pivot", "unpivot", "into", "chart",
            "bar", "let", "load", "save", "to", "as", "set", "assert", "print", "run", "check", "and", "or",
            "not", "in", "between", "is", "null", "true", "contains", "matches", "(", ")", ",", ";", "=", "==",
            "<", ">=", "≥", "-", "+", "*", "/", "%", ".", "\n", "1", "2.5", "1e999", "\"文本\"", "'x'", "\"{$a}\"",
            "$a", "`q n`", "主管部门", "#c\n", "\"", "'", "`", "{", "}", "\\", "\u{FEFF}", "é", "👍", "\r\n", ".mode",
        ]
        let seeds = [
            "indicators\n| where level1 = \"产出指标\" and actual < target\n| group department\n| agg n = count()\n| sort -n | take 10",
            "let p = projects | where year = $y\nsave p | select name to \"x.csv\" as t",
            "load \"a.csv\" as b year=2024; print \"n = {value(p | agg n = count())}\"",
            "t | join left (u | top 3 by x per y) on a = u.b | pivot year agg sum(x) by d | unpivot a, b into k, v",
            "assert x between 1 and 2 and y not in (1, 2) and z is not null, \"msg\"",
        ]
        for iteration in 0..<3_000 {
            let source: String
            if iteration % 2 == 0 {
                let count = Int(random.next() % 40)
                source = (0..<count).map { _ in fragments[Int(random.next() % UInt64(fragments.count))] }
                    .joined(separator: random.next() % 3 == 0 ? "" : " ")
            } else {
                var characters = Array(seeds[Int(random.next() % UInt64(seeds.count))])
                for _ in 0..<(1 + random.next() % 6) where !characters.isEmpty {
                    let position = Int(random.next() % UInt64(characters.count))
                    switch random.next() % 3 {
                    case 0: characters.remove(at: position)
                    case 1:
                        let fragment = fragments[Int(random.next() % UInt64(fragments.count))]
                        characters.insert(contentsOf: fragment, at: position)
                    default: characters.swapAt(position, Int(random.next() % UInt64(characters.count)))
                    }
                }
                source = String(characters)
            }
            _ = Parser.needsMoreInput(source)
            switch Parser.jixiao.parse(source) {
            case .success(let statements):
                _ = statements.map(\.description)
            case .failure(let error):
                #expect(
                    error.span.start.offset >= 0 && error.span.end.offset <= source.utf8.count,
                    "span \(error.span) outside \(source.debugDescription)")
                #expect(!error.render(source: source, file: "fuzz.jx").isEmpty)
            }
        }
    }
}
