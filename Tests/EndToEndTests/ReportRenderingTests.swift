import Foundation
import Testing

/// Each bundled script writes an HTML report, and a real browser (headless Chromium, Debian's
/// `chromium` with `fonts-noto-cjk`) renders it. Where Chromium is not installed the rendering
/// is skipped with a note; the report is still checked as text.
@Suite(.serialized) struct ReportRenderingTests {
    static var chromium: String? {
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        where FileManager.default.isExecutableFile(atPath: path) { return path }
        return nil
    }

    static let scripts = ["completion-rates.jx", "by-department.jx", "annual-comparison.jx"]

    @Test(arguments: scripts)
    func theScriptWritesASelfContainedReportThatChromiumRenders(script: String) throws {
        let folder = try JixiaoProcess.temporaryDirectory()
        let report = folder + "/report.html"
        let path = ScriptTests.scriptsFolder + "/" + script
        let r = try JixiaoProcess.run([path, "--set", "report_file=\(report)"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("Noto Sans CJK SC"))
        #expect(html.contains("<table>"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!html.contains("0.686666666666667"))
        guard let chromium = Self.chromium else {
            print("note: chromium is not installed; the rendering of \(script)'s report is not checked")
            return
        }
        let png = folder + "/report.png"
        let shot = try JixiaoProcess.run(
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(png)",
                "--window-size=1100,1600", "file://" + report,
            ],
            timeout: 90, executable: chromium)
        #expect(shot.status == 0, "\(shot.stderr)")
        let size = (try FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0
        // A blank page is a few kilobytes; tables, charts and Chinese text make far more.
        #expect(size > 30_000, "\(png) is \(size) bytes")
    }

    @Test func aReportIsWrittenEvenWhenAnAssertFailsAndShowsTheFailure() throws {
        let folder = try JixiaoProcess.temporaryDirectory()
        let report = folder + "/failed.html"
        let r = try JixiaoProcess.run([
            "-c",
            """
            report "\(report)" title "检查"
            projects | count region
            print "before the assert"
            assert rows(projects) > 1000, "more than a thousand projects"
            """,
        ])
        #expect(r.status == 1)
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.contains("<title>检查</title>"))
        #expect(html.contains("before the assert"))
        #expect(html.contains("assertion failed: more than a thousand projects"))
        #expect(html.contains("share (%)"))
    }
}
