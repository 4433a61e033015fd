import Testing

@testable import JixiaoLanguage

@Suite("Where statements end and continue")
struct ContinuationTests {
    @Test func aLineEndingInAPipeContinues() {
        #expect(dump("projects |\n  where a |\n  take 3") == "(pipeline projects (where a) (take 3))")
    }

    @Test func aLineStartingWithAPipeContinuesEvenAfterBlankAndCommentLines() {
        #expect(
            dump("projects\n\n# filter next\n| where a\n  # done\n| take 3")
                == "(pipeline projects (where a) (take 3))")
    }

    @Test func anOpenBracketContinues() {
        #expect(dump("t | where a in (1,\n 2,\n\n 3) and f(\nx)") == "(pipeline t (where (and (in a 1 2 3) (f x))))")
    }

    @Test func aTrailingCommaContinuesAList() {
        #expect(
            dump("t | derive a = 1,\n           b = 2\nprojects")
                == "(pipeline t (derive a=1 b=2))\n(pipeline projects)")
    }

    @Test func otherNewlinesEndTheStatement() {
        #expect(dump("projects\nindicators | take 1") == "(pipeline projects)\n(pipeline indicators (take 1))")
    }

    @Test func aVerbWithoutAPipeSaysSo() throws {
        let error = try #require(diagnostic("projects\nwhere a > 1"))
        #expect(error.message == "expected `|` before the verb `where`")
        #expect(error.span.start.line == 2 && error.span.start.column == 1)
        let sameLine = try #require(diagnostic("projects where a > 1"))
        #expect(sameLine.message == "expected `|` before the verb `where`")
        #expect(sameLine.span.start.column == 10)
    }

    @Test func aShebangScriptParses() {
        let script = """
            #!/usr/bin/env jixiao
            # Annual comparison
            set y = 2024   # the year
            let p = projects | where year = $y
            p | count department
            assert rows(p) > 0, "有数据"
            """
        #expect(
            dump(script) == """
                (set y 2024)
                (let p (pipeline projects (where (= year $y))))
                (pipeline p (count department))
                (assert (> (rows p) 0) "有数据")
                """)
    }
}

@Suite("needsMoreInput drives the REPL's continuation prompt")
struct NeedsMoreInputTests {
    @Test func trailingPipeNeedsMore() {
        #expect(Parser.needsMoreInput("projects |"))
        #expect(Parser.needsMoreInput("projects | where a |   # more to come"))
    }

    @Test func openBracketOrStringNeedsMore() {
        #expect(Parser.needsMoreInput("t | where a in (1, 2"))
        #expect(Parser.needsMoreInput("print \"first line"))
        #expect(Parser.needsMoreInput("t | derive a = 1,"))
    }

    @Test func completeOrBrokenTextDoesNot() {
        #expect(!Parser.needsMoreInput("projects | take 3"))
        #expect(!Parser.needsMoreInput(""))
        #expect(!Parser.needsMoreInput("# only a comment"))
        #expect(!Parser.needsMoreInput("t | where a in (1, 2))"))
        #expect(!Parser.needsMoreInput("t | where a @ b"))
        #expect(!Parser.needsMoreInput("t | where x = \"a\\q\""))
    }

    @Test func multiLineEntryCompletesWhenClosed() {
        let entry = "indicators\n| where a in (1,\n"
        #expect(Parser.needsMoreInput(entry))
        #expect(!Parser.needsMoreInput(entry + "2)"))
    }
}
