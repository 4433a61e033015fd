import JixiaoEngine

/// JSON spelling shared by the JSON and JSON Lines writers.
enum JSONText {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `text` as a JSON string literal, quotes included. Control characters are escaped, as are
    /// U+2028/2029, which JavaScript (unlike JSON) does not allow raw inside a string.
    static func string(_ text: String) -> [UInt8] {
        var plain = true
        for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 {
            plain = false
            break
        }
        if plain { return [0x22] + Array(text.utf8) + [0x22] }
        var bytes: [UInt8] = [0x22]
        bytes.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x08: bytes += [0x5C, 0x62]
            case 0x0C: bytes += [0x5C, 0x66]
            case 0x00..<0x20, 0x2028, 0x2029:
                bytes += Array("\\u".utf8)
                let v = scalar.value
                for shift in [12, 8, 4, 0] { bytes.append(hexDigits[Int((v >> UInt32(shift)) & 0xF)]) }
            default:
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        bytes.append(0x22)
        return bytes
    }

    /// How JSON spells cells: null, numbers bare (non-finite ones as null), strings quoted.
    static let spelling = CellSpelling(null: Array("null".utf8), string: string, nonFiniteAsNull: true)

    /// `"name":` for each column, escaped once.
    static func keys(_ table: Table) -> [[UInt8]] {
        table.names.map { string($0) + [0x3A] }
    }

    /// Row `row` of the current batch as a JSON object, keys in column order.
    @inline(__always)
    static func appendObject(row: Int, keys: [[UInt8]], batch: CellBatch.View, to out: inout OutputBuffer) {
        out.append(0x7B)
        for c in keys.indices {
            if c > 0 { out.append(0x2C) }
            out.append(keys[c])
            batch.append(column: c, row: row, to: &out)
        }
        out.append(0x7D)
    }
}
