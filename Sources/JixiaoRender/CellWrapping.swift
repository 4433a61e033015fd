import JixiaoText

/// Long cell text folded onto several lines of a box table's row (`.wrap N`).
///
/// Chinese text has no spaces, so lines break between any two characters; a line of Latin text
/// breaks at its last space when there is one in the line's second half, so words stay whole.
/// The last allowed line ends in `…` when text is left over.
enum CellWrapping {
    static func lines(_ text: String, cells width: Int, maxLines: Int) -> [String] {
        guard maxLines > 1, width > 1, TerminalWidth.cells(of: text) > width else {
            return [TerminalWidth.truncate(text, toCells: width)]
        }
        var lines: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty && lines.count < maxLines - 1 {
            var used = 0
            var end = rest.startIndex
            var lastSpace: String.Index?
            while end < rest.endIndex {
                let w = TerminalWidth.cells(of: String(rest[end]))
                if used + w > width { break }
                used += w
                if rest[end] == " " { lastSpace = end }
                end = rest.index(after: end)
            }
            if end == rest.endIndex {
                lines.append(String(rest))
                return lines
            }
            if let space = lastSpace,
                rest.distance(from: rest.startIndex, to: space) * 2 >= rest.distance(from: rest.startIndex, to: end)
            {
                end = rest.index(after: space)
            }
            if end == rest.startIndex { end = rest.index(after: end) }
            lines.append(String(rest[..<end]).trimmingTrailingSpaces())
            rest = rest[end...].drop { $0 == " " }
        }
        if !rest.isEmpty { lines.append(TerminalWidth.truncate(String(rest), toCells: width)) }
        return lines
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
