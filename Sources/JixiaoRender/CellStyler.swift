import JixiaoText

/// Cuts, pads and colours cell text; padding is measured before escape codes are added.
struct CellStyler {
    let color: Bool

    func header(_ text: String, _ column: BoxLayout.FittedColumn) -> String {
        let cut = TerminalWidth.truncate(text, toCells: column.width)
        let padded = TerminalWidth.pad(cut, toCells: column.width, alignment: column.shown.alignment)
        return styled(padded, .bold)
    }

    func body(_ cell: ShownColumn.Cell, _ column: BoxLayout.FittedColumn) -> String {
        let fits = cell.cells <= column.width
        let text = fits ? cell.text : TerminalWidth.truncate(cell.text, toCells: column.width)
        let cells = fits ? cell.cells : TerminalWidth.cells(of: text)
        let padded = TerminalWidth.pad(text, measured: cells, toCells: column.width, alignment: column.shown.alignment)
        if cell.isNull { return styled(padded, .dim) }
        return column.shown.isNumeric ? styled(padded, .number) : padded
    }

    func elision(_ column: BoxLayout.FittedColumn) -> String {
        styled(TerminalWidth.pad("…", measured: 1, toCells: column.width, alignment: column.shown.alignment), .dim)
    }

    func footer(_ text: String) -> String { styled(text, .dim) }

    /// Styles only the non-blank part so that padding stays uncoloured.
    private func styled(_ padded: String, _ style: ANSIStyle) -> String {
        guard color else { return padded }
        let leading = padded.prefix { $0 == " " }
        let rest = padded.dropFirst(leading.count)
        let core = rest.reversed().drop { $0 == " " }.count
        let body = rest.prefix(core)
        let trailing = rest.dropFirst(core)
        return String(leading) + style.apply(String(body), enabled: true) + String(trailing)
    }
}
