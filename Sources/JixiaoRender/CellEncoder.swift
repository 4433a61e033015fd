import JixiaoEngine

/// How a machine format spells the cells of a column.
struct CellSpelling: Sendable {
    /// Bytes written for a null cell.
    var null: [UInt8]
    /// The bytes of one string value, escaped and quoted as the format needs.
    var string: @Sendable (String) -> [UInt8]
    /// Whether NaN and ±infinity are written as `null` (JSON has no spelling for them).
    var nonFiniteAsNull: Bool = false
}

/// Writes the cells of one column as bytes without boxing them into `Value`s.
///
/// Strings are dictionary-encoded, so each distinct string is escaped once and its bytes reused
/// for every row that holds it; a column with far more distinct strings than rows to write (a
/// slice of a big table) escapes row by row instead.
struct CellEncoder {
    private enum Storage {
        case integer([Int64])
        case double([Double])
        case boolean([Bool])
        case encodedStrings(codes: [UInt32], bytes: [[UInt8]])
        case strings(codes: [UInt32], dictionary: StringDictionary)
    }

    private let storage: Storage
    private let validity: Bitmap?
    private let spelling: CellSpelling

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let nullBytes = Array("null".utf8)

    init(_ column: Column, rowsToWrite: Int, spelling: CellSpelling) {
        self.validity = column.validity
        self.spelling = spelling
        switch column.data {
        case .integer(let values): storage = .integer(values)
        case .double(let values): storage = .double(values)
        case .boolean(let values): storage = .boolean(values)
        case .string(let codes, let dictionary):
            if dictionary.count <= max(rowsToWrite, 1024) {
                storage = .encodedStrings(codes: codes, bytes: dictionary.values.map(spelling.string))
            } else {
                storage = .strings(codes: codes, dictionary: dictionary)
            }
        }
    }

    /// Whether the column holds numbers (writers right-align or leave them unquoted).
    var isNumeric: Bool {
        switch storage {
        case .integer, .double: return true
        default: return false
        }
    }

    @inline(__always)
    func append(row: Int, to out: inout OutputBuffer) {
        if let validity, !validity[row] {
            out.append(spelling.null)
            return
        }
        switch storage {
        case .integer(let values):
            out.appendDecimal(values[row])
        case .double(let values):
            let d = values[row]
            if spelling.nonFiniteAsNull, !d.isFinite {
                out.append(CellEncoder.nullBytes)
            } else {
                NumberText.append(d, to: &out)
            }
        case .boolean(let values):
            out.append(values[row] ? CellEncoder.trueBytes : CellEncoder.falseBytes)
        case .encodedStrings(let codes, let bytes):
            out.append(bytes[Int(codes[row])])
        case .strings(let codes, let dictionary):
            out.append(spelling.string(dictionary.values[Int(codes[row])]))
        }
    }
}
