import JixiaoQuery
import Testing

@testable import JixiaoLanguage

@Suite("Statements of SPEC §5")
struct StatementParsingTests {
    @Test func theSpecExamplePipelineParses() {
        let source = """
            indicators
            | where level1 = "产出指标" and actual < target
            | group department
            | agg missed = count(), worst = min(completion)
            | sort -missed
            | take 10
            """
        #expect(
            dump(source) == """
                (pipeline indicators (where (and (= level1 "产出指标") (< actual target))) (group department) \
                (agg missed=(count) worst=(min completion)) (sort -missed) (take 10))
                """)
    }

    @Test func aBareTableIsAPipelineWithoutStages() {
        #expect(dump("projects") == "(pipeline projects)")
        #expect(dump("_ | take 3") == "(pipeline _ (take 3))")
    }

    @Test func aParenthesisedPipelineCanBeASource() {
        #expect(
            dump("(projects | where year = 2024) | count department")
                == "(pipeline (pipeline projects (where (= year 2024))) (count department))")
    }

    @Test func letNamesAPipeline() {
        #expect(
            dump("let big = projects | where budget_total > 1000")
                == "(let big (pipeline projects (where (> budget_total 1000))))")
    }

    @Test func letWithAValueSuggestsSet() throws {
        let error = try #require(diagnostic("let n = 5"))
        #expect(error.message == "expected a table name or `(` after `=`, found `5`")
        #expect(error.suggestion == "`let` names a table; write `set n = …` for a value")
    }

    @Test func loadTakesAliasAndOptions() {
        #expect(dump(#"load "Datasets/""#) == #"(load "Datasets/")"#)
        #expect(
            dump(#"load "a.csv" as 预算 year=2024 region="广东省""#)
                == #"(load "a.csv" as=预算 year=2024 region="广东省")"#)
        #expect(dump(#"load "a.csv" year=2024, region=$r"#) == #"(load "a.csv" year=2024 region=$r)"#)
    }

    @Test func saveEndsItsPipelineAtTo() {
        #expect(
            dump(#"save projects | where year = 2024 | select name, year to "out.csv""#)
                == #"(save (pipeline projects (where (= year 2024)) (select name year)) to="out.csv")"#)
        #expect(
            dump(#"save projects to "db.sqlite" as 项目"#)
                == #"(save (pipeline projects) to="db.sqlite" as=项目)"#)
        #expect(dump(#"save projects | distinct to "d.csv""#) == #"(save (pipeline projects (distinct)) to="d.csv")"#)
    }

    @Test func setAssignsAVariable() {
        #expect(dump("set threshold = 95") == "(set threshold 95)")
        #expect(dump("set $year = 2020 + 4") == "(set year (+ 2020 4))")
    }

    @Test func assertTakesAnOptionalMessage() {
        #expect(dump("assert rows(projects) > 0") == "(assert (> (rows projects) 0))")
        #expect(
            dump(#"assert value(indicators | agg n = count()) = 52, "52 indicators""#)
                == #"(assert (= (value (pipeline indicators (agg n=(count)))) 52) "52 indicators")"#)
    }

    @Test func printSplitsTextAndInterpolations() {
        #expect(
            dump(#"print "完成率 {$rate}% in {round($x * 100, 1)} {{literal}}""#)
                == #"(print "完成率 " {$rate} "% in " {(round (* $x 100) 1)} " {literal}")"#)
    }

    @Test func printInterpolationMayHoldEscapedQuotes() {
        #expect(dump(#"print "{if($ok, \"是\", \"否\")}!""#) == #"(print {(if $ok "是" "否")} "!")"#)
    }

    @Test func printInterpolationSpansPointIntoTheSource() throws {
        let statement = try #require(onlyStatement(#"print "总数 {$n}""#))
        guard case .print(let template) = statement.kind,
            case .expression(let variable) = template.parts.last
        else {
            Issue.record("expected a print with an interpolation")
            return
        }
        #expect(variable.span.start.column == 12 && variable.span.end.column == 14)
        #expect(variable.span.start.offset == 15)  // `print "` 7 bytes + `总数 ` 7 bytes + `{`
    }

    @Test func printRejectsAnUnclosedBrace() throws {
        let error = try #require(diagnostic(#"print "a {$x""#))
        #expect(error.message == "unclosed `{` in print text")
        #expect(error.span.start.column == 10)
    }

    @Test func runAndCheck() {
        #expect(dump(#"run "Scripts/compare.jx""#) == #"(run "Scripts/compare.jx")"#)
        #expect(dump("check") == "(check)")
        #expect(dump("check | where x") == "(pipeline check (where x))")
    }

    @Test func statementWordsAreContextual() {
        #expect(dump("load | take 3") == "(pipeline load (take 3))")
        #expect(dump("print | take 1") == "(pipeline print (take 1))")
        #expect(dump("load").hasPrefix("error: 1:5: error: expected a quoted file or folder path after `load`"))
    }

    @Test func dotCommandsPassThroughRaw() {
        #expect(
            dump(".mode csv\n.tables\n.output out/x.csv  # to a file")
                == "(.mode \"csv\")\n(.tables)\n(.output \"out/x.csv\")")
    }

    @Test func aSemicolonEndsADotCommand() {
        #expect(dump(".mode csv; projects") == "(.mode \"csv\")\n(pipeline projects)")
    }

    @Test func semicolonsSeparateStatementsOnOneLine() {
        #expect(dump("set a = 1; set b = 2 ;; projects") == "(set a 1)\n(set b 2)\n(pipeline projects)")
    }

    @Test func statementSpansCoverTheStatement() throws {
        let statement = try #require(onlyStatement("\n  projects | take 3  # three\n"))
        #expect(statement.span.start.line == 2 && statement.span.start.column == 3)
        #expect(statement.span.end.column == 20)
    }

    @Test func spansOfVerbsAndNamesAreExact() throws {
        let statement = try #require(onlyStatement("项目 | where 主管部门 = \"财政局\""))
        guard case .pipeline(let pipeline) = statement.kind, let verb = pipeline.stages.first,
            let condition = verb.clause(as: WhereVerb.self)?.condition,
            case .binary(_, let left, let right) = condition.kind
        else {
            Issue.record("unexpected tree")
            return
        }
        #expect(verb.name.span.start.column == 6)
        #expect(left.span.start.column == 12 && left.span.end.column == 16)
        #expect(right.span.start.column == 19 && right.span.end.column == 24)
        #expect(left.span.start.offset == "项目 | where ".utf8.count)
    }
}
