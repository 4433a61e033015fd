import JixiaoEngine
import JixiaoText

/// One column as the box table will draw it: its header and the text of the drawn rows only.
struct ShownColumn {
    struct Cell {
        var text: String
        var cells: Int
        var isNull: Bool
    }

    /// The word drawn for a null; dimmed when colour is on.
    static let nullText = "null"

    let header: String
    let headerCells: Int
    let isNumeric: Bool
    let body: [Cell]

    var alignment: TerminalWidth.Alignment { isNumeric ? .right : .left }

    /// The widest body cell.
    var bodyCells: Int { body.reduce(0) { max($0, $1.cells) } }

    /// `numbers` rounds and groups the drawn values and puts the unit the model knows into the
    /// header; `.plain` draws them as stored.
    /// With `keepLineBreaks`, text keeps its line breaks (line mode draws them) rather than `↵`.
    /// `role`, when given (the plan's meaning), is what the column holds regardless of the
    /// (maybe translated) header; the name decides only where it says neither money nor percent.
    init(
        name: String, column: Column, rows: [Int], aliases: [String] = [], numbers: NumberStyle = .plain,
        keepLineBreaks: Bool = false, role: ColumnRole? = nil
    ) {
        isNumeric = column.type.isNumeric
        let role = ColumnRole.resolved(role, name: name, aliases: aliases)
        var title = DisplayText.singleLine(name)
        if isNumeric, numbers.units, !numbers.raw, let unit = role.unit { title += " (\(unit))" }
        header = title
        headerCells = TerminalWidth.cells(of: header)
        let format = ColumnNumberFormat(column: column, rows: rows, role: role, style: numbers)
        body = rows.map { ShownColumn.cell(column, $0, format, keepLineBreaks: keepLineBreaks) }
    }

    private static func cell(
        _ column: Column, _ row: Int, _ format: ColumnNumberFormat, keepLineBreaks: Bool = false
    ) -> Cell {
        if column.isNull(row) {
            return Cell(text: nullText, cells: nullText.count, isNull: true)
        }
        let text: String
        switch column.data {
        case .integer(let values): text = format.text(values[row])
        case .double(let values): text = format.text(values[row])
        case .compact(let c): text = c.isInteger ? format.text(Int64(c.mantissas[row])) : format.text(c.double(at: row))
        case .boolean(let values): text = values[row] ? "true" : "false"
        case .date(let values): text = CivilDay.iso(values[row])
        case .string, .narrowString:
            let raw = column.string(at: row) ?? ""
            text = keepLineBreaks ? DisplayText.keepingLineBreaks(raw) : DisplayText.singleLine(raw)
        }
        return Cell(text: text, cells: TerminalWidth.cells(of: text), isNull: false)
    }
}
