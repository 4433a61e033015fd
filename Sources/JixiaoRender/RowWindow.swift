/// Which rows of a long table the box renderer draws: the first and last few around a gap.
///
/// Only these rows are ever turned into text, so drawing a million-row result costs no more than
/// drawing forty.
struct RowWindow: Equatable {
    /// Rows drawn above the `…` row (all rows when nothing is left out).
    let head: Range<Int>
    /// Rows drawn below the `…` row; empty when nothing is left out.
    let tail: Range<Int>
    let totalRows: Int

    /// `maxRows` of zero or less means no limit.
    init(rowCount: Int, maxRows: Int) {
        totalRows = rowCount
        if maxRows <= 0 || rowCount <= maxRows {
            head = 0..<rowCount
            tail = rowCount..<rowCount
        } else {
            head = 0..<((maxRows + 1) / 2)
            tail = (rowCount - maxRows / 2)..<rowCount
        }
    }

    var shownCount: Int { head.count + tail.count }
    var isElided: Bool { shownCount < totalRows }

    /// The drawn row numbers, in order.
    var rows: [Int] { Array(head) + Array(tail) }
}
