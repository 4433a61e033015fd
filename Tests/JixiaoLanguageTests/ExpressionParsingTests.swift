import JixiaoQuery
import Testing

@testable import JixiaoLanguage

@Suite("Expressions and their precedence")
struct ExpressionParsingTests {
    @Test func orBindsLooserThanAndWhichBindsLooserThanNot() {
        #expect(expr("a or b and c") == "(or a (and b c))")
        #expect(expr("not a and b") == "(and (not a) b)")
        #expect(expr("not a = b") == "(not (= a b))")
        #expect(expr("a and not not b") == "(and a (not (not b)))")
    }

    @Test func arithmeticFollowsSchoolPrecedence() {
        #expect(expr("1 + 2 * 3 - 4 / 5 % 6") == "(- (+ 1 (* 2 3)) (% (/ 4 5) 6))")
        #expect(expr("(1 + 2) * 3") == "(* (+ 1 2) 3)")
        #expect(expr("a - b - c") == "(- (- a b) c)")
    }

    @Test func unaryMinusBindsTightestAndFoldsIntoLiterals() {
        #expect(expr("-a * b") == "(* (- a) b)")
        #expect(expr("-5") == "-5")
        #expect(expr("- -2.5") == "2.5")
        #expect(expr("2 - -3") == "(- 2 -3)")
    }

    @Test func comparisonsAcceptEveryAlternativeSpelling() {
        #expect(expr("a = 1") == "(= a 1)")
        #expect(expr("a == 1") == "(= a 1)")
        #expect(expr("a != 1") == "(!= a 1)")
        #expect(expr("a <> 1") == "(!= a 1)")
        #expect(expr("a ≠ 1") == "(!= a 1)")
        #expect(expr("a ≥ 95") == "(>= a 95)")
        #expect(expr("a ≤ 5") == "(<= a 5)")
        #expect(
            expr("a >= 1 and b <= 2 and c < 3 and d > 4")
                == "(and (and (and (>= a 1) (<= b 2)) (< c 3)) (> d 4))")
    }

    @Test func comparisonsBindLooserThanArithmetic() {
        #expect(expr("actual < target * 0.9") == "(< actual (* target 0.9))")
    }

    @Test func comparisonsDoNotChain() {
        #expect(expr("a < b < c").hasPrefix("error: 1:7: error: comparisons do not chain"))
    }

    @Test func inBetweenIsContainsMatches() {
        #expect(expr(#"level2 in ("数量指标", "质量指标")"#) == #"(in level2 "数量指标" "质量指标")"#)
        #expect(expr("x not in (1, 2)") == "(not-in x 1 2)")
        #expect(expr("score between 80 and 90 and ok") == "(and (between score 80 90) ok)")
        #expect(expr("score not between 1 + 1 and 9") == "(not-between score (+ 1 1) 9)")
        #expect(
            expr("actual is null or target is not null")
                == "(or (is-null actual) (is-not-null target))")
        #expect(expr(#"name contains "培训""#) == #"(contains name "培训")"#)
        #expect(expr(#"name not matches "^\\d+""#) == #"(not (matches name "^\\d+"))"#)
    }

    @Test func literals() {
        #expect(expr("true") == "true")
        #expect(expr("FALSE") == "false")
        #expect(expr("null") == "null")
        #expect(expr("1.5e3") == "1500.0")
        #expect(expr(".5") == "0.5")
        #expect(expr("99999999999999999999") == "1e+20")
        #expect(expr(#"'it\'s'"#) == #""it's""#)
        #expect(expr(#""a\tb\n""#) == #""a\tb\n""#)
    }

    @Test func outOfRangeNumbersAreReportedNotTrapped() {
        #expect(expr("1e999") == "error: 1:1: error: number `1e999` is out of range")
        #expect(expr("x > -1e999").hasPrefix("error: 1:6: error: number `1e999` is out of range"))
    }

    @Test func callsVariablesAndQualifiedColumns() {
        #expect(expr("count()") == "(count)")
        #expect(expr("if(a > 1, 'y', 'n')") == #"(if (> a 1) "y" "n")"#)
        #expect(expr("coalesce($x, projects.budget_total, 0)") == "(coalesce $x projects.budget_total 0)")
        #expect(expr("`weird name` + `in`") == "(+ `weird name` `in`)")
    }

    @Test func callNameSpanIsTheNameAlone() throws {
        guard case .success(let call) = Parser.jixiao.parseExpression("  round(x, 2)"),
            case .call(let function, let arguments) = call.kind
        else {
            Issue.record("expected a call")
            return
        }
        #expect(function.span.start.column == 3 && function.span.end.column == 8)
        #expect(call.span.end.column == 14)
        #expect(arguments.count == 2)
    }

    @Test func aPipelineCanBeAnArgument() {
        #expect(
            expr("rows(projects | where grade = \"优\") * 2")
                == #"(* (rows (pipeline projects (where (= grade "优")))) 2)"#)
        #expect(
            expr("value((indicators | agg n = count()) | take 1)")
                == "(value (pipeline (pipeline indicators (agg n=(count))) (take 1)))")
    }

    @Test func chineseIdentifiersAndStrings() {
        #expect(
            expr("主管部门 = \"某某市财政局\" and 执行率 ≥ 95")
                == #"(and (= 主管部门 "某某市财政局") (>= 执行率 95))"#)
        #expect(expr("“财政局”") == #""财政局""#)
    }

    @Test func fullWidthPunctuationFromAnInputMethodWorks() {
        #expect(expr("round（x，2）") == "(round x 2)")
    }

    @Test func countStarSuggestsCountParentheses() throws {
        let error = try #require(diagnostic("t | agg n = count(*)"))
        #expect(error.suggestion == "write `count()` to count rows")
    }

    @Test func missingOperandsSayWhatWasExpectedAfterWhat() {
        #expect(expr("a and") == "error: 1:6: error: expected an expression after `and`")
        #expect(expr("a + )").hasPrefix("error: 1:5: error: expected an expression after `+`, found `)`"))
        #expect(expr("x in 1").hasPrefix("error: 1:6: error: expected `(` and a list of values"))
        #expect(expr("x between 1") == "error: 1:12: error: expected `and` between the bounds of `between` after `1`")
        #expect(expr("x is 3").hasPrefix("error: 1:6: error: expected `null` after `is`"))
    }

    @Test func reservedWordsNeedBackquotesAsNames() throws {
        let error = try #require(diagnostic("t | select in"))
        #expect(error.suggestion?.contains("`` `in` ``") == true)
    }
}
