/// Chooses column widths so that a box table fits the terminal.
///
/// Text gives way, the widest first, so that long names and goals are cut before anything else;
/// the header of a numeric column counts as text and may shrink toward its values, but the numbers
/// themselves are never cut: a cut number is a wrong number. If the table still does not fit at
/// minimum widths, the rightmost columns are left out.
struct ColumnFitter {
    struct Demand {
        /// Cells the column would like: its widest header or value.
        var natural: Int
        /// Cells it can be cut down to.
        var minimum: Int
    }

    /// Narrowest a text column is cut to (`项目…` or `depar…`), unless it is narrower anyway.
    static let textMinimum = 6

    /// The demand of a column from its header and the widest of its drawn values.
    static func demand(headerCells: Int, bodyCells: Int, isNumeric: Bool) -> Demand {
        let natural = max(1, headerCells, bodyCells)
        let minimum =
            isNumeric
            ? min(natural, max(bodyCells, textMinimum))
            : min(natural, textMinimum)
        return Demand(natural: natural, minimum: minimum)
    }

    /// Cells a table of these column widths takes: `│ a │ b │`.
    static func tableCells(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + 3 * widths.count + 1
    }

    /// The widths of the first `widths.count` columns that fit into `width` cells. At least one
    /// column is always kept; if even that cannot fit, it is cut to whatever room there is.
    static func fit(_ demands: [Demand], into width: Int) -> [Int] {
        guard !demands.isEmpty else { return [] }
        for kept in stride(from: demands.count, through: 1, by: -1) {
            let candidates = Array(demands[0..<kept])
            let room = width - (3 * kept + 1)
            let minimumTotal = candidates.reduce(0) { $0 + $1.minimum }
            if minimumTotal > room && kept > 1 { continue }
            var widths = candidates.map(\.natural)
            shrink(&widths, candidates, to: room)
            if kept == 1 { widths[0] = min(widths[0], max(1, room)) }
            return widths
        }
        return [max(1, width - 4)]
    }

    /// Takes cells from the widest column, then the next widest, until the total is `room` or
    /// every column is at its minimum: wide columns converge while narrow ones keep their text.
    private static func shrink(_ widths: inout [Int], _ demands: [Demand], to room: Int) {
        var excess = widths.reduce(0, +) - room
        while excess > 0 {
            var widest = -1, runnerUp = 0
            for i in widths.indices where widths[i] > demands[i].minimum {
                if widest < 0 || widths[i] > widths[widest] {
                    if widest >= 0 { runnerUp = max(runnerUp, widths[widest]) }
                    widest = i
                } else {
                    runnerUp = max(runnerUp, widths[i])
                }
            }
            guard widest >= 0 else { return }
            // Bring the widest down to the runner-up in one step, or by one when they tie.
            let target = max(demands[widest].minimum, min(runnerUp, widths[widest] - 1))
            let cut = min(excess, widths[widest] - target)
            widths[widest] -= cut
            excess -= cut
        }
    }
}
