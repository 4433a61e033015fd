import Foundation

/// `jixiao-bench generate N DIR`: a deterministic national collection of `N` indicator rows
/// (≈12 per project) in `DIR/projects.csv` and `DIR/indicators.csv`, with the SPEC §3 columns.
///
/// Projects are spread over ≈3,000 regions × 40 departments and the years 2019–2025; each project's
/// indicators follow the real mix of 一级/二级指标, operators, units and directions, with ≈15% of
/// actual values missing. The same N always gives byte-identical files.
struct DataGenerator {
    let indicatorCount: Int
    let directory: String
    private let world = SyntheticWorld()

    init(indicatorCount: Int, directory: String) {
        self.indicatorCount = indicatorCount
        self.directory = directory
    }

    static let projectHeader =
        "project_id,source,doc_kind,year,region,department,department_code,unit,name,attribute,period,contact,budget_total,budget_fiscal,budget_initial,budget_full_year,executed,execution_rate,execution_score,score_total,grade,goal,outcome,indicator_count"
    static let indicatorHeader =
        "indicator_id,project_id,year,region,department,project,level1,level2,name,op,target_text,target,unit,weight,direction,actual_text,actual,score,deviation,completion,status,met,score_rate"

    /// One project as the indicator rows need it.
    struct ProjectDraw {
        var id: Int
        var year: Int
        var department: Int
        var name: Int
        var indicators: Int
    }

    func run() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var projects = try CSVByteWriter(path: directory + "/projects.csv")
        var indicators = try CSVByteWriter(path: directory + "/indicators.csv")
        projects.headerLine(Self.projectHeader)
        indicators.headerLine(Self.indicatorHeader)
        var rng = SplitMix(seed: 6)
        var rows = IndicatorRowWriter(world: world)
        var nextIndicator = 1
        var projectID = 0
        while nextIndicator <= indicatorCount {
            projectID += 1
            let count = min(8 + rng.below(9), indicatorCount - nextIndicator + 1)
            let project = ProjectDraw(
                id: projectID, year: 2019 + rng.below(7),
                department: rng.below(world.departments.count),
                name: rng.below(world.projectNames.count), indicators: count)
            var scoreTotal = 0.0
            for _ in 0..<count {
                scoreTotal += rows.write(&indicators, id: nextIndicator, project: project, rng: &rng)
                nextIndicator += 1
            }
            ProjectRowWriter.write(&projects, project: project, world: world, indicatorScore: scoreTotal, rng: &rng)
        }
        projects.close()
        indicators.close()
    }
}

extension CSVByteWriter {
    mutating func headerLine(_ header: String) {
        for name in header.split(separator: ",") { text(Array(name.utf8)) }
        endRow()
    }
}
