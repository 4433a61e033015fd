import JixiaoEngine

/// The `indicators` table: SPEC §3 columns in SPEC order (the derived ones computed by
/// `IndicatorScoring`), followed by the range's upper bound, the formula score and the source line.
public enum IndicatorSchema {
    public static let columns: [RecordColumn<IndicatorRecord>] = [
        .integer("indicator_id", ["指标编号"]) { $0.indicatorID },
        .integer("project_id", ["项目编号"]) { $0.projectID },
        .integer("year", ["年度"]) { $0.year },
        .string("region", ["地区"]) { $0.region },
        .string("department", ["主管部门"]) { $0.department },
        .string("project", ["项目名称"]) { $0.project.isEmpty ? nil : $0.project },
        .string("level1", ["一级指标"]) { $0.level1 },
        .string("level2", ["二级指标"]) { $0.level2 },
        .string("name", ["三级指标"]) { $0.name },
        .string("op", ["指标性质"]) { $0.op?.rawValue },
        .string("target_text", ["指标值", "年度指标值", "绩效值"]) { $0.targetText },
        .double("target", ["目标值"]) { $0.target },
        .string("unit", ["度量单位"]) { $0.unit },
        .double("weight", ["权重", "分值"]) { $0.weight },
        .string("direction", ["指标方向性"]) { $0.direction?.rawValue },
        .string("actual_text", ["实际完成值"]) { $0.actualText },
        .double("actual", ["实际值"]) { $0.actual },
        .double("score", ["得分"]) { $0.score },
        .string("deviation", ["偏差原因", "偏差原因分析及改进措施"]) { $0.deviation },
        .double("completion", ["完成率"]) { IndicatorScoring.completion($0) },
        .string("status", ["完成状态"]) { IndicatorScoring.status($0)?.rawValue },
        .boolean("met", ["是否达成"]) { IndicatorScoring.met($0) },
        .double("score_rate", ["得分率"]) { IndicatorScoring.scoreRate($0) },
        .double("target_upper", []) { $0.targetUpper },
        .string("target_midterm", ["中期指标值", "中期目标"]) { $0.targetMidterm },
        .double("expected_score", ["公式得分"]) { IndicatorScoring.formulaScore($0) },
        .integer("source_line", []) { $0.line },
    ]

    public static func table(_ records: [IndicatorRecord]) -> Table {
        RecordTable.build(records, schema: columns)
    }
}
