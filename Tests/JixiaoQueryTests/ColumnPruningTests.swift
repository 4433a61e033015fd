import JixiaoEngine
import JixiaoLanguage
import JixiaoQuery
import Testing

/// Pruning is a pass over the bound plan: a source keeps exactly the columns some step reads or
/// passes on to the result.
@Suite("Column pruning keeps exactly the columns a pipeline can still use")
struct ColumnPruningTests {
    let fixture = PlanFixture()

    private func kept(_ source: String) throws -> [String] {
        let plan = try fixture.plan(source)
        return plan.kept.map { plan.sourceColumns[$0].name }
    }

    @Test func aggAfterWhereKeepsOnlyWhatTheyRead() throws {
        #expect(try kept("items | where weight > 1 | agg n = count()") == ["weight"])
    }

    @Test func groupThenAggKeepsTheKeysAndTheArguments() throws {
        #expect(try kept("items | group group_name | agg w = sum(weight), n = count()") == ["group_name", "weight"])
    }

    @Test func aChineseLabelCountsAsTheColumn() throws {
        #expect(try kept("items | group 分组 | agg n = count()") == ["group_name"])
    }

    @Test func withoutAColumnDecidingVerbEveryColumnIsShown() throws {
        #expect(try kept("items | where weight > 1 | sort -weight").count == 5)
    }

    @Test func wholeRowDistinctKeepsEverything() throws {
        #expect(try kept("items | where weight > 1 | distinct | select id").count == 5)
    }

    @Test func selectAfterDeriveKeepsWhatTheDerivedColumnReads() throws {
        #expect(try kept("items | derive double_weight = weight * 2 | select id, double_weight") == ["id", "weight"])
    }

    @Test func aJoinsRightSideKeepsItsKeyAndTheColumnsUsedLater() throws {
        let plan = try fixture.plan("items | join groups on group_name | select id, title")
        #expect(plan.kept.map { plan.sourceColumns[$0].name } == ["id", "group_name"])
        let right = try #require(plan.steps.first?.right)
        let names = try #require(right.output).map(\.name)
        #expect(names == ["group_name", "title"])
    }

    @Test func prunedAndUnprunedRunsGiveTheSameRows() throws {
        let source =
            "items | join left groups on group_name | where weight >= 5 | group title | agg w = sum(weight) | sort title"
        let table = try fixture.run(source)
        #expect(table.names == ["title", "w"])
        #expect((0..<table.rowCount).map { table[$0, 1] } == [.double(30), .double(5)])
    }
}
