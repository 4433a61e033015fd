import JixiaoEngine
import Testing

@testable import JixiaoDomain

@Suite struct SchemaTests {
    @Test func projectColumnsFollowSpecWithChineseAliases() {
        let t = ProjectSchema.table([])
        let spec = [
            "project_id", "source", "doc_kind", "year", "region", "department", "department_code", "unit", "name",
            "attribute", "period", "contact", "budget_total", "budget_fiscal", "budget_initial", "budget_full_year",
            "executed", "execution_rate", "execution_score", "score_total", "grade", "goal", "outcome",
            "indicator_count",
        ]
        #expect(Array(t.names.prefix(spec.count)) == spec)
        #expect(t.index(of: "主管部门") == t.index(of: "department"))
        #expect(t.index(of: "年度资金总额") == t.index(of: "budget_total"))
        #expect(t.index(of: "项目总额") == t.index(of: "budget_total"))
        #expect(t.index(of: "执行率") == t.index(of: "execution_rate"))
    }

    @Test func indicatorColumnsFollowSpecWithChineseAliases() {
        let t = IndicatorSchema.table([])
        let spec = [
            "indicator_id", "project_id", "year", "region", "department", "project", "level1", "level2", "name", "op",
            "target_text", "target", "unit", "weight", "direction", "actual_text", "actual", "score", "deviation",
            "completion", "status", "met", "score_rate",
        ]
        #expect(Array(t.names.prefix(spec.count)) == spec)
        #expect(t.index(of: "权重") == t.index(of: "weight"))
        #expect(t.index(of: "分值") == t.index(of: "weight"))
        #expect(t.index(of: "三级指标") == t.index(of: "name"))
        #expect(t.index(of: "一级指标") == t.index(of: "level1"))
    }

    @Test func columnsKeepTheirTypesWhenEveryValueIsNull() {
        var r = IndicatorRecord(project: "P", name: "N")
        r.indicatorID = 7
        let t = IndicatorSchema.table([r])
        #expect(t.column(named: "weight")?.type == .double)
        #expect(t.column(named: "met")?.type == .boolean)
        #expect(t.column(named: "indicator_id")?.type == .integer)
        #expect(t.column(named: "weight")?[0] == .null)
        #expect(t.column(named: "indicator_id")?[0] == .integer(7))
    }
}
