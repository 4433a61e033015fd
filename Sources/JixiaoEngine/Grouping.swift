/// Which group each row belongs to, in the form aggregates consume it.
///
/// Rows are first put in *slots*, numbered so that finding a row's slot is an array read, not a
/// hash lookup: a string key's slot is its dictionary code, a narrow integer's is its distance
/// from the smallest value, and several keys combine by mixed radix (year slot × level2 slots +
/// level2 slot). A string column without nulls is its own slot column, copied nowhere. Only
/// keys too wide for that (decimals, ids spread over billions) go through a hash table. The
/// groups are the slots that hold rows, numbered in the order their first rows appear, which is
/// the order results are shown in.
public struct Grouping: Sendable {
    /// The slot of every row; nil when there are no keys and every row is in slot 0, or when
    /// the slots are `narrowSlotOfRow`.
    public let slotOfRow: [UInt32]?
    /// The slots of one narrow text key without nulls: its one- or two-byte codes, read in
    /// place (four-byte copies of them would be fresh memory on every query).
    public let narrowSlotOfRow: NarrowCodes?
    public let slotCount: Int
    /// The slot of each group, groups in order of first appearance.
    public let slotOfGroup: [Int32]
    /// The first row of each group.
    public let firstRow: [Int32]

    public var groupCount: Int { slotOfGroup.count }

    /// One group holding every row (an `agg` without `group`), even when there are no rows.
    public static func single(rowCount: Int) -> Grouping {
        Grouping(slotOfRow: nil, slotCount: 1, slotOfGroup: [0], firstRow: rowCount > 0 ? [0] : [])
    }

    init(
        slotOfRow: [UInt32]?, narrowSlotOfRow: NarrowCodes? = nil, slotCount: Int, slotOfGroup: [Int32],
        firstRow: [Int32]
    ) {
        self.slotOfRow = slotOfRow
        self.narrowSlotOfRow = narrowSlotOfRow
        self.slotCount = slotCount
        self.slotOfGroup = slotOfGroup
        self.firstRow = firstRow
    }

    /// The groups of one narrow text key without nulls, its codes being the slots.
    private static func build(narrow codes: NarrowCodes, slotCount: Int, rowCount: Int) -> Grouping {
        let (slotOfGroup, firstRow): ([Int32], [Int32])
        switch codes {
        case .bytes(let a): (slotOfGroup, firstRow) = groups(a, slotCount: slotCount, rowCount: rowCount)
        case .pairs(let a): (slotOfGroup, firstRow) = groups(a, slotCount: slotCount, rowCount: rowCount)
        }
        return Grouping(
            slotOfRow: nil, narrowSlotOfRow: codes, slotCount: slotCount, slotOfGroup: slotOfGroup, firstRow: firstRow)
    }

    /// The occupied slots in order of their first rows, and those rows: the groups.
    private static func groups<Slot: FixedWidthInteger>(
        _ slotOfRow: [Slot], slotCount: Int, rowCount: Int
    ) -> (slotOfGroup: [Int32], firstRow: [Int32]) {
        var groupOfSlot = [Int32](repeating: -1, count: slotCount)
        var slotOfGroup: [Int32] = [], firstRow: [Int32] = []
        slotOfRow.withUnsafeBufferPointer { slots in
            groupOfSlot.withUnsafeMutableBufferPointer { group in
                for row in 0..<rowCount where group[Int(slots[row])] < 0 {
                    let slot = Int(slots[row])
                    group[slot] = Int32(slotOfGroup.count)
                    slotOfGroup.append(Int32(slot))
                    firstRow.append(Int32(row))
                }
            }
        }
        return (slotOfGroup, firstRow)
    }

    /// The slots of rows `range` written to `out` (which holds `range.count`).
    @inline(__always)
    func writeSlots(_ range: Range<Int>, to out: UnsafeMutablePointer<UInt32>) {
        switch narrowSlotOfRow {
        case .bytes(let a)?:
            a.withUnsafeBufferPointer { s in for (k, r) in range.enumerated() { out[k] = UInt32(s[r]) } }
        case .pairs(let a)?:
            a.withUnsafeBufferPointer { s in for (k, r) in range.enumerated() { out[k] = UInt32(s[r]) } }
        case nil: for k in 0..<range.count { out[k] = 0 }
        }
    }

    public static func build(keys: [Column], rowCount: Int) -> Grouping {
        guard let first = keys.first else { return single(rowCount: rowCount) }
        if keys.count == 1, first.validity == nil, case .narrowString(let codes, let dict) = first.data,
            rowCount == codes.count
        {
            return build(narrow: codes, slotCount: Swift.max(dict.count, 1), rowCount: rowCount)
        }
        // Narrow text keys without nulls go last, where their codes are mixed in as they are
        // stored; the order of the keys changes slot numbers, never which rows share a group,
        // and groups are numbered by their first rows.
        func isNarrow(_ c: Column) -> Bool {
            if c.validity == nil, case .narrowString = c.data { return true }
            return false
        }
        let ordered = keys.filter { !isNarrow($0) } + keys.filter(isNarrow)
        var combined = KeyCodes(ordered[0], rowCount: rowCount)
        for key in ordered.dropFirst() {
            if case .narrowString(let codes, let dict) = key.data, key.validity == nil,
                let mixed = combined.combined(withNarrow: codes, count: Swift.max(dict.count, 1), rowCount: rowCount)
            {
                combined = mixed
                continue
            }
            combined = combined.combined(with: KeyCodes(key, rowCount: rowCount), rowCount: rowCount)
        }
        let (slotOfGroup, firstRow) = groups(combined.codes, slotCount: combined.count, rowCount: rowCount)
        return Grouping(
            slotOfRow: combined.codes, slotCount: combined.count, slotOfGroup: slotOfGroup, firstRow: firstRow)
    }

    /// Every row's slot as an array, for kernels that read all rows at once.
    public func slots(rowCount: Int) -> [UInt32] {
        slotOfRow ?? narrowSlotOfRow?.widened() ?? [UInt32](repeating: 0, count: rowCount)
    }

    /// A column of one value per slot, reduced to one value per group in group order.
    public func perGroup(_ perSlot: Column) -> Column {
        if slotOfGroup.count == slotCount, slotOfGroup.enumerated().allSatisfy({ $0.offset == Int($0.element) }) {
            return perSlot
        }
        return perSlot.gather(slotOfGroup)
    }
}

/// One key column's rows as codes 0..<count, null rows sharing a code of their own.
struct KeyCodes {
    var codes: [UInt32]
    var count: Int

    init(codes: [UInt32], count: Int) {
        self.codes = codes
        self.count = count
    }

    init(_ column: Column, rowCount: Int) {
        switch column.data {
        case .string(let rowCodes, let dict):
            // A dictionary far larger than the rows (a filtered table) would make most slots empty.
            if dict.count <= Swift.max(2 * rowCount, 4096) {
                guard let validity = column.validity else {
                    self.init(codes: rowCodes, count: Swift.max(dict.count, 1))
                    return
                }
                self.init(
                    codes: Self.withNulls(rowCodes, validity, nullCode: UInt32(dict.count)), count: dict.count + 1)
            } else {
                self = Self.hashed(rowCount, column.validity) { UInt64(rowCodes[$0]) }
            }
        case .narrowString(let codes, let dict):
            // The codes are the slots; as four-byte slot numbers.
            self.init(
                Column(.string(codes: codes.widened(), dictionary: dict), validity: column.validity), rowCount: rowCount
            )
        case .boolean(let a):
            var codes = [UInt32](repeating: 2, count: rowCount)
            for i in 0..<rowCount where !column.isNull(i) { codes[i] = a[i] ? 1 : 0 }
            self.init(codes: codes, count: 3)
        case .integer(let a):
            self =
                Self.narrow(a, column.validity) ?? Self.hashed(rowCount, column.validity) { UInt64(bitPattern: a[$0]) }
        case .date(let a):
            // Dates of a few years are a narrow range of days, so they are slots like years.
            let days = a.map { Int64($0) }
            self =
                Self.narrow(days, column.validity)
                ?? Self.hashed(rowCount, column.validity) { UInt64(bitPattern: days[$0]) }
        case .double(let a):
            // -0.0 and 0.0 are one group.
            self = Self.hashed(rowCount, column.validity) { (a[$0] == 0 ? 0.0 : a[$0]).bitPattern }
        case .compact(let c):
            // One scale for the column: equal numbers are equal mantissas (and -0.0 never compacts).
            let m = c.mantissas
            self =
                Self.narrow(m, column.validity)
                ?? Self.hashed(rowCount, column.validity) { UInt64(bitPattern: Int64(m[$0])) }
        }
    }

    /// `codes` with null rows set to `nullCode`.
    private static func withNulls(_ codes: [UInt32], _ validity: Bitmap, nullCode: UInt32) -> [UInt32] {
        var out = codes
        for i in 0..<out.count where !validity[i] { out[i] = nullCode }
        return out
    }

    /// Integers of a narrow range (years, small counts, ids of a few thousand) coded by their
    /// distance from the smallest; nil when the range is too wide for slots.
    private static func narrow<T: FixedWidthInteger & SignedInteger>(_ a: [T], _ validity: Bitmap?) -> KeyCodes? {
        var lo = Int64.max, hi = Int64.min
        a.withUnsafeBufferPointer { values in
            if let validity {
                for i in 0..<values.count where validity[i] {
                    lo = Swift.min(lo, Int64(values[i])); hi = Swift.max(hi, Int64(values[i]))
                }
            } else {
                for v in values { lo = Swift.min(lo, Int64(v)); hi = Swift.max(hi, Int64(v)) }
            }
        }
        if lo > hi { return KeyCodes(codes: [UInt32](repeating: 0, count: a.count), count: 1) }  // only nulls
        let (span, overflow) = hi.subtractingReportingOverflow(lo)
        guard !overflow, span < 1 << 22, span <= Int64(a.count) * 2 + 1024 else { return nil }
        let nullCode = UInt32(span + 1)
        let codes = [UInt32](unsafeUninitializedCapacity: a.count) { out, initialized in
            a.withUnsafeBufferPointer { values in
                for i in 0..<values.count { out[i] = UInt32(truncatingIfNeeded: Int64(values[i]) &- lo) }
            }
            if let validity { for i in 0..<a.count where !validity[i] { out[i] = nullCode } }
            initialized = a.count
        }
        return KeyCodes(codes: codes, count: Int(span) + 2)
    }

    /// Codes through a hash table of each valid row's 64-bit key; null rows get code 0.
    private static func hashed(_ rowCount: Int, _ validity: Bitmap?, _ key: (Int) -> UInt64) -> KeyCodes {
        var coder = DenseCoder()
        var codes = [UInt32](repeating: 0, count: rowCount)
        for i in 0..<rowCount where validity?[i] ?? true { codes[i] = coder.code(key(i)) + 1 }
        return KeyCodes(codes: codes, count: coder.count + 1)
    }

    /// Mixed with a narrow key's codes read in place, when the product of the counts is small
    /// enough for slots; nil otherwise.
    func combined(withNarrow other: NarrowCodes, count otherCount: Int, rowCount: Int) -> KeyCodes? {
        let (product, overflow) = count.multipliedReportingOverflow(by: otherCount)
        guard !overflow, product <= Swift.max(2 * rowCount, 1 << 16), other.count == rowCount else { return nil }
        func mix<T: FixedWidthInteger>(_ b: [T]) -> [UInt32] {
            let radix = UInt32(otherCount)
            return [UInt32](unsafeUninitializedCapacity: rowCount) { out, initialized in
                self.codes.withUnsafeBufferPointer { a in
                    b.withUnsafeBufferPointer { b in
                        for i in 0..<rowCount { out[i] = a[i] &* radix &+ UInt32(truncatingIfNeeded: b[i]) }
                    }
                }
                initialized = rowCount
            }
        }
        switch other {
        case .bytes(let b): return KeyCodes(codes: mix(b), count: product)
        case .pairs(let b): return KeyCodes(codes: mix(b), count: product)
        }
    }

    /// The codes of both keys at once: by mixed radix when the product of the counts is small
    /// enough for slots, else by a hash of the pair.
    func combined(with other: KeyCodes, rowCount: Int) -> KeyCodes {
        let (product, overflow) = count.multipliedReportingOverflow(by: other.count)
        if !overflow, product <= Swift.max(2 * rowCount, 1 << 16) {
            let radix = UInt32(other.count)
            let codes = [UInt32](unsafeUninitializedCapacity: rowCount) { out, initialized in
                self.codes.withUnsafeBufferPointer { a in
                    other.codes.withUnsafeBufferPointer { b in
                        for i in 0..<rowCount { out[i] = a[i] &* radix &+ b[i] }
                    }
                }
                initialized = rowCount
            }
            return KeyCodes(codes: codes, count: product)
        }
        var coder = DenseCoder()
        var codes = [UInt32](repeating: 0, count: rowCount)
        for i in 0..<rowCount { codes[i] = coder.code(UInt64(self.codes[i]) << 32 | UInt64(other.codes[i])) }
        return KeyCodes(codes: codes, count: coder.count)
    }
}
