import JixiaoEngine

/// What a `.jxdb` snapshot holds: a session's tables in catalog order, with their columns'
/// names and Chinese labels, and the warnings of the loads that made them (Docs/jxdb.md).
public struct Snapshot: Sendable {
    /// One named table of the snapshot.
    public struct Entry: Sendable {
        public var name: String
        public var table: Table

        public init(name: String, table: Table) {
            self.name = name
            self.table = table
        }
    }

    public var tables: [Entry]
    public var warnings: [LoadWarning]

    public init(tables: [Entry], warnings: [LoadWarning]) {
        self.tables = tables
        self.warnings = warnings
    }

    /// The first eight bytes of every snapshot: a high byte first, so that no text file starts
    /// with it, then `JXDB`, then CR LF, ^Z and LF, which a transfer that rewrites line ends or
    /// stops at ^Z would damage visibly (the PNG signature's idea).
    public static let magic: [UInt8] = [0x89, 0x4A, 0x58, 0x44, 0x42, 0x0D, 0x0A, 0x1A]
    /// The format version this build writes and the only one it reads.
    public static let version: UInt32 = 1
    /// Magic (8), version (4), flags (4), section count (8), checksum of those 24 bytes (8).
    static let headerSize = 32
    /// Kind (4), reserved (4), payload length (8), checksum of the payload (8).
    static let sectionHeaderSize = 24

    /// Whether `bytes` start like a snapshot file (the content decides, not the extension).
    public static func looksLikeSnapshot(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.count >= magic.count && zip(bytes.prefix(magic.count), magic).allSatisfy { $0 == $1 }
    }
}

/// The kind of a snapshot section, the first field of its header.
enum SnapshotSection: UInt32 {
    /// Table names, row counts, and each column's name, labels, type and whether it has nulls.
    case catalog = 1
    /// The load warnings.
    case warnings = 2
    /// A validity bitmap: 64-bit little-endian words, bit i set where row i holds a value.
    case validity = 3
    /// 64-bit little-endian integers, one per row.
    case integers = 4
    /// IEEE-754 doubles as 64-bit little-endian bit patterns, one per row.
    case doubles = 5
    /// One byte per row, 0 or 1.
    case booleans = 6
    /// A string dictionary: value count, count + 1 byte offsets, then the UTF-8 bytes.
    case dictionary = 7
    /// 32-bit little-endian dictionary codes, one per row.
    case codes = 8
    /// 32-bit little-endian days since 1970-01-01, one per row.
    case dates = 9
    /// 32-bit little-endian mantissas of a compact number column, one per row (the scale is the
    /// column's type in the catalog).
    case mantissas = 10
    /// Dictionary codes of one byte, one per row.
    case byteCodes = 11
    /// 16-bit little-endian dictionary codes, one per row.
    case pairCodes = 12

    /// The payload's byte count for a column of `rows` rows, or nil when it depends on the
    /// values (a dictionary, the catalog and the warnings).
    func payloadSize(rows: Int) -> Int? {
        switch self {
        case .validity: return ((rows + 63) >> 6) * 8
        case .integers, .doubles: return rows * 8
        case .booleans: return rows
        case .codes, .dates, .mantissas: return rows * 4
        case .byteCodes: return rows
        case .pairCodes: return rows * 2
        case .catalog, .warnings, .dictionary: return nil
        }
    }

    var label: String {
        switch self {
        case .catalog: return "catalog"
        case .warnings: return "warnings"
        case .validity: return "null bitmap"
        case .integers: return "integers"
        case .doubles: return "decimals"
        case .booleans: return "booleans"
        case .dictionary: return "string dictionary"
        case .codes: return "string codes"
        case .dates: return "dates"
        case .mantissas: return "compact numbers"
        case .byteCodes, .pairCodes: return "string codes"
        }
    }
}

/// How each column type is stored: its tag in the catalog and the sections that hold its values
/// after the optional null bitmap. A new type is its line here, a section kind above, and its
/// case where `SnapshotPayload` decodes and `SnapshotWriter` encodes it (the compiler points at
/// each through the exhaustive switches).
///
/// The narrow storage of the engine (`CompactNumbers`, `NarrowCodes`) has types of its own, so a
/// column is saved and opened as narrow as it was loaded: integers as 32-bit mantissas (tag 5),
/// decimals as mantissas over 10^scale (tags 10–19, the scale the tag less 10), and strings with
/// one- or two-byte codes (tags 6 and 7).
struct SnapshotColumnType: Sendable {
    let type: DataType
    let tag: UInt8
    let sections: [SnapshotSection]
    /// For compact numbers: the power of ten the mantissas are over.
    var scale: Int? = nil

    static let integer = SnapshotColumnType(type: .integer, tag: 0, sections: [.integers])
    static let double = SnapshotColumnType(type: .double, tag: 1, sections: [.doubles])
    static let boolean = SnapshotColumnType(type: .boolean, tag: 2, sections: [.booleans])
    static let string = SnapshotColumnType(type: .string, tag: 3, sections: [.dictionary, .codes])
    static let date = SnapshotColumnType(type: .date, tag: 4, sections: [.dates])
    static let compactInteger = SnapshotColumnType(type: .integer, tag: 5, sections: [.mantissas], scale: 0)
    static let byteString = SnapshotColumnType(type: .string, tag: 6, sections: [.dictionary, .byteCodes])
    static let pairString = SnapshotColumnType(type: .string, tag: 7, sections: [.dictionary, .pairCodes])
    static let compactDecimals: [SnapshotColumnType] = (0...CompactNumbers.maximumScale).map { scale in
        SnapshotColumnType(type: .double, tag: UInt8(10 + scale), sections: [.mantissas], scale: scale)
    }

    static let all: [SnapshotColumnType] =
        [integer, double, boolean, string, date, compactInteger, byteString, pairString] + compactDecimals

    /// The type a column is saved as: its logical type in the storage it has.
    static func of(_ column: Column) -> SnapshotColumnType {
        switch column.data {
        case .integer: return integer
        case .double: return double
        case .boolean: return boolean
        case .string: return string
        case .date: return date
        case .compact(let numbers): return numbers.isInteger ? compactInteger : compactDecimals[numbers.scale]
        case .narrowString(let codes, _):
            switch codes {
            case .bytes: return byteString
            case .pairs: return pairString
            }
        }
    }

    static func tagged(_ tag: UInt8) -> SnapshotColumnType? { all.first { $0.tag == tag } }
}
