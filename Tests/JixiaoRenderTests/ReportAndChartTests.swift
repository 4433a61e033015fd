import JixiaoEngine
import JixiaoText
import Testing

@testable import JixiaoRender

/// The HTML report's page and the line and histogram charts.
@Suite struct ReportAndChartTests {
    static let table = Table(
        fields: [Field("budget_total", aliases: ["项目总额"]), Field("name", aliases: ["项目名称"])],
        columns: [Column.from([.double(62843.821491)]), Column.from([.string("<b>信息化</b>")])])

    @Test func theReportEscapesTextFormatsNumbersAndUsesChineseLabelsWhenAsked() {
        let page = HTMLReport(
            title: "报告 & 附表", items: [.table(Self.table), .text("共 1 个"), .failure("error: x")],
            chineseHeaders: true
        ).render()
        #expect(page.contains("<title>报告 &amp; 附表</title>"))
        #expect(page.contains("<th>项目总额 (万元)</th>"))
        #expect(page.contains("62,843.82"))
        #expect(page.contains("&lt;b&gt;信息化&lt;/b&gt;"))
        #expect(page.contains("<pre class=\"failure\">error: x</pre>"))
        #expect(!page.contains("<script"))
    }

    @Test func aLineChartDrawsOneMarkPerSeriesOverTheYearsInOrder() {
        let data = ChartData(
            kind: .line, labels: ["2024", "2022", "2022", "2024"], values: [3, 1, 2, 4],
            series: ["甲", "甲", "乙", "乙"], labelName: "year", valueName: "n")
        let text = LineChart.render(data, options: RenderOptions(width: 60))
        #expect(text.contains("* 甲   o 乙"))
        let axis = text.split(separator: "\n").first { $0.contains("2022") } ?? ""
        #expect(
            axis.firstRange(of: "2022")?.lowerBound ?? axis.endIndex < axis.firstRange(of: "2024")?.lowerBound
                ?? axis.startIndex)
        for line in text.split(separator: "\n") { #expect(TerminalWidth.cells(of: String(line)) <= 60) }
        #expect(SVGChart.svg(data).components(separatedBy: "<polyline").count == 3)
    }

    @Test func aHistogramCountsValuesInRoundBins() {
        let bins = HistogramBins([1, 2, 3, 11, 12, 25, nil])
        #expect(bins.counts.reduce(0, +) == 6)
        #expect(bins.labels.first == "0–10")
        let text = ChartRenderer.terminal(
            ChartData(kind: .hist, labels: [], values: [1, 2, 3, 11, 12, 25]),
            options: RenderOptions(width: 50))
        #expect(text.hasPrefix("0–10"))
    }
}

/// Odd data never hangs or traps a chart.
@Suite struct ChartRobustnessTests {
    @Test(arguments: [[1e16, 1e16 + 2, 1e16 + 4], [1e308, -1e308], [0.1, 0.1], [Double.nan, 1, .infinity], [5]])
    func aHistogramOfOddValuesEndsWithEveryValueCounted(values: [Double]) {
        let bins = HistogramBins(values.map { Optional($0) })
        #expect(bins.counts.count <= 21)
        #expect(bins.counts.reduce(0, +) == values.filter(\.isFinite).count)
        _ = ChartRenderer.terminal(ChartData(kind: .hist, labels: [], values: values), options: RenderOptions(width: 5))
        _ = LineChart.render(
            ChartData(kind: .line, labels: values.map { String($0) }, values: values), options: RenderOptions(width: 0))
    }
}
