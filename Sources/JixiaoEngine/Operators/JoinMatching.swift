/// The rows a right, full, semi or anti join keeps, from the pairs of the hash join: a right
/// join is a left join with the sides swapped; a full join is a left join followed by the right
/// rows nothing matched; semi and anti keep each left row once, with a match or without one.
public enum JoinMatching {
    /// Pairs (left row or -1, right row) in right order: every right row, its left matches.
    public static func right(
        leftKeys: [Column], rightKeys: [Column], leftCount: Int, rightCount: Int,
        context: ExecutionContext
    ) throws -> (left: Selection, right: Selection) {
        let swapped = try HashJoin(kind: .left).pairs(
            leftKeys: rightKeys, rightKeys: leftKeys, leftCount: rightCount,
            rightCount: leftCount, context: context)
        let rightRows = swapped.left ?? Selection((0..<swapped.count).map { Int32($0) })
        return (swapped.right, rightRows)
    }

    /// Pairs (left row or -1, right row or -1): the left join's, then each unmatched right row.
    public static func full(
        leftKeys: [Column], rightKeys: [Column], leftCount: Int, rightCount: Int,
        context: ExecutionContext
    ) throws -> (left: Selection, right: Selection) {
        let pairs = try HashJoin(kind: .left).pairs(
            leftKeys: leftKeys, rightKeys: rightKeys, leftCount: leftCount,
            rightCount: rightCount, context: context)
        var left = pairs.left ?? Selection((0..<pairs.count).map { Int32($0) })
        var right = pairs.right
        var matched = [Bool](repeating: false, count: rightCount)
        for r in right where r >= 0 { matched[Int(r)] = true }
        for r in 0..<rightCount where !matched[r] {
            left.append(-1)
            right.append(Int32(r))
        }
        return (left, right)
    }

    /// The left rows that have a match (`semi`) or none (`anti`), each once, in order.
    public static func filter(
        keepingMatched: Bool, leftKeys: [Column], rightKeys: [Column], leftCount: Int,
        rightCount: Int, context: ExecutionContext
    ) throws -> Selection {
        let pairs = try HashJoin(kind: .left).pairs(
            leftKeys: leftKeys, rightKeys: rightKeys, leftCount: leftCount,
            rightCount: rightCount, context: context)
        var hasMatch = [Bool](repeating: false, count: leftCount)
        for i in 0..<pairs.count where pairs.right[i] >= 0 {
            hasMatch[Int(pairs.left?[i] ?? Int32(i))] = true
        }
        var rows = Selection()
        for l in 0..<leftCount where hasMatch[l] == keepingMatched { rows.append(Int32(l)) }
        return rows
    }
}
