import Foundation
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

/// Completion in the places issue 16 lists: after `.schema`, inside `in ("`, after `agg`, after
/// a join, and file names inside `load "`.
@Suite struct CompletionEverywhereTests {
    @Test func tableNamesAfterSchemaAndDescribe() {
        let (session, _, _) = bundledSession()
        #expect(session.complete(".schema ind").candidates == ["indicators"])
        #expect(session.complete(".describe pro").candidates == ["projects"])
    }

    @Test func valuesInsideAnInList() {
        let (session, _, _) = bundledSession()
        #expect(session.complete("indicators | where level1 in (\"产").candidates == ["产出指标\""])
        #expect(session.complete("indicators | where level1 in (\"产出指标\", \"效").candidates == ["效益指标\""])
    }

    @Test func columnsThatAggDroppedAreNotOffered() {
        let (session, _, _) = bundledSession()
        let after = session.complete("indicators | group level1 | agg n = count(), w = sum(weight) | sort ").candidates
        #expect(after.contains("level1"))
        #expect(after.contains("n"))
        #expect(!after.contains("weight"))
        #expect(!after.contains("level2"))
    }

    @Test func rightHandColumnsAfterAJoin() {
        let (session, _, _) = bundledSession()
        let c = session.complete("indicators | join projects on project_id | where budget_t").candidates
        #expect(c == ["budget_total"])
    }

    @Test func fileNamesInsideLoad() throws {
        let (session, _, _) = bundledSession()
        let folder = NSTemporaryDirectory() + "jixiao-complete-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: folder + "/data.csv", contents: Data())
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let c = session.complete("load \"\(folder)/da")
        #expect(c.candidates == ["data.csv\""])
        #expect(c.replacing == 2)
        #expect(session.complete("load \"\(folder)/s").candidates == ["sub/"])
    }
}
