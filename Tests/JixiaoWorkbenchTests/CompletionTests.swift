import Testing
@testable import JixiaoWorkbench

@Suite struct CompletionTests {
    @Test func verbsAfterAPipe() {
        let (session, _, _) = bundledSession()
        let c = session.complete("indicators | wh")
        #expect(c.candidates == ["where"])
        #expect(c.replacing == 2)
    }

    @Test func columnsOfTheSourceTableIncludingChineseLabels() {
        let (session, _, _) = bundledSession()
        #expect(session.complete("indicators | where lev").candidates == ["level1", "level2"])
        #expect(session.complete("indicators | where 一级").candidates == ["一级指标"])
        #expect(session.complete("projects | where depar").candidates.contains("department"))
    }

    @Test func tablesAfterEveryJoinKindAndAppend() {
        let (session, _, _) = bundledSession()
        #expect(session.complete("indicators | join full proj").candidates == ["projects"])
        #expect(session.complete("indicators | join semi proj").candidates == ["projects"])
        #expect(session.complete("projects | append proj").candidates == ["projects"])
    }

    @Test func namesDerivedEarlierInThePipeline() {
        let (session, _, _) = bundledSession()
        #expect(session.complete("indicators | derive gap_pct = 1 | sort gap").candidates == ["gap_pct"])
    }

    @Test func distinctValuesInsideAString() {
        let (session, _, _) = bundledSession()
        let c = session.complete("projects | where department = \"遂")
        #expect(c.candidates == ["遂宁市医疗保障局\""])
        #expect(c.replacing == 1)
        #expect(session.complete("indicators | where 一级指标 = \"产").candidates == ["产出指标\""])
    }

    @Test func tablesAndDotCommandsAtTheStart() {
        let (session, _, _) = bundledSession()
        #expect(session.complete("ind").candidates == ["indicators"])
        #expect(session.complete(".ta").candidates == [".tables"])
        #expect(session.complete(".").candidates.count == DotCommandRegistry.all.count)
    }

    @Test func functionsAndTheirCommonPrefix() {
        let (session, _, _) = bundledSession()
        let c = session.complete("indicators | agg n = count")
        #expect(c.candidates == ["count(", "count_distinct(", "count_if("])
        #expect(c.commonPrefix == "count")
    }
}
