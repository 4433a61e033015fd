/// What the audit reads: every project and indicator loaded, with the lookups the rules share.
public struct AuditData: Sendable {
    public let projects: [ProjectRecord]
    public let indicators: [IndicatorRecord]
    /// Each project's indicators, in document order.
    public let indicatorsByProject: [Int: [IndicatorRecord]]
    private let projectsByID: [Int: ProjectRecord]

    public init(projects: [ProjectRecord], indicators: [IndicatorRecord]) {
        self.projects = projects
        self.indicators = indicators
        indicatorsByProject = Dictionary(grouping: indicators, by: \.projectID)
        // Ids are unique per session; should a hand-made table repeat one, the first project wins.
        projectsByID = Dictionary(projects.map { ($0.projectID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func project(_ id: Int) -> ProjectRecord? { projectsByID[id] }

    public func indicators(of project: ProjectRecord) -> [IndicatorRecord] {
        indicatorsByProject[project.projectID] ?? []
    }
}
