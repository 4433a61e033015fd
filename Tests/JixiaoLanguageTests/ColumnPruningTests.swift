import Testing
@testable import JixiaoLanguage

/// The names a pipeline still needs decide which columns `where` and `join` carry; a name missed
/// here makes the pruned run fail and the pipeline run again over every column (slow, not wrong).
@Suite("Column pruning keeps exactly the columns a pipeline can still use")
struct ColumnPruningTests {
    private func referenced(_ source: String) -> (names: Set<String>, through: Int)? {
        guard let statement = onlyStatement(source), case .pipeline(let pipeline) = statement.kind else { return nil }
        return ColumnPruning.referencedNames(pipeline.stages)
    }

    @Test func groupThenAggKeepsTheAggregatesArguments() throws {
        let found = try #require(referenced(
            "indicators | join projects on project_id | group department | agg budget = sum(budget_total), n = count() | sort -budget"))
        #expect(found.names.isSuperset(of: ["project_id", "department", "budget_total"]))
        #expect(found.through == 2)
    }

    @Test func aggWithoutGroupDecidesTheColumns() throws {
        let found = try #require(referenced(#"indicators | where level1 = "产出指标" and actual < target | agg n = count()"#))
        #expect(found.names.isSuperset(of: ["level1", "actual", "target"]))
        #expect(!found.names.contains("score"))
        #expect(found.through == 1)
    }

    @Test func groupAloneStillDecidesTheColumns() throws {
        let found = try #require(referenced("indicators | where weight > 1 | group level1"))
        #expect(found.through == 1)
    }

    @Test func wholeRowDistinctKeepsEverything() {
        #expect(referenced("indicators | where weight > 1 | distinct") == nil)
    }
}

@Suite("Column pruning and joins")
struct ColumnPruningJoinTests {
    @Test func aQualifiedNameCountsWholeAndByItsParts() {
        let words = ColumnPruning.words(in: "(select projects.department name)")
        #expect(words.isSuperset(of: ["projects.department", "projects", "department", "name"]))
    }
}
