/// How output should be shaped for its destination.
public struct RenderOptions: Sendable, Equatable {
    /// Terminal width in cells; the box table and bar chart fit themselves into it.
    public var width: Int
    /// Most data rows the box table shows; beyond it the first and last rows are shown around a
    /// `…` row. Zero or less shows every row. Machine formats always write every row.
    public var maxRows: Int
    /// ANSI colour and bold in the box table and bar chart. Off means no escape codes at all.
    public var color: Bool
    /// How the box table, line mode, charts and the HTML report show numbers; machine formats
    /// ignore it and write every digit.
    public var numbers: NumberStyle
    /// Lines a long text cell of the box table may take (`.wrap N`); 1 cuts it with `…`.
    public var wrapLines: Int
    /// Footers and notes of drawn tables in Chinese (`.lang zh`).
    public var chineseText = false
    /// What each column's numbers are, by position, as the bound plan knows them (empty, or nil
    /// for a column, where no plan says: the column's name is read instead).
    public var columnRoles: [ColumnRole?] = []

    /// The plan's role of column `i`, if it gave one.
    func role(ofColumn i: Int) -> ColumnRole? { i < columnRoles.count ? columnRoles[i] : nil }

    public init(
        width: Int = 100, maxRows: Int = 40, color: Bool = false, numbers: NumberStyle = .plain, wrapLines: Int = 1
    ) {
        self.width = width
        self.maxRows = maxRows
        self.color = color
        self.numbers = numbers
        self.wrapLines = wrapLines
    }
}
