/// One project of one document: a row of the `projects` table (SPEC §3).
///
/// Optional fields are nil when the document does not state them; money is in 万元 and rates are
/// percent numbers. `executionRate` and `grade` are derived by `ProjectScoring` when the document
/// leaves them out.
public struct ProjectRecord: Sendable, Hashable {
    public var projectID: Int
    /// The file name the project was read from.
    public var source: String
    public var docKind: DocumentKind
    public var year: Int?
    public var region: String?
    /// 主管部门, without its code prefix.
    public var department: String?
    /// The code printed before the department (`262` in `262-六安市金安区医疗保障局`).
    public var departmentCode: String?
    /// 实施单位 (or 单位信息 on declaration forms), without its code prefix.
    public var unit: String?
    public var unitCode: String?
    /// 项目名称, as printed (with its code prefix); empty when the page cut the project's header off.
    public var name: String
    /// The code printed before the name (`51092322T000000431595` in `51092322T000000431595-城乡居民监管工作经费`):
    /// the key that follows a project from year to year.
    public var projectCode: String?
    /// 项目属性.
    public var attribute: String?
    /// 项目期.
    public var period: String?
    /// 项目经办人.
    public var contact: String?
    /// 年度资金总额, or 项目总额 when the form has no annual figure.
    public var budgetTotal: Double?
    /// 项目总额 as printed: on multi-year forms it differs from the annual total.
    public var budgetProjectTotal: Double?
    /// 财政拨款 / 财政资金 (本年财政拨款 in self-evaluations).
    public var budgetFiscal: Double?
    /// 上年结转 / 结余结转资金.
    public var budgetCarryover: Double?
    /// 年初预算数 of the total row.
    public var budgetInitial: Double?
    /// 全年预算数 of the total row.
    public var budgetFullYear: Double?
    /// 全年执行数 of the total row.
    public var executed: Double?
    /// 执行率 as printed, in percent.
    public var executionRate: Double?
    /// 得分 of the budget-execution row.
    public var executionScore: Double?
    /// 总分.
    public var scoreTotal: Double?
    /// 年度总体目标 / 预期目标.
    public var goal: String?
    /// 实际完成情况.
    public var outcome: String?
    public var indicatorCount: Int
    /// The 1-based line of the source text where the project starts.
    public var line: Int?

    public init(projectID: Int = 0, source: String, docKind: DocumentKind, name: String) {
        self.projectID = projectID
        self.source = source
        self.docKind = docKind
        self.name = name
        self.indicatorCount = 0
    }
}
