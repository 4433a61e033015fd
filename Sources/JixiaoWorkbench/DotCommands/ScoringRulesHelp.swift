/// The rules behind the derived columns and the audit, as `.help completion`, `.help status`,
/// `.help grade` and `.help audit` explain them (the README's "Scoring rules" says the same).
/// They follow 财政部《项目支出绩效评价管理办法》(财预〔2020〕10号) as the forms apply it.
enum ScoringRulesHelp {
    struct Topic {
        let names: [String]
        let english: String
        let chinese: String
    }

    static let topics: [Topic] = [
        Topic(
            names: ["completion", "完成率"],
            english: """
                completion — how much of an indicator's target was reached, in percent (indicators.completion)
                  ≥ target, = target, or a bare number: actual ÷ target × 100, not capped (over-achievement shows).
                  ≤ target (less is better, also a bare target marked 反向): 100 while the actual stays at or
                    under the ceiling (0 included), else target ÷ actual × 100.
                  a range a–b: 100 inside it; below it actual ÷ a, above it actual ÷ b.
                  a target of 0: 100 for ≥ 0; for = 0, 100 when the actual is 0, else 0.
                  qualitative targets (好/较好, 达成…) have no completion: their status comes from the words.
                  Rounded to two decimals; null when the target or the actual is not stated.
                score_rate = score ÷ weight × 100: the document's own score as a percent of the points.
                The formula score the audit compares with: min(completion, 100) ÷ 100 × weight.
                """,
            chinese: """
                completion（完成率）— 指标实际值达到目标值的程度，百分数（indicators.completion）
                  ≥、= 或仅数字的目标：实际值 ÷ 目标值 × 100，不封顶（超额完成可见）。
                  ≤ 目标（越小越好，或标注“反向”的目标）：实际值不超过上限（含 0）时为 100，否则目标值 ÷ 实际值 × 100。
                  区间 a–b：区间内为 100；低于区间为 实际值 ÷ a，高于区间为 实际值 ÷ b。
                  目标值为 0：≥ 0 记 100；= 0 时实际为 0 记 100，否则记 0。
                  定性指标（好/较好、达成……）没有完成率，状态由实际值的文字判定。
                  保留两位小数；目标值或实际值未填时为 null。
                score_rate = 得分 ÷ 分值 × 100：文档自填得分占分值的百分比。
                审计所用的公式得分：min(完成率, 100) ÷ 100 × 分值。
                """),
        Topic(
            names: ["status", "met", "状态"],
            english: """
                status — 达成 / 超额 / 部分达成 / 未达成 (indicators.status); met is true for 达成 and 超额
                  quantitative: completion ≥ 100 is 达成, and 超额 when a lower-bound (≥) target is
                    exceeded by more than 120 %; below 100 is 未达成.
                  qualitative: from the band the actual text names (cut words are read by their start):
                    达成年度指标… → 达成 (80–100 % of the points), 部分达成… → 部分达成 (60–80 %),
                    未达成… → 未达成 (0–60 %).
                  null when there is no actual value.
                """,
            chinese: """
                status（状态）— 达成 / 超额 / 部分达成 / 未达成（indicators.status）；达成与超额时 met 为 true
                  定量：完成率 ≥ 100 为达成；下限型（≥）目标超过 120% 为超额；低于 100 为未达成。
                  定性：按实际值文字所属档次（被截断的文字按开头识别）：
                    达成年度指标… → 达成（分值的 80–100%），部分达成… → 部分达成（60–80%），
                    未达成… → 未达成（0–60%）。
                  没有实际值时为 null。
                """),
        Topic(
            names: ["grade", "execution_rate", "等级"],
            english: """
                grade — 评价等级 from the printed total score (projects.grade), half-open bands:
                  优 90 and above, 良 80 to under 90, 中 60 to under 80, 差 under 60 (89.5 is 良).
                execution_rate — the printed 执行率, else 全年执行数 ÷ 全年预算数 × 100 (the full-year budget,
                  not the initial one). The execution score the audit expects: min(rate, 100) ÷ 100 × 10.
                """,
            chinese: """
                grade（评价等级）— 按文档总分划档（projects.grade），左闭右开：
                  优 ≥ 90，良 80 至不足 90，中 60 至不足 80，差 不足 60（89.5 为良）。
                execution_rate（执行率）— 文档所填执行率；未填时为 全年执行数 ÷ 全年预算数 × 100（用全年预算数，
                  不用年初预算数）。审计期望的执行率得分：min(执行率, 100) ÷ 100 × 10。
                """),
        Topic(
            names: ["audit", "rules", "审计"],
            english: """
                check — every rule over the loaded documents, findings into the table `checks`
                  weights_total        a form's indicator points and its 10 execution points add up to 100
                  execution_score      10 × the execution rate, capped at 100 %
                  total_score          the total is the sum of the scores
                  score_above_weight   no indicator scores more than its points
                  score_formula        a quantitative score follows from target and actual (formula above)
                  score_band           a qualitative score lies inside its band
                  operator_direction   the operator agrees with the direction (≤ with 反向 …)
                  duplicate_project    a project printed twice in one document, the same contents under another name
                  qualitative_with_number, missing_actual, missing_weight, over_achievement (over 120 %)
                """,
            chinese: """
                check（审计）— 对已加载文档执行全部规则，结果写入表 `checks`
                  weights_total        指标分值与执行率分值合计为 100
                  execution_score      执行率得分 = 10 × 执行率（封顶 100%）
                  total_score          总分等于各项得分之和
                  score_above_weight   指标得分不超过分值
                  score_formula        定量指标得分符合目标值与实际值（公式见 .help completion）
                  score_band           定性指标得分落在其档次内
                  operator_direction   符号与方向一致（≤ 对应反向……）
                  duplicate_project    同一文档中内容相同、名称不同的重复项目
                  qualitative_with_number、missing_actual、missing_weight、over_achievement（超过 120%）
                """),
    ]

    static func topic(_ name: String, language: InterfaceLanguage) -> String? {
        guard let topic = topics.first(where: { $0.names.contains(name.lowercased()) }) else { return nil }
        return (language == .chinese ? topic.chinese : topic.english) + "\n"
    }
}
