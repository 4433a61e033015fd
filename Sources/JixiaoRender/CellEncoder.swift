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

/// Spells the cells of one column as bytes without boxing them into `Value`s.
///
/// It encodes a whole run of rows per call, so the type dispatch happens once per batch and the
/// loop over rows is tight. Strings are dictionary-encoded, so each distinct string is escaped
/// once and its bytes reused for every row that holds it; a column with far more distinct strings
/// than rows to write (a slice of a big table) escapes row by row instead.
struct CellEncoder {
    private enum Storage {
        case integer([Int64])
        case double([Double])
        case boolean([Bool])
        case dates([Int32])
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
        // Written whole, so plain storage once: compact numbers decoded, narrow codes widened.
        let column = column.widened
        self.validity = column.validity
        self.spelling = spelling
        switch column.data {
        case .integer(let values): storage = .integer(values)
        case .double(let values): storage = .double(values)
        case .boolean(let values): storage = .boolean(values)
        case .date(let values): storage = .dates(values)
        case .compact, .narrowString: preconditionFailure("widened above")
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

    /// Appends the cells of `rows` to `batch`.
    func encode(_ rows: Range<Int>, into batch: inout CellBatch) {
        switch storage {
        case .integer(let values):
            for row in rows {
                if isNull(row) { batch.append(spelling.null) } else { batch.appendDecimal(values[row]) }
                batch.endCell()
            }
        case .double(let values):
            for row in rows {
                let d = values[row]
                if isNull(row) {
                    batch.append(spelling.null)
                } else if spelling.nonFiniteAsNull, !d.isFinite {
                    batch.append(CellEncoder.nullBytes)
                } else {
                    batch.append(d)
                }
                batch.endCell()
            }
        case .boolean(let values):
            for row in rows {
                batch.append(isNull(row) ? spelling.null : values[row] ? CellEncoder.trueBytes : CellEncoder.falseBytes)
                batch.endCell()
            }
        case .dates(let values):
            // ISO text, quoted where the format quotes text (a JSON string "2024-03-01").
            for row in rows {
                batch.append(isNull(row) ? spelling.null : spelling.string(CivilDay.iso(values[row])))
                batch.endCell()
            }
        case .encodedStrings(let codes, let bytes):
            for row in rows {
                batch.append(isNull(row) ? spelling.null : bytes[Int(codes[row])])
                batch.endCell()
            }
        case .strings(let codes, let dictionary):
            for row in rows {
                batch.append(isNull(row) ? spelling.null : spelling.string(dictionary.values[Int(codes[row])]))
                batch.endCell()
            }
        }
    }

    @inline(__always)
    private func isNull(_ row: Int) -> Bool {
        guard let validity else { return false }
        return !validity[row]
    }
}
