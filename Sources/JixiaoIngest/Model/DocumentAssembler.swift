import JixiaoDomain
import JixiaoEngine

/// Finishes a parsed document: applies the load options over what the document says, fills the
/// gaps it leaves (year, region) with flagged guesses, drops a project printed twice, numbers the
/// rows and builds the two tables.
struct DocumentAssembler {
    let source: String
    let options: LoadOptions
    var warnings: [LoadWarning] = []

    init(source: String, options: LoadOptions) {
        self.source = source
        self.options = options
    }

    mutating func assemble(_ parsed: ParsedDocument) -> DocumentLoad {
        warnings = parsed.warnings
        var projects = dropReprints(parsed.projects)
        fillYear(&projects)
        fillRegion(&projects)

        var projectRecords: [ProjectRecord] = []
        var indicatorRecords: [IndicatorRecord] = []
        var nextIndicator = options.firstIndicatorID
        for (k, project) in projects.enumerated() {
            var p = project.record
            p.projectID = options.firstProjectID + k
            p.indicatorCount = project.indicators.count
            projectRecords.append(p)
            for var ind in project.indicators {
                ind.indicatorID = nextIndicator
                nextIndicator += 1
                ind.projectID = p.projectID
                ind.year = p.year
                ind.region = p.region
                ind.department = p.department
                ind.project = p.name
                indicatorRecords.append(ind)
            }
        }
        return DocumentLoad(
            projects: ProjectSchema.table(projectRecords),
            indicators: IndicatorSchema.table(indicatorRecords),
            warnings: warnings, linesNotUnderstood: parsed.linesNotUnderstood)
    }

    mutating func fillYear(_ projects: inout [ParsedProject]) {
        if let year = options.year {
            for i in projects.indices { projects[i].record.year = year }
            return
        }
        let guessed = projects.filter { !$0.yearStated }
        guard let first = guessed.first else { return }
        if let y = first.record.year {
            warn(
                nil,
                "no year stated in a title; \(y) guessed from the dates in the document for \(guessed.count) project\(guessed.count == 1 ? "" : "s") (override with year=…)"
            )
        } else {
            warn(nil, "no year found in the document; year left empty (set it with year=…)")
        }
    }

    mutating func fillRegion(_ projects: inout [ParsedProject]) {
        if let region = options.region {
            for i in projects.indices { projects[i].record.region = region }
            return
        }
        let known = projects.compactMap(\.record.region)
        for i in projects.indices where projects[i].record.region == nil {
            if let r = Self.mostCommon(known) {
                projects[i].record.region = r
                warn(
                    projects[i].record.line,
                    "no region in the department or unit name of \(projects[i].record.name); \(r) taken from the other projects"
                )
            } else {
                warn(projects[i].record.line, "no region found for \(projects[i].record.name) (set it with region=…)")
            }
        }
    }

    /// Drops a project whose name and content repeat an earlier one; warns about a project whose
    /// content repeats another under a different name (DOMAIN.md §3.3: P12 and P13 of seed 004).
    mutating func dropReprints(_ projects: [ParsedProject]) -> [ParsedProject] {
        var kept: [ParsedProject] = []
        var seen: [ProjectFingerprint: ParsedProject] = [:]
        for p in projects {
            guard !p.indicators.isEmpty else {
                kept.append(p)
                continue
            }
            let key = ProjectFingerprint(p)
            if let earlier = seen[key] {
                if earlier.record.name == p.record.name {
                    warn(
                        p.record.line,
                        "project \(p.record.name) is printed twice (same as line \(earlier.record.line ?? 0)); the second copy is skipped"
                    )
                    continue
                }
                warn(
                    p.record.line,
                    "project \(p.record.name) has the same budget and indicators as \(earlier.record.name) (line \(earlier.record.line ?? 0)); kept both, check for a duplicate"
                )
            } else {
                seen[key] = p
            }
            kept.append(p)
        }
        return kept
    }

    static func mostCommon(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }

    mutating func warn(_ line: Int?, _ message: String) {
        warnings.append(LoadWarning(file: source, line: line, message: message))
    }
}

/// What makes two printed projects the same project: budget figures and indicator rows, not the name.
struct ProjectFingerprint: Hashable {
    let budget: [Double?]
    let rows: [String]

    init(_ p: ParsedProject) {
        let r = p.record
        budget = [r.budgetTotal, r.budgetFiscal, r.budgetInitial, r.budgetFullYear, r.executed, r.scoreTotal]
        rows = p.indicators.map { i in
            [i.level1, i.level2, i.name, i.targetText, i.actualText, i.weight.map { "\($0)" }, i.score.map { "\($0)" }]
                .map { $0 ?? "" }.joined(separator: "|")
        }
    }
}
