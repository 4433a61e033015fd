import JixiaoQuery
import Testing

@testable import JixiaoLanguage

@Suite("Every verb parses to its own AST case")
struct VerbParsingTests {
    @Test func whereKeepsItsCondition() {
        #expect(
            stage("where level1 = \"产出指标\" and actual < target")
                == #"(where (and (= level1 "产出指标") (< actual target)))"#)
    }

    @Test func deriveTakesNamedExpressions() {
        #expect(
            stage("derive gap = target - actual, rate = executed / budget_total * 100")
                == "(derive gap=(- target actual) rate=(* (/ executed budget_total) 100))")
    }

    @Test func selectKeepsComputesAndDrops() {
        #expect(
            stage("select name, 预算 = budget_total * 2, -contact, projects.unit")
                == "(select name 预算=(* budget_total 2) -contact projects.unit)")
    }

    @Test func selectRejectsAnUnnamedExpression() {
        #expect(stage("select budget_total * 2").hasPrefix("error: 1:25: error: expected `,` or the end of `select`"))
    }

    @Test func renamePutsTheNewNameFirst() {
        #expect(stage("rename dept = department, 名称 = name") == "(rename dept=department 名称=name)")
    }

    @Test func groupKeysMayBeNamedOrBare() {
        #expect(stage("group department, y = year(date), region") == "(group department y=(year date) region)")
    }

    @Test func aggRequiresNames() {
        #expect(
            stage("agg missed = count(), worst = min(completion)")
                == "(agg missed=(count) worst=(min completion))")
        #expect(
            stage("agg count(), sum(weight), sum(weight), n = count(), quantile(score, 0.9)")
                == "(agg count=(count) sum_weight=(sum weight) sum_weight_2=(sum weight) n=(count) quantile_score=(quantile score 0.9))"
        )
    }

    @Test func sortMarksDescendingKeys() {
        #expect(stage("sort -missed, department, -(a + b)") == "(sort -missed department -(+ a b))")
    }

    @Test func takeHasAnOptionalOffset() {
        #expect(stage("take 10") == "(take 10)")
        #expect(stage("take 10 offset 20") == "(take 10 offset=20)")
        #expect(stage("take $n") == "(take $n)")
    }

    @Test func topRanksByAnExpressionPerGroup() {
        #expect(stage("top 3 by budget_total") == "(top 3 by=budget_total)")
        #expect(
            stage("top 3 by budget_total per department, year")
                == "(top 3 by=budget_total per=(department year))")
        #expect(stage("top 3 budget_total").hasPrefix("error: 1:11: error: expected `by` after `3`"))
    }

    @Test func distinctAndCountTakeOptionalColumns() {
        #expect(stage("distinct") == "(distinct)")
        #expect(stage("distinct department, unit") == "(distinct department unit)")
        #expect(stage("count") == "(count)")
        #expect(stage("count level1, status") == "(count level1 status)")
    }

    @Test func joinOnColumnsOrACondition() {
        #expect(stage("join projects on project_id") == "(join inner projects on=(project_id))")
        #expect(stage("join left projects on project_id, year") == "(join left projects on=(project_id year))")
        #expect(
            stage("join projects on project_id = projects.id")
                == "(join inner projects on=(= project_id projects.id))")
        #expect(
            stage("join left (projects | where year = 2024) on project_id")
                == "(join left (pipeline projects (where (= year 2024))) on=(project_id))")
    }

    @Test func joinTreatsLeftAsATableNameWhenNothingFollows() {
        #expect(stage("join left on id") == "(join inner left on=(id))")
    }

    @Test func pivotNamesColumnAggregateAndKeys() {
        #expect(
            stage("pivot year agg sum(executed) by department")
                == "(pivot year agg=(sum executed) by=(department))")
        #expect(
            stage("pivot year sum(executed) by department").hasPrefix("error: 1:16: error: expected `agg` after `year`")
        )
    }

    @Test func unpivotNamesTheNewColumns() {
        #expect(stage("unpivot y2022, y2024 into year, value") == "(unpivot (y2022 y2024) into=(year value))")
    }

    @Test func chartBarTakesLabelAndValue() {
        #expect(stage("chart bar department, missed") == "(chart bar department missed)")
        #expect(stage("chart pie department, missed").hasPrefix(#"error: 1:11: error: unknown chart kind "pie""#))
    }

    @Test func verbNamesAreCaseInsensitive() {
        #expect(stage("WHERE a AND b") == "(where (and a b))")
    }

    @Test func unknownVerbSuggestsTheNearest() throws {
        let wrong = try #require(diagnostic("projects | wher a > 1"))
        #expect(wrong.message == #"unknown verb "wher""#)
        #expect(wrong.suggestion == #"did you mean "where"?"#)
        #expect(wrong.span.start.column == 12 && wrong.span.end.column == 16)
        let sql = try #require(diagnostic("projects | limit 5"))
        #expect(sql.suggestion == #"did you mean "take"?"#)
    }

    @Test func verbNamesStayUsableAsColumns() {
        #expect(
            stage("where count > 3 and year = 2024 | sort by, per")
                == "(where (and (> count 3) (= year 2024))) (sort by per)")
    }

    @Test func everyVerbIsRegisteredOnce() {
        let names = VerbRegistry.all.map { $0.name }
        #expect(Set(names).count == names.count)
        #expect(
            names == [
                "where", "derive", "select", "rename", "group", "agg", "sort", "take", "top",
                "distinct", "count", "join", "append", "pivot", "unpivot", "chart",
            ])
    }
}

@Suite("The later verbs and expressions parse to their trees")
struct LaterSyntaxTests {
    @Test func joinTakesEveryKind() {
        #expect(stage("join full t2 on k") == "(join full t2 on=(k))")
        #expect(stage("join semi (t2 | where v > 0) on k") == "(join semi (pipeline t2 (where (> v 0))) on=(k))")
        #expect(stage("join anti t2 on a = k") == "(join anti t2 on=(= a k))")
        #expect(stage("join right on k") == "(join inner right on=(k))")
    }

    @Test func appendTakesATableOrAPipeline() {
        #expect(stage("append t2") == "(append t2)")
        #expect(stage("append (t2 | take 1)") == "(append (pipeline t2 (take 1)))")
    }

    @Test func caseIsAnExpressionAndItsWordsStayNames() {
        #expect(
            expr(#"case when a > 1 then "x" when b then 2 else null end"#)
                == #"(case (when (> a 1) "x") (when b 2) (else null))"#)
        #expect(expr("case + end") == "(+ case end)")
        #expect(expr("a || b || c") == "(|| (|| a b) c)")
        #expect(expr(#"position("经费" in name)"#) == #"(strpos name "经费")"#)
        #expect(expr("position(a + 1 in b)") == "(strpos b (+ a 1))")
    }
}

@Suite("A windowed derive closes with per and by")
struct WindowedDeriveParsingTests {
    @Test func perAndByCloseTheClauseInEitherOrder() {
        #expect(
            stage("derive a = lag(x), b = x - lag(x) per k by year")
                == "(derive a=(lag x) b=(- x (lag x)) per=(k) by=(year))")
        #expect(
            stage("derive r = rank() by -score, name per department, year")
                == "(derive r=(rank) per=(department year) by=(-score name))")
    }

    @Test func aPlainDeriveHasNeither() {
        #expect(stage("derive by = per + 1") == "(derive by=(+ per 1))")
    }
}
