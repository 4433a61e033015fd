import JixiaoDomain

/// The words every published form is built from, whatever the region: what a cell is when the
/// separators between cells were lost (flattened text) and only the vocabulary tells them apart.
/// Label synonyms live with the readers that use them (`HeaderField`, `IndicatorHeader.role`,
/// `BudgetTable`, `LevelName`); this adds the few groupings the row builder needs.
enum FormVocabulary {
    /// What one cell is, for rebuilding rows from a stream of cells.
    enum Kind: Equatable {
        /// A form title (`项目支出绩效自评表`, `部门预算项目支出绩效自评表(2023年度)`).
        case title
        /// A labelled field of the project header (`项目名称`, `主管部门`, …).
        case field
        /// A column of the budget table (`年初预算数`, `全年执行数(B)`, `预算执行率`).
        case budgetColumn
        /// A row label of the budget table (`年度资金总额`, `其中:本年财政拨款`, `总额`).
        case budgetRow
        /// The heading of the goal and outcome pair (`预期目标`, `实际完成情况`, `项目年度目标`).
        case goalColumn
        /// A column of the indicator table (`一级指标`, `三级指标`, `指标值`, `得分`, …).
        case indicatorColumn
        /// A level label (`产出指标(50分)`, `11-数量指标`).
        case level
        /// A row that closes a form or stands outside the tables (`合计`, `总分`, `评价结论`, `项目负责人:`).
        case closing
        /// A figure or a target value (`24.958`, `≥90%`, `=`, `—`).
        case value
        /// Anything else: a name, a target in words, a goal.
        case text
    }

    static let titleWords = ["绩效目标表", "绩效自评表", "目标申报表", "目标批复表", "绩效目标申报表", "绩效目标批复表", "自评表", "绩效目标"]

    static let budgetColumns: Set<String> = [
        "年初预算数", "全年预算数", "全年执行数", "执行率", "调整后预算数", "预算执行数", "预算执行率", "年初预算",
        "年度预算数", "年度预算数(万元)", "全年预算数(A)", "全年执行数(B)", "执行率(B/A)", "原因", "全年预算", "全年执行",
        "预算数", "执行数", "预算执行情况",
    ]

    static let budgetRows: Set<String> = [
        "年度资金总额", "资金总额", "总额", "本年财政拨款", "当年财政拨款", "财政拨款", "财政资金", "上年结转资金", "上年结转",
        "结余结转资金", "其他资金", "财政专户管理资金", "单位资金", "社会投入资金", "银行贷款", "本级资金", "中央资金",
    ]

    static let goalColumns: Set<String> = [
        "预期目标", "实际完成情况", "项目年度目标", "年度目标完成情况", "年度总体目标完成情况", "年度总体目标", "总体目标",
        "年度目标", "整体目标", "年度绩效目标", "项目基本情况", "1.项目年度目标完成情况", "2.项目实施内容及过程概述",
    ]

    static let closingWords: Set<String> = [
        "合计", "总分", "评价结论", "存在问题", "改进措施", "项目负责人", "财务负责人", "填报人", "联系电话", "填报日期",
        "备注", "审核意见", "主管部门审核意见", "财政部门审核意见", "注", "说明", "填表说明",
    ]

    /// Signature lines, which carry the signer's name after the label (`项目负责人:查小兵`).
    static let signatureWords = ["项目负责人", "财务负责人", "填报人", "审核人", "联系人", "单位负责人"]

    /// Closing labels after which the rest of a block is a note in prose (`注:1.一级指标分值统一设置为…`).
    static let noteWords: Set<String> = ["注", "说明", "填表说明", "备注"]

    /// Captions of the indicator block printed in its first column (`绩效指标(90分)`, `年度绩效指标完成情况`).
    static let indicatorCaptions: Set<String> = ["绩效指标", "年度绩效指标完成情况", "年度绩效指标", "绩效指标完成情况", "指标"]

    /// The cell's kind; `inIndicators` says whether an indicator header was seen, where 分值 and
    /// 得分 are indicator columns rather than budget columns.
    static func kind(of cell: String, inIndicators: Bool) -> Kind {
        let key = HeaderField.key(cell)
        if key.isEmpty { return .value }
        // Prose between tables: `附件`, and the unit notes (`单位:万元`, `金额单位:元`), read by `MoneyUnitNote`.
        if key == "附件" || key.hasPrefix("附件:") || MoneyUnitNote.unit(in: key) != nil { return .title }
        let bare = withoutPoints(key)
        if isValue(key) { return .value }
        if closingWords.contains(bare)
            || closingWords.contains(where: { key.hasPrefix($0) && key.count <= $0.count + 1 })
            || signatureWords.contains(where: { key.hasPrefix($0) })
        {
            return .closing
        }
        if indicatorCaptions.contains(bare) { return .indicatorColumn }
        if bare == "一级指标" || bare == "二级指标" || bare == "三级指标" { return .indicatorColumn }
        if (bare == "分值" || bare == "得分" || bare == "权重") && !inIndicators { return .budgetColumn }
        if goalColumns.contains(bare) { return .goalColumn }
        if !inIndicators, budgetColumns.contains(bare) { return .budgetColumn }
        if IndicatorHeader.role(of: key) != nil, key.count <= 12, !budgetRows.contains(bare) { return .indicatorColumn }
        if LevelName.label(cell) != nil { return .level }
        if budgetRows.contains(bare) { return .budgetRow }
        if let field = HeaderField.label(cell), field != .goal || !inIndicators {
            switch field {
            case .goal: return .goalColumn
            // Amount labels, cut or whole (`本年财政`, `年结转资`), head rows of figures.
            case .fiscal, .carryover, .annualTotal: return .budgetRow
            default: return .field
            }
        }
        if key.count <= 40, titleWords.contains(where: { key.containsExactly($0) }),
            key.hasSuffix("表") || key.hasSuffix(")")
        {
            return .title
        }
        return .text
    }

    /// Column names of indicator tables, in full: what a label wrapped over two lines must add up to.
    static let indicatorColumns: Set<String> = [
        "一级指标", "二级指标", "三级指标", "指标值", "年度指标值", "实际完成值", "完成值", "度量单位", "计量单位", "指标性质",
        "指标方向性", "偏差原因分析及改进措施", "未完成原因分析", "绩效标准", "当年预期实现值", "年度目标值", "目标值",
        "绩效值", "权重", "分值", "得分",
    ]

    /// Whether the text is a whole label of the forms (not a cut-off or a name).
    static func isExactLabel(_ text: String) -> Bool {
        let key = HeaderField.key(text)
        let bare = withoutPoints(key)
        if indicatorColumns.contains(bare) || budgetColumns.contains(bare) || budgetRows.contains(bare)
            || goalColumns.contains(bare)
            || closingWords.contains(bare) || indicatorCaptions.contains(bare) || HeaderField.exact[bare] != nil
        {
            return true
        }
        return LevelName.label(text) != nil
    }

    /// A label with its points or unit note removed (`预算执行情况(10分)`, `项目资金(万元)`).
    static func withoutPoints(_ key: String) -> String {
        guard let open = key.firstIndex(where: { $0 == "(" }), open > key.startIndex, key.hasSuffix(")") else {
            return key
        }
        return String(key[..<open])
    }

    /// A figure, an operator alone, a dash, or a value in the notation of targets (`≥90%`, `≤5万元`, `=`).
    static func isValue(_ key: String) -> Bool {
        if CellText.isNumber(key) { return true }
        if qualitativeOperatorWords.contains(where: { key.hasPrefix($0) && key.count > $0.count }) { return true }
        if ["—", "-", "/", "／", "--", "——", "…", "……"].contains(key) { return true }
        if TargetOperator(natureCell: key) != nil, key.count <= 4 { return true }
        return startsWithOperatorAndNumber(key) || isNumberWithUnit(key)
    }

    /// `2280次`, `95%`, `75元`: a number and its unit, nothing else.
    static func isNumberWithUnit(_ key: String) -> Bool {
        let t = CellText.halfWidth(key)
        let digits = t.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        guard let first = digits.first, first.isNumber else { return false }
        let rest = String(t.dropFirst(digits.count))
        if WordSplitter.units.contains(rest) || rest == "%" { return true }
        // A rate per something: `576000元/年`, `2次/月`, `1元/人`.
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && WordSplitter.units.contains(String(parts[0])) && (1...2).contains(parts[1].count)
    }

    /// Words that open a target (`不超预算`, `不少于20次`), as an operator symbol does.
    static let qualitativeOperatorWords = ["不超过", "不少于", "不低于", "不高于", "不大于", "不小于", "不超", "大于等于", "小于等于"]

    /// `≥90%`, `≤ 10万元`, `>92%`: an operator symbol followed by a digit.
    static func startsWithOperatorAndNumber(_ key: String) -> Bool {
        let t = CellText.halfWidth(key)
        guard let first = t.first, WordSplitter.operatorSymbols.contains(first) else { return false }
        let rest = t.drop { WordSplitter.operatorSymbols.contains($0) || $0 == " " || $0 == "$" || $0 == "\\" }
        return rest.first.map { $0.isASCII && $0.isNumber } ?? false
    }
}
