import Foundation
import Testing

/// The ready analyses in `Scripts/` (SPEC §7): each runs green on the bundled data with the built
/// binary, so running one is also a check of the data. (How fast is the benchmark's business, not
/// a test's: a test that times itself fails on a loaded machine and proves nothing on an idle one.)
@Suite struct ScriptTests {
    static var scriptsFolder: String { JixiaoProcess.root.appendingPathComponent("Scripts").path }

    /// `report_file=…` in a temporary folder, so a run never leaves a report in the checkout.
    static var scratchReport: String {
        "report_file=" + ((try? JixiaoProcess.temporaryDirectory()) ?? NSTemporaryDirectory()) + "/report.html"
    }

    static var scripts: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: scriptsFolder)) ?? []
        return names.filter { $0.hasSuffix(".jx") }.sorted().map { scriptsFolder + "/" + $0 }
    }

    @Test func theThreeAnalysesOfIssueFiveAreThere() {
        let names = Self.scripts.map { URL(fileURLWithPath: $0).lastPathComponent }
        for expected in ["completion-rates.jx", "by-department.jx", "annual-comparison.jx"] {
            #expect(names.contains(expected), "\(expected)")
        }
    }

    @Test func everyScriptExitsZeroOnTheBundledData() throws {
        #expect(!Self.scripts.isEmpty)
        for script in Self.scripts {
            let report = try JixiaoProcess.temporaryDirectory() + "/report.html"
            let r = try JixiaoProcess.run([script, "--set", "report_file=\(report)"])
            #expect(r.status == 0, "\(script): \(r.stderr)")
            #expect(!r.stderr.contains("error"), "\(script): \(r.stderr)")
        }
    }

    @Test func byDepartmentTakesTheDepartmentFromTheCommandLine() throws {
        let script = Self.scriptsFolder + "/by-department.jx"
        let r = try JixiaoProcess.run([script, "--set", Self.scratchReport, "--set", "department=六安市金安区财政局"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("六安市金安区财政局: 4 projects"))
        let unknown = try JixiaoProcess.run([script, "--set", Self.scratchReport, "--set", "department=没有这个部门"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no projects of this department"))
    }

    @Test func theAnnualComparisonShowsTheYearsAsColumnsWithTheChange() throws {
        let r = try JixiaoProcess.run([Self.scriptsFolder + "/annual-comparison.jx", "--set", Self.scratchReport])
        #expect(r.status == 0, "\(r.stderr)")
        let header = r.stdout.split(separator: "\n").first { $0.contains("measure") } ?? ""
        #expect(header.contains("2022") && header.contains("2024") && header.contains("change"), "\(header)")
        #expect(r.stdout.contains("2022 → 2024: projects 23 → 5"))
    }

    @Test func aMistypedSetNameIsAnErrorNamingTheScriptsVariables() throws {
        let r = try JixiaoProcess.run([Self.scriptsFolder + "/annual-comparison.jx", "--set", "frm=2022"])
        #expect(r.status == 2)
        #expect(
            r.stderr.contains(
                #"--set frm: the script has no variable "frm" (did you mean "from"?); its variables are $from, $to"#),
            "\(r.stderr)")
    }

    @Test func theAnnualComparisonFailsLoudlyForAYearWithoutData() throws {
        let r = try JixiaoProcess.run([
            Self.scriptsFolder + "/annual-comparison.jx", "--set", Self.scratchReport, "--set", "to=2023",
        ])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no projects in the year set by `to`"))
    }

    @Test func checkOnTheCommandLinePrintsTheFindingsAndTheSummary() throws {
        let r = try JixiaoProcess.run(["-c", "check"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("duplicate_project"))
        #expect(r.stdout.contains("离休人员医药费历史欠款"))
        #expect(r.stderr.contains("10 findings in 1 document (4 checked)"))
        let csv = try JixiaoProcess.run(["--format", "csv", "-c", "check; checks | count rule"])
        #expect(csv.stdout.contains("score_formula,6,"), "\(csv.stdout)")
    }
}
