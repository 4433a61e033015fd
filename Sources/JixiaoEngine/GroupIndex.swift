/// Which group each row belongs to, with groups numbered 0..<groupCount in order of first appearance.
public struct GroupIndex: Sendable {
    public let groupOfRow: [Int32]
    public let groupCount: Int
    /// The first row of each group, used to emit the key values.
    public let firstRow: [Int32]

    /// One group holding every row (an `agg` without `group`).
    public static func single(rowCount: Int) -> GroupIndex {
        GroupIndex(groupOfRow: [Int32](repeating: 0, count: rowCount), groupCount: 1,
                   firstRow: rowCount > 0 ? [0] : [])
    }

    /// Groups rows by the values of `keys`. Each key column is first turned into dense integer
    /// codes (dictionary codes for strings, a hash of the value for numbers; null is its own code),
    /// then the codes are combined pairwise, so hashing is always on integers.
    public static func build(keys: [Column], rowCount: Int) -> GroupIndex {
        guard !keys.isEmpty else { return single(rowCount: rowCount) }
        var combined = denseCodes(keys[0], rowCount: rowCount)
        for key in keys.dropFirst() {
            let next = denseCodes(key, rowCount: rowCount)
            combined = combine(combined.codes, next.codes, rowCount: rowCount)
        }
        // Renumber by first appearance so output order is the order rows were seen.
        return renumber(combined.codes, rowCount: rowCount)
    }

    private static func renumber(_ codes: [UInt32], rowCount: Int) -> GroupIndex {
        var map = [Int32](repeating: -1, count: (codes.max().map { Int($0) + 1 }) ?? 0)
        var groups = [Int32](repeating: 0, count: rowCount)
        var firstRow: [Int32] = []
        for i in 0..<rowCount {
            let c = Int(codes[i])
            if map[c] < 0 {
                map[c] = Int32(firstRow.count)
                firstRow.append(Int32(i))
            }
            groups[i] = map[c]
        }
        return GroupIndex(groupOfRow: groups, groupCount: firstRow.count, firstRow: firstRow)
    }

    /// Dense codes 0..<n for one column's values; null rows share one code.
    static func denseCodes(_ column: Column, rowCount: Int) -> (codes: [UInt32], count: Int) {
        var codes = [UInt32](repeating: 0, count: rowCount)
        switch column.data {
        case .string(let rowCodes, let dict):
            // Dictionary codes are dense and distinct already.
            let nullCode = UInt32(dict.count)
            for i in 0..<rowCount { codes[i] = column.isNull(i) ? nullCode : rowCodes[i] }
            return (codes, dict.count + 1)
        case .boolean(let a):
            for i in 0..<rowCount { codes[i] = column.isNull(i) ? 2 : (a[i] ? 1 : 0) }
            return (codes, 3)
        case .integer(let a):
            if let dense = denseIntegerCodes(a, column.validity) { return dense }
            var seen: [Int64: UInt32] = [:]
            let nullCode = UInt32.max
            for i in 0..<rowCount {
                if column.isNull(i) { codes[i] = nullCode; continue }
                if let c = seen[a[i]] { codes[i] = c } else {
                    let c = UInt32(seen.count); seen[a[i]] = c; codes[i] = c
                }
            }
            return fixNullCode(codes, nullCode, seen.count)
        case .double(let a):
            var seen: [UInt64: UInt32] = [:]
            let nullCode = UInt32.max
            for i in 0..<rowCount {
                if column.isNull(i) { codes[i] = nullCode; continue }
                let key = (a[i] == 0 ? 0.0 : a[i]).bitPattern   // -0.0 and 0.0 are one group
                if let c = seen[key] { codes[i] = c } else {
                    let c = UInt32(seen.count); seen[key] = c; codes[i] = c
                }
            }
            return fixNullCode(codes, nullCode, seen.count)
        }
    }

    /// Codes for integers of a narrow range (years, small counts, ids of a few thousand) from an
    /// array indexed by value, numbered by first appearance as the general path numbers them; nil
    /// when the range is too wide for such an array.
    private static func denseIntegerCodes(_ a: [Int64], _ validity: Bitmap?) -> (codes: [UInt32], count: Int)? {
        var lo = Int64.max, hi = Int64.min
        for i in a.indices where validity?[i] ?? true {
            lo = Swift.min(lo, a[i]); hi = Swift.max(hi, a[i])
        }
        if lo > hi { return ([UInt32](repeating: 0, count: a.count), 1) }   // only nulls
        let (span, overflow) = hi.subtractingReportingOverflow(lo)
        guard !overflow, span < 1 << 20, span <= Int64(a.count) * 4 else { return nil }
        var codeOf = [UInt32](repeating: .max, count: Int(span) + 1)
        var codes = [UInt32](repeating: 0, count: a.count)
        var distinct: UInt32 = 0
        var nullRows: [Int] = []
        for i in a.indices {
            guard validity?[i] ?? true else { nullRows.append(i); continue }
            let slot = Int(a[i] &- lo)
            if codeOf[slot] == .max { codeOf[slot] = distinct; distinct += 1 }
            codes[i] = codeOf[slot]
        }
        for i in nullRows { codes[i] = distinct }
        return (codes, Int(distinct) + 1)
    }

    private static func fixNullCode(_ codes: [UInt32], _ nullCode: UInt32, _ distinct: Int) -> ([UInt32], Int) {
        var codes = codes
        let replacement = UInt32(distinct)
        for i in codes.indices where codes[i] == nullCode { codes[i] = replacement }
        return (codes, distinct + 1)
    }

    private static func combine(_ a: [UInt32], _ b: [UInt32], rowCount: Int) -> (codes: [UInt32], count: Int) {
        var seen: [UInt64: UInt32] = [:]
        var out = [UInt32](repeating: 0, count: rowCount)
        for i in 0..<rowCount {
            let key = UInt64(a[i]) << 32 | UInt64(b[i])
            if let c = seen[key] { out[i] = c } else {
                let c = UInt32(seen.count); seen[key] = c; out[i] = c
            }
        }
        return (out, seen.count)
    }
}
