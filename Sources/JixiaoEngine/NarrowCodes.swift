/// Dictionary codes of one or two bytes a row, for a string column whose dictionary has at most
/// 256 or 65,536 values: levels, units, operators, statuses, regions, project names.
///
/// Most text columns of the documents have few distinct values, and at a hundred million rows
/// four-byte codes for a nine-value `level2` are gigabytes for nothing. Filters, grouping, sorts
/// and windows read these codes directly; anything else gets four-byte codes a batch at a time
/// (`Column.slice`) or for the whole column (`Column.widened`).
public enum NarrowCodes: Sendable {
    case bytes([UInt8])
    case pairs([UInt16])

    /// The narrowest codes for a dictionary of `dictionaryCount` values; nil when four bytes are needed.
    public static func narrowing(_ codes: [UInt32], dictionaryCount: Int) -> NarrowCodes? {
        if dictionaryCount <= 1 << 8 { return .bytes(codes.map { UInt8(truncatingIfNeeded: $0) }) }
        if dictionaryCount <= 1 << 16 { return .pairs(codes.map { UInt16(truncatingIfNeeded: $0) }) }
        return nil
    }

    public var count: Int {
        switch self {
        case .bytes(let a): return a.count
        case .pairs(let a): return a.count
        }
    }

    @inline(__always)
    public subscript(row: Int) -> UInt32 {
        switch self {
        case .bytes(let a): return UInt32(a[row])
        case .pairs(let a): return UInt32(a[row])
        }
    }

    public func widened() -> [UInt32] {
        switch self {
        case .bytes(let a): return a.map { UInt32($0) }
        case .pairs(let a): return a.map { UInt32($0) }
        }
    }

    /// Rows `range` as four-byte codes.
    public func widened(_ range: Range<Int>) -> [UInt32] {
        switch self {
        case .bytes(let a): return a[range].map { UInt32($0) }
        case .pairs(let a): return a[range].map { UInt32($0) }
        }
    }

    func gather(_ selection: Selection) -> NarrowCodes {
        switch self {
        case .bytes(let a): return .bytes(Column.gather(a, selection))
        case .pairs(let a): return .pairs(Column.gather(a, selection))
        }
    }
}

extension Column {
    /// The dictionary of a string column, whatever the width of its codes.
    public var dictionary: StringDictionary? {
        switch data {
        case .string(_, let dictionary), .narrowString(_, let dictionary): return dictionary
        default: return nil
        }
    }

    /// The dictionary code of one row of a string column, whatever its width (nil for other types).
    @inline(__always)
    public func code(at row: Int) -> UInt32? {
        switch data {
        case .string(let codes, _): return codes[row]
        case .narrowString(let codes, _): return codes[row]
        default: return nil
        }
    }
}
