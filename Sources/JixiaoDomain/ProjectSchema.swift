import JixiaoEngine

/// The `projects` table: SPEC §3 columns in SPEC order, each answering to its Chinese labels,
/// followed by three columns the forms print that SPEC does not name (unit code, multi-year
/// total, carry-over) and the source line.
public enum ProjectSchema {
    public static let columns: [RecordColumn<ProjectRecord>] = [
        .integer("project_id", ["项目编号"]) { $0.projectID },
        .string("source", ["来源"]) { $0.source },
        .string("doc_kind", ["文档类型"]) { $0.docKind.rawValue },
        .integer("year", ["年度"]) { $0.year },
        .string("region", ["地区"]) { $0.region },
        .string("department", ["主管部门"]) { $0.department },
        .string("department_code", ["主管部门编码"]) { $0.departmentCode },
        .string("unit", ["实施单位", "单位信息"]) { $0.unit },
        .string("name", ["项目名称"]) { $0.name.isEmpty ? nil : $0.name },
        .string("attribute", ["项目属性"]) { $0.attribute },
        .string("period", ["项目期"]) { $0.period },
        .string("contact", ["项目经办人"]) { $0.contact },
        .double("budget_total", ["项目总额", "年度资金总额"]) { $0.budgetTotal },
        .double("budget_fiscal", ["财政拨款", "财政资金"]) { $0.budgetFiscal },
        .double("budget_initial", ["年初预算数"]) { $0.budgetInitial },
        .double("budget_full_year", ["全年预算数"]) { $0.budgetFullYear },
        .double("executed", ["全年执行数"]) { $0.executed },
        .double("execution_rate", ["执行率"]) { ProjectScoring.executionRate($0) },
        .double("execution_score", ["执行率得分"]) { $0.executionScore },
        .double("score_total", ["总分"]) { $0.scoreTotal },
        .string("grade", ["评价等级", "等级"]) { ProjectScoring.grade($0)?.rawValue },
        .string("goal", ["年度总体目标"]) { $0.goal },
        .string("outcome", ["实际完成情况"]) { $0.outcome },
        .integer("indicator_count", ["指标数"]) { $0.indicatorCount },
        .string("unit_code", ["实施单位编码"]) { $0.unitCode },
        .double("budget_project_total", []) { $0.budgetProjectTotal },
        .double("budget_carryover", ["上年结转", "结余结转资金"]) { $0.budgetCarryover },
        .string("project_code", ["项目编码"]) { $0.projectCode },
        .integer("source_line", []) { $0.line },
    ]

    public static func table(_ records: [ProjectRecord]) -> Table {
        RecordTable.build(records, schema: columns)
    }
}
