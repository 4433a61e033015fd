import Foundation
import JixiaoTestSupport
import JixiaoWorkbench
import Testing

/// Issue 7 §2: several hundred statements the code was never tuned to, built from the grammar
/// with a fixed seed and then damaged (a word dropped, doubled or swapped). Each must end as a
/// result or an error with a position, never a trap; a statement that fails leaves every table
/// as it was. Statements that touch files (`load`, `save`, `run`, `.output`) are left out.
@Suite struct RandomStatementTests {
    static let sources = ["projects", "indicators", "t"]
    static let columns = [
        "name", "department", "year", "budget_total", "execution_rate", "score_total", "level1",
        "target", "actual", "weight", "completion", "unit", "grade", "a", "b", "主管部门", "`x y`", "nope",
    ]
    static let functions = [
        "round", "abs", "floor", "ceil", "len", "lower", "upper", "substr", "trim", "year", "coalesce", "if",
    ]
    static let aggregates = [
        "count()", "sum", "avg", "min", "max", "median", "stddev", "first", "last", "share()", "list",
        "count_distinct", "count_if", "quantile",
    ]
    static let literals = [
        "0", "1", "-1", "2.5", "1e308", "-1e308", "9223372036854775807", "\"产出指标\"", "'x'", "null",
        "true", "\"\"", "0.0", "1/0", "$v", "$missing",
    ]

    @Test func fiveHundredRandomStatementsEndCleanly() throws {
        let fixture = SessionFixture()
        let folder = try SessionFixture.temporaryDirectory()
        try "a,b\n1,x\n2,\n3,z\n".write(toFile: folder + "/t.csv", atomically: true, encoding: .utf8)
        #expect(fixture.run("load \"\(folder)/t.csv\"; set v = 3") == .success)
        var random = SplitMix(seed: 0x7E57_0007)
        var outcomes: [String: Int] = [:]
        for _ in 0..<500 {
            var statement = Self.statement(&random)
            if random.below(3) == 0 { statement = Self.damage(statement, &random) }
            let before = Self.shape(of: fixture.session)
            fixture.messages.clear()
            let started = Date()
            let outcome = fixture.run(statement)
            outcomes["\(outcome)", default: 0] += 1
            #expect(Date().timeIntervalSince(started) < 10, "slow: \(statement)")
            if outcome != .success {
                #expect(Self.shape(of: fixture.session) == before, "a failed statement changed a table: \(statement)")
                #expect(fixture.messages.text.contains("1:"), "no position for \(statement): \(fixture.messages.text)")
            }
        }
        // Both kinds must occur, or the generator tests nothing.
        #expect((outcomes["success"] ?? 0) > 50 && (outcomes["failed"] ?? 0) > 50, "\(outcomes)")
        #expect(fixture.session.catalog["projects"]?.rowCount == 28)
    }

    /// Every table's name and size.
    static func shape(of session: Session) -> [String] {
        session.catalog.names.map {
            "\($0) \(session.catalog[$0]?.rowCount ?? -1)×\(session.catalog[$0]?.columnCount ?? -1)"
        }
    }

    static func statement(_ r: inout SplitMix) -> String {
        let pipeline = Self.pipeline(&r)
        switch r.below(10) {
        case 0: return "let r\(r.below(3)) = " + pipeline
        case 1: return "assert rows(\(pipeline)) >= 0, \"ok\""
        case 2: return "print \"n = {value(\(r.pick(sources)) | agg n = \(r.pick(aggregates)))}\""
        case 3: return "set v = " + expression(&r, depth: 1)
        default: return pipeline
        }
    }

    static func pipeline(_ r: inout SplitMix) -> String {
        var text = r.pick(sources)
        for _ in 0..<r.below(5) {
            let e = expression(&r, depth: 2)
            let c = r.pick(columns), d = r.pick(columns)
            let verbs = [
                "where \(e)", "derive \(c)_2 = \(e)", "select \(c), \(d)", "select -\(c)", "rename z = \(c)",
                "group \(c) | agg n = \(r.pick(aggregates))", "agg s = sum(\(c)), q = quantile(\(c), 0.5)",
                "sort -\(c), \(d)", "take \(r.pick(["0", "1", "5", "-1", "1.5", "$v"]))", "top 3 by \(c) per \(d)",
                "distinct \(c)", "count \(c)", "join left \(r.pick(sources)) on \(c)", "pivot \(c) agg count() by \(d)",
                "unpivot \(c), \(d) into k, v", "chart bar \(c), \(d)",
            ]
            text += " | " + r.pick(verbs)
        }
        return text
    }

    static func expression(_ r: inout SplitMix, depth: Int) -> String {
        if depth == 0 || r.below(3) == 0 { return r.below(2) == 0 ? r.pick(columns) : r.pick(literals) }
        let a = expression(&r, depth: depth - 1), b = expression(&r, depth: depth - 1)
        switch r.below(9) {
        case 0: return "\(a) \(r.pick(["+", "-", "*", "/", "%"])) \(b)"
        case 1: return "\(a) \(r.pick(["=", "!=", "<", ">=", "≥", "<>"])) \(b)"
        case 2: return "\(a) \(r.pick(["and", "or"])) not \(b)"
        case 3: return "\(a) in (\(b), \(r.pick(literals)))"
        case 4: return "\(a) between \(b) and \(r.pick(literals))"
        case 5: return "\(a) is \(r.below(2) == 0 ? "" : "not ")null"
        case 6: return "\(a) \(r.pick(["contains", "matches"])) \(r.pick(["\"局\"", "\"[\"", "\"^(a|b)*$\"", "\"\""]))"
        case 7: return "\(r.pick(functions))(\(a), \(b))"
        default: return "(\(a))"
        }
    }

    /// The statement with one word dropped, doubled, or swapped with its neighbour.
    static func damage(_ statement: String, _ r: inout SplitMix) -> String {
        var words = statement.split(separator: " ").map(String.init)
        guard words.count > 1 else { return statement + " |" }
        let i = r.below(words.count)
        switch r.below(3) {
        case 0: words.remove(at: i)
        case 1: words.insert(words[i], at: i)
        default: words.swapAt(i, (i + 1) % words.count)
        }
        return words.joined(separator: " ")
    }
}
