import JixiaoEngine

/// The rows of a table in COPY's text format: tab-separated, `\N` for null, and backslash,
/// tab, newline and carriage return escaped so any text survives.
enum CopyText {
    static func encode(_ table: Table) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(table.rowCount * max(1, table.columnCount) * 8)
        for row in 0..<table.rowCount {
            for (c, column) in table.columns.enumerated() {
                if c > 0 { out.append(0x09) }
                let value = column[row]
                switch value {
                case .null: out.append(contentsOf: Array("\\N".utf8))
                case .boolean(let b): out.append(b ? UInt8(ascii: "t") : UInt8(ascii: "f"))
                case .integer(let i): out.append(contentsOf: Array(String(i).utf8))
                case .double(let d): out.append(contentsOf: Array(text(d).utf8))
                case .string(let s): escape(s, into: &out)
                case .date(let d): out.append(contentsOf: Array(CivilDay.iso(d).utf8))
                }
            }
            out.append(0x0A)
        }
        return out
    }

    static func text(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "Infinity" : "-Infinity" }
        return "\(d)"
    }

    static func escape(_ s: String, into out: inout [UInt8]) {
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            default: out.append(byte)
            }
        }
    }
}
