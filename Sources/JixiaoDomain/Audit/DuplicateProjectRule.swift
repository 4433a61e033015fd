/// `duplicate_project`: a project printed twice in one document with identical contents under
/// different names (DOMAIN.md §3.3: seed 004's P12 离休人员医药统筹费 and P13 离休人员医药费历史欠款
/// differ in name only). Counting both doubles the budget and the indicators of one project.
///
/// Contents are everything but the name, the id and the line: department, unit, budget, execution,
/// scores, goals, and every indicator row with its target, weight, actual and score. A project
/// without indicators has too little content to call a copy. The later copy is reported.
public enum DuplicateProjectRule {
    public static let rule = AuditRule(
        code: "duplicate_project",
        summary: "a project printed twice in one document with the same contents (DOMAIN.md §3.3)"
    ) { data in
        var firstWithContents: [ProjectContents: ProjectRecord] = [:]
        var findings: [AuditFinding] = []
        for project in data.projects {
            let indicators = data.indicators(of: project)
            guard !indicators.isEmpty else { continue }
            let contents = ProjectContents(project, indicators)
            guard let original = firstWithContents[contents] else {
                firstWithContents[contents] = project
                continue
            }
            let place = original.line.map { ", line \($0)" } ?? ""
            let sameName = original.name == project.name ? " (same name)" : ""
            findings.append(
                AuditFinding(
                    rule: "duplicate_project", project: project,
                    found: "same contents as project \(original.projectID) \(original.name)\(place)\(sameName)",
                    expected: "a project printed once"))
        }
        return findings
    }

    /// A project with its identity (id, name, line) blanked out, so equal values mean a copy.
    struct ProjectContents: Hashable {
        let project: ProjectRecord
        let indicators: [IndicatorRecord]

        init(_ project: ProjectRecord, _ indicators: [IndicatorRecord]) {
            var p = project
            p.projectID = 0
            p.name = ""
            p.line = nil
            self.project = p
            self.indicators = indicators.map { row in
                var r = row
                r.indicatorID = 0
                r.projectID = 0
                r.project = ""
                r.line = nil
                return r
            }
        }
    }
}
