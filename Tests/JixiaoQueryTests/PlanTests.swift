import JixiaoEngine
import JixiaoLanguage
import JixiaoQuery
import Testing

/// Binding, then running: every name and type is checked on the plan, and `.plan` shows it.
@Suite("A pipeline is bound whole before any row is read")
struct PlanTests {
    let fixture = PlanFixture()

    @Test func theOutputColumnsAndTypesAreKnownBeforeRunning() throws {
        let plan = try fixture.plan("items | group group_name | agg n = count(), w = sum(weight)")
        let output = try #require(plan.output)
        #expect(output.map(\.name) == ["group_name", "n", "w"])
        #expect(output.map(\.type) == [.string, .integer, .double])
        #expect(output[0].label == "分组")
    }

    @Test func aMistakeInTheLastVerbIsFoundWithoutRunningTheOthers() throws {
        do {
            _ = try fixture.plan("items | sort -weight | join groups on group_name | select titel")
            Issue.record("expected an unknown column")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message.contains("unknown column"))
            #expect(diagnostic.suggestion == #"did you mean "title"?"#)
        }
    }

    @Test func anAggregateChecksItsOwnArgumentTypes() throws {
        do {
            _ = try fixture.plan("items | agg s = sum(note)")
            Issue.record("expected a type error")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message == "sum() needs numbers, but this is text")
        }
    }

    @Test func moneyAndRatesCarryTheirMeaningThroughAggregates() throws {
        let plan = try fixture.plan("groups | group group_name | agg b = sum(budget_total)")
        let output = try #require(plan.output)
        #expect(output[1].meaning == .money)
        #expect(output[1].meaning.unit == "万元")
    }

    @Test func pivotStopsBindingAndTheRestIsBoundOnItsOutput() throws {
        let plan = try fixture.plan("items | pivot year agg sum(weight) by group_name | select group_name, `2024`")
        #expect(plan.output == nil)
        #expect(plan.unbound.count == 1)
        let table = try fixture.run("items | pivot year agg sum(weight) by group_name | select group_name, `2024`")
        #expect(table.names == ["group_name", "2024"])
        #expect((0..<table.rowCount).map { table[$0, 1] } == [.double(20), .null, .double(1)])
    }

    @Test func aPivotWithItsValuesGivenKeepsBinding() throws {
        let plan = try fixture.plan(
            "items | pivot year in (2024, 2022) agg sum(weight) by group_name | derive d = `2024` - `2022`")
        #expect(plan.unbound.isEmpty)
        #expect(try #require(plan.output).map(\.name) == ["group_name", "2024", "2022", "d"])
    }

    @Test func thePlanShowsTheFilterTheGroupingAndTheAggregation() throws {
        let text = try fixture.explain(
            #"items | where weight > 1 and group_name != "c" | group group_name | agg w = sum(weight)"#)
        #expect(text.contains("Scan items"))
        #expect(text.contains("Filter\n  condition: weight > 1 and group_name != \"c\""))
        #expect(text.contains("HashAggregate\n  keys: group_name\n  aggregates: w = sum(weight)"))
        #expect(text.contains("pruned: id, note, year"))
    }

    @Test func aChartMustBeTheLastVerb() throws {
        do {
            _ = try fixture.plan("items | chart bar group_name, weight | take 1")
            Issue.record("expected an error")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message == "`chart` must be the last verb of a pipeline")
        }
    }
}
