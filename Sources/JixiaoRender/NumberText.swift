import JixiaoEngine

/// Number text for output, identical to `Value.format` but without its slow path where possible.
///
/// `Value.format` goes through `String(format: "%.15g")`, which costs microseconds per call on
/// Linux; a million-row export would spend most of its time there. Swift's own `description`
/// gives the shortest text that reads back to the same double, and when that text has at most
/// 15 significant digits and no exponent it is exactly what `%.15g` prints (every decimal of up to
/// 15 digits survives a round trip through Double). Anything else falls back to `Value.format`.
enum NumberText {
    static func format(_ d: Double) -> String {
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        guard d.isFinite, abs(d) >= 1e-4 else { return Value.format(d) }
        let text = d.description
        var digits = 0
        var leadingZeros = true
        for byte in text.utf8 {
            switch byte {
            case 0x30:
                if !leadingZeros { digits += 1 }
            case 0x31...0x39:
                leadingZeros = false
                digits += 1
            case 0x2D, 0x2E:
                continue
            default:
                return Value.format(d)  // an exponent, "inf", "nan"
            }
        }
        return digits <= 15 ? text : Value.format(d)
    }

    /// Appends the double's text; integral values skip String altogether.
    static func append(_ d: Double, to bytes: inout [UInt8]) {
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 {
            bytes.appendDecimal(Int64(d))
        } else {
            bytes += format(d).utf8
        }
    }
}
