import JixiaoText

/// One label/value pair of a bar chart, with its display texts.
struct BarRow {
    let label: String
    let value: Double?
    let valueText: String

    init(label: String, value: Double?, format: ColumnNumberFormat? = nil) {
        self.label = DisplayText.singleLine(label)
        self.value = value
        self.valueText = value.map { format?.text($0) ?? NumberText.format($0) } ?? "null"
    }

    var isNull: Bool { value == nil }

    /// The value when it can be drawn as a bar (not null, NaN or infinite).
    var drawable: Double? {
        guard let value, value.isFinite else { return nil }
        return value
    }
}

/// How the cells of a bar chart line are shared out: label, negative side, positive side, value.
struct BarLayout {
    let labelCells: Int
    /// Cells left of the zero line, for negative bars (0 when no value is negative).
    let negativeCells: Int
    /// Cells right of the zero line, for positive bars.
    let positiveCells: Int
    /// The largest magnitude on either side of zero; zero when there is nothing to draw.
    let unit: Double
    /// Cells of bar per `unit` of value, the same on both sides of the zero line.
    let cellsPerUnit: Double

    /// Labels shorter than this are never cut to make room for bars.
    static let minimumLabelCells = 6
    /// Bars get at least this many cells before labels are allowed to take more.
    static let preferredBarCells = 20

    init(_ rows: [BarRow], width: Int) {
        let widestLabel = rows.reduce(0) { max($0, TerminalWidth.cells(of: $1.label)) }
        let widestValue = rows.reduce(0) { max($0, TerminalWidth.cells(of: $1.valueText)) }
        // Label, space, bars, space, value: give the bars their preferred room first, then labels.
        let spare = width - 2 - widestValue
        let labelRoom = max(min(widestLabel, BarLayout.minimumLabelCells), spare - BarLayout.preferredBarCells)
        labelCells = min(widestLabel, labelRoom)
        let barCells = max(1, spare - labelCells)

        let finite = rows.compactMap(\.drawable)
        let maxPositive = finite.reduce(0.0) { max($0, $1) }
        let maxNegative = finite.reduce(0.0) { max($0, -$1) }
        unit = max(maxPositive, maxNegative)
        guard unit > 0 else {
            (negativeCells, positiveCells, cellsPerUnit) = (0, barCells, 0)
            return
        }
        // Extents relative to `unit` stay within 0…1, so nothing overflows near Double's limits.
        let positiveExtent = maxPositive / unit, negativeExtent = maxNegative / unit
        cellsPerUnit = Double(barCells) / (positiveExtent + negativeExtent)
        if maxNegative > 0 {
            // Each side gets cells in proportion to its extent.
            let negative = max(1, Int((negativeExtent * cellsPerUnit).rounded()))
            negativeCells = min(negative, barCells)
        } else {
            negativeCells = 0
        }
        positiveCells = barCells - negativeCells
    }

    /// The length of the bar for `magnitude` (not negative, finite), in eighths of a cell.
    func eighths(_ magnitude: Double) -> Int {
        guard unit > 0 else { return 0 }
        let eighths = magnitude / unit * cellsPerUnit * 8
        guard eighths.isFinite else { return 0 }
        return Int(min(max(eighths, 0), 1e9).rounded())
    }
}
