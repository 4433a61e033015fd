/// One thing the audit found: a row of the `checks` table (SPEC §8).
///
/// `found` and `expected` are text because a finding can be a number (`3`) or a fact
/// (`copy of 离休人员医药统筹费`); `difference` keeps the numeric gap beside them so findings can
/// be sorted by how far off they are.
public struct AuditFinding: Sendable, Hashable {
    /// The file the project was read from.
    public var source: String?
    public var projectID: Int?
    /// The project's name.
    public var project: String?
    /// Nil for a finding about the whole project.
    public var indicatorID: Int?
    /// The 三级指标's name, nil for a finding about the whole project.
    public var indicator: String?
    /// The rule's code (`score_formula`, `duplicate_project`, …).
    public var rule: String
    public var found: String
    public var expected: String
    /// found − expected when both are numbers.
    public var difference: Double?
    /// The 1-based line of the source text the finding is about.
    public var line: Int?

    public init(rule: String, found: String, expected: String, difference: Double? = nil) {
        self.rule = rule
        self.found = found
        self.expected = expected
        self.difference = difference
    }

    /// A finding about a whole project, placed at the project's first line.
    public init(rule: String, project: ProjectRecord, found: String, expected: String, difference: Double? = nil) {
        self.init(rule: rule, found: found, expected: expected, difference: difference)
        source = project.source.isEmpty ? nil : project.source
        projectID = project.projectID
        self.project = project.name
        line = project.line
    }

    /// A finding about one indicator, placed at its row; the project gives the document.
    public init(
        rule: String, indicator: IndicatorRecord, in project: ProjectRecord?, found: String, expected: String,
        difference: Double? = nil
    ) {
        self.init(rule: rule, found: found, expected: expected, difference: difference)
        source = project.flatMap { $0.source.isEmpty ? nil : $0.source }
        projectID = indicator.projectID
        self.project = indicator.project
        indicatorID = indicator.indicatorID
        self.indicator = indicator.name
        line = indicator.line
    }
}
