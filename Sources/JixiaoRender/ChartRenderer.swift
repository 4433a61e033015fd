/// The one place a chart is drawn for the terminal, whatever its kind.
public enum ChartRenderer {
    public static func terminal(_ data: ChartData, options: RenderOptions) -> String {
        switch data.kind {
        case .bar:
            return BarChart.render(labels: data.labels, values: data.values, options: options)
        case .line:
            return LineChart.render(data, options: options)
        case .hist:
            let bins = HistogramBins(data.values)
            guard !bins.counts.isEmpty else { return "(no values to chart)\n" }
            return BarChart.render(labels: bins.labels, values: bins.counts.map { Double($0) }, options: options)
        }
    }
}
