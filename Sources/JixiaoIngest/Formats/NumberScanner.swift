/// Reads a field's bytes as a number without making a `String`: CSV columns of millions of
/// numbers would otherwise allocate and throw away a string per cell.
///
/// Integers are `[+-]digits` that fit Int64. Decimals use the exact fast path (a mantissa below
/// 2^53 scaled by a power of ten up to 10^22 is correctly rounded by one IEEE operation) and fall
/// back to the standard library's parser for anything longer. A number with a leading zero before
/// another digit (`0101`, `007`) is a code, not a number, so it is refused.
enum NumberScanner {
    enum Scanned: Equatable {
        case integer(Int64)
        case double(Double)
    }

    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scanned? {
        plain(bytes) ?? general(bytes)
    }

    /// The common spellings, `-?digits` and `-?digits.digits` with at most 15 digits in all,
    /// read in one loop; nil sends anything else (and anything wrong) to `general`.
    @inline(__always)
    private static func plain(_ bytes: UnsafeBufferPointer<UInt8>) -> Scanned? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        var i = 0
        let negative = n > 0 && base[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        let first = i
        var mantissa: UInt64 = 0
        readDigits(base, n, &i, &mantissa)
        let whole = i - first
        guard whole > 0, whole <= 15, whole == 1 || base[first] != UInt8(ascii: "0") else { return nil }
        if i == n { return .integer(negative ? -Int64(mantissa) : Int64(mantissa)) }
        guard base[i] == UInt8(ascii: ".") else { return nil }
        i += 1
        let fractionStart = i
        readDigits(base, n, &i, &mantissa)
        let fraction = i - fractionStart
        // 15 digits stay below 2^53, so one division by an exact power of ten rounds correctly.
        guard i == n, fraction > 0, whole + fraction <= 15 else { return nil }
        let value = Double(mantissa) / powersOfTen[fraction]
        return .double(negative ? -value : value)
    }

    /// Appends the ASCII digits from `i` to `mantissa` (wrapping; callers bound the count).
    @inline(__always)
    private static func readDigits(_ base: UnsafePointer<UInt8>, _ n: Int, _ i: inout Int, _ mantissa: inout UInt64) {
        while i < n {
            let d = base[i] &- 0x30
            if d >= 10 { break }
            mantissa = mantissa &* 10 &+ UInt64(d)
            i += 1
        }
    }

    /// Every spelling `scan` accepts: spaces around, a sign, exponents, long mantissas.
    private static func general(_ bytes: UnsafeBufferPointer<UInt8>) -> Scanned? {
        var i = 0
        var end = bytes.count
        while i < end, bytes[i] == 0x20 { i += 1 }
        while end > i, bytes[end - 1] == 0x20 { end -= 1 }
        guard i < end else { return nil }
        let start = i
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        let digitsStart = i
        var mantissa: UInt64 = 0
        var digitCount = 0
        var overflow = false
        while i < end, let d = digit(bytes[i]) {
            if mantissa > (UInt64.max - 9) / 10 { overflow = true } else { mantissa = mantissa * 10 + UInt64(d) }
            digitCount += 1
            i += 1
        }
        if digitCount > 1, bytes[digitsStart] == UInt8(ascii: "0") { return nil }
        if i == end {
            guard digitCount > 0 else { return nil }
            if !overflow, let value = signed(mantissa, negative) { return .integer(value) }
            return slowDouble(bytes, start, end)
        }
        var fractionDigits = 0
        if bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < end, let d = digit(bytes[i]) {
                if mantissa > (UInt64.max - 9) / 10 { overflow = true } else { mantissa = mantissa * 10 + UInt64(d) }
                fractionDigits += 1
                i += 1
            }
        }
        guard digitCount + fractionDigits > 0 else { return nil }
        var exponent = 0
        if i < end, bytes[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            var expNegative = false
            if i < end, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
                expNegative = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            let expStart = i
            while i < end, let d = digit(bytes[i]) {
                if exponent < 100_000 { exponent = exponent * 10 + d }
                i += 1
            }
            guard i > expStart else { return nil }
            if expNegative { exponent = -exponent }
        }
        guard i == end else { return nil }
        let scale = exponent - fractionDigits
        if !overflow, mantissa < (1 << 53), abs(scale) <= 22 {
            let m = Double(mantissa)
            let value = scale < 0 ? m / powersOfTen[-scale] : m * powersOfTen[scale]
            return .double(negative ? -value : value)
        }
        return slowDouble(bytes, start, end)
    }

    /// Whether the bytes spell `true` or `false`, in any letter case (Excel writes `TRUE`).
    static func boolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        func matches(_ word: StaticString) -> Bool {
            guard bytes.count == word.utf8CodeUnitCount else { return false }
            let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            for k in 0..<bytes.count where bytes[k] | 0x20 != w[k] { return false }
            return true
        }
        if matches("true") { return true }
        if matches("false") { return false }
        return nil
    }

    @inline(__always)
    private static func digit(_ b: UInt8) -> Int? {
        b &- 0x30 < 10 ? Int(b &- 0x30) : nil
    }

    private static func signed(_ magnitude: UInt64, _ negative: Bool) -> Int64? {
        if negative {
            if magnitude <= UInt64(Int64.max) { return -Int64(magnitude) }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    private static func slowDouble(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Scanned? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        return .double(value)
    }

    private static let powersOfTen: [Double] = (0...22).map { k in
        var p = 1.0
        for _ in 0..<k { p *= 10 }
        return p
    }
}
