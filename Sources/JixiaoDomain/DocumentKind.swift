/// Which published layout a project came from; stored in the `doc_kind` column.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    /// 绩效目标申报表: targets with 指标性质, 度量单位, 权重 and 指标方向性 columns.
    case declaration
    /// 绩效目标批复表: approved targets, one 指标值 column.
    case approval
    /// 绩效目标表 with coded levels (`11-数量指标`).
    case target
    /// 绩效自评表: targets with actual values, scores and the budget execution table.
    case selfEvaluation = "self_evaluation"
    /// 部门整体绩效目标表: the whole department's targets; the department is the project.
    case departmentTarget = "department_target"
    /// 部门整体支出绩效自评表: the whole department's self-evaluation.
    case departmentSelfEvaluation = "department_self_evaluation"

    /// Whether the form reports results (actual values, scores), as a self-evaluation does.
    public var isSelfEvaluation: Bool { self == .selfEvaluation || self == .departmentSelfEvaluation }

    /// The same kind of form for a whole department (部门整体).
    public var forWholeDepartment: DocumentKind {
        isSelfEvaluation ? .departmentSelfEvaluation : .departmentTarget
    }
}
