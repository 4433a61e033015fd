import JixiaoText
import Testing

@testable import JixiaoLanguage

@Suite("Diagnostics render with a caret under the span")
struct DiagnosticRenderingTests {
    @Test func rendersPositionLineCaretAndSuggestion() throws {
        let source = "projects\n| wher year = 2024"
        let error = try #require(diagnostic(source))
        #expect(
            error.render(source: source, file: "q.jx") == """
                q.jx:2:3: error: unknown verb "wher"
                    2 | | wher year = 2024
                      |   ^^^^
                  note: the verbs are where, derive, select, rename, group, agg, sort, take, top, distinct, count, join, append, pivot, unpivot, chart
                  did you mean "where"?
                """)
    }

    @Test func caretCountsChineseCharactersAsTwoCells() throws {
        let source = "指标 | where 主管部门 = \"财政局\" and"
        let error = try #require(diagnostic(source))
        #expect(error.message == "expected an expression after `and`")
        let lines = error.render(source: source).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "1:28: error: expected an expression after `and`")
        // 指标 (4 cells) + " | where " (9) + 主管部门 (8) + " = " (3) + "财政局" (8) + " and" (4) = 36 cells.
        let caret = try #require(lines.dropFirst(2).first)
        #expect(Array(caret) == Array("      | " + String(repeating: " ", count: 36) + "^"))
    }

    @Test func caretSpansTheWholeChineseName() {
        let source = "t | where 部门x = 1"
        let span = SourceSpan(
            start: SourceLocation(offset: 10, line: 1, column: 11),
            end: SourceLocation(offset: 17, line: 1, column: 14))
        let rendered = Diagnostic("unknown column \"部门x\"", at: span, suggestion: "did you mean \"部门\"?")
            .render(source: source)
        #expect(
            rendered == """
                1:11: error: unknown column "部门x"
                    1 | t | where 部门x = 1
                      |           ^^^^^
                  did you mean "部门"?
                """)
    }

    @Test func unclosedParenthesisNamesWhereItOpened() throws {
        let source = "t\n| where (a > 1\n  and (b < 2)"
        let error = try #require(diagnostic(source))
        #expect(error.message == "expected `)` to close `(` at 2:9")
        #expect(error.span.start.line == 3)
    }

    @Test func aCustomCellWidthIsHonoured() {
        let source = "ab"
        let span = SourceSpan(
            start: SourceLocation(offset: 1, line: 1, column: 2), end: SourceLocation(offset: 2, line: 1, column: 3))
        let rendered = Diagnostic("x", at: span).render(source: source, cellWidth: { _ in 3 })
        #expect(rendered.hasSuffix("|    ^^^"))
    }

    @Test func aSpanPastTheEndStillRenders() {
        let span = SourceSpan(at: SourceLocation(offset: 99, line: 7, column: 40))
        #expect(Diagnostic("x", at: span).render(source: "short") == "7:40: error: x")
        let sameLine = SourceSpan(at: SourceLocation(offset: 99, line: 1, column: 40))
        #expect(Diagnostic("x", at: sameLine).render(source: "short").hasSuffix("|      ^"))
    }

    @Test func terminalWidthKnowsWideCharacters() {
        #expect(TerminalWidth.cells("a") == 1)
        #expect(TerminalWidth.cells("部") == 2)
        #expect(TerminalWidth.cells("，") == 2)
        #expect(TerminalWidth.cells("≥") == 1)
        #expect(TerminalWidth.cells(of: "财政局 ok") == 9)
    }
}

@Suite("Did-you-mean suggestions")
struct SuggestTests {
    @Test func findsTyposAndSwaps() {
        let columns = ["department", "unit", "name", "budget_total", "executed"]
        #expect(Suggest.nearest("departmnet", among: columns) == "department")
        #expect(Suggest.nearest("Department", among: columns) == "department")
        #expect(Suggest.nearest("budget_totl", among: columns) == "budget_total")
        #expect(Suggest.nearest("exectued", among: columns) == "executed")
    }

    @Test func findsChineseTypos() {
        #expect(Suggest.nearest("主管部", among: ["主管部门", "实施单位"]) == "主管部门")
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect(Suggest.nearest("zzz", among: ["department", "unit"]) == nil)
        #expect(Suggest.nearest("x", among: ["y"]) == nil)
        #expect(Suggest.nearest("", among: ["a"]) == nil)
        #expect(Suggest.nearest("abc", among: []) == nil)
    }

    @Test func prefersTheCloserAndThenTheEarlierCandidate() {
        #expect(Suggest.nearest("sortt", among: ["sort", "sorts"]) == "sort")
        #expect(Suggest.nearest("cat", among: ["bat", "hat"]) == "bat")
    }
}
