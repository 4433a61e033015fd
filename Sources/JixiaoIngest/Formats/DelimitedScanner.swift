import CLoadKernels

/// Splits delimited text into fields, straight on the file's bytes (RFC 4180).
///
/// Works for UTF-8 and GB18030 alike: in both, the bytes of `,`, tab, `"`, CR and LF never occur
/// inside a multi-byte character. Quoted fields may hold delimiters, doubled quotes and line
/// breaks; a field's bytes are handed out without copying unless a doubled quote must be undone,
/// in which case they are unescaped into a scratch buffer owned by the scanner (call `release`).
struct DelimitedScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    private(set) var position: Int
    /// The 1-based line the scanner is on; lines inside quoted fields count.
    private(set) var line: Int
    /// The line of a quoted field still open at the end of the file, if any.
    private(set) var unterminatedQuoteLine: Int?
    /// The first line where text followed a closing quote (`"ab"c`); the text is kept in the field.
    private(set) var strayQuoteLine: Int?
    private var scratch: UnsafeMutableBufferPointer<UInt8>

    private static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, start: Int = 0, line: Int = 1) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.position = start
        self.line = line
        self.scratch = .allocate(capacity: 256)
    }

    mutating func release() { scratch.deallocate() }

    var atEnd: Bool { position >= bytes.count }

    /// The next field of the current record; `endsRecord` is true for a record's last field.
    /// The bytes stay valid until the next call.
    mutating func nextField() -> (cell: UnsafeBufferPointer<UInt8>, endsRecord: Bool) {
        let cell = position < bytes.count && bytes[position] == Self.quote ? quotedField() : plainField()
        return (cell, finishField())
    }

    /// Splits the next record in one go when it is plain: not blank, no field opening with a
    /// quote, at most `maxFields` fields; field k goes to `slot[k * stride]`. Returns the field
    /// count, or nil with nothing consumed when `nextField` must read the record instead. The
    /// fields are exactly those `nextField` would give (see CLoadKernels).
    @inline(__always)
    mutating func plainRecord(into slot: UnsafeMutablePointer<CellSpan>, stride: Int, maxFields: Int) -> Int? {
        guard let base = bytes.baseAddress, position < bytes.count else { return nil }
        var next = 0
        var lineBreak: Int32 = 0
        let fields = jx_split_plain_record(
            base + position, bytes.count - position, delimiter, slot, stride,
            maxFields, &next, &lineBreak)
        guard fields >= 0 else { return nil }
        position += next
        if lineBreak != 0 { line += 1 }
        return fields
    }

    private mutating func plainField() -> UnsafeBufferPointer<UInt8> {
        let start = position
        let d = delimiter
        // Eight bytes at a time while eight remain: the first byte that is the delimiter, a CR or
        // an LF is where the field ends.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let delimiters = ones &* UInt64(d), crs = ones &* UInt64(Self.cr), lfs = ones &* UInt64(Self.lf)
            while position + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
                let found = Self.zeroBytes(word ^ delimiters) | Self.zeroBytes(word ^ crs) | Self.zeroBytes(word ^ lfs)
                if found != 0 {
                    position += found.trailingZeroBitCount >> 3
                    return UnsafeBufferPointer(rebasing: bytes[start..<position])
                }
                position += 8
            }
        }
        while position < bytes.count {
            let b = bytes[position]
            if b == d || b == Self.lf || b == Self.cr { break }
            position += 1
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<position])
    }

    /// The high bit of each zero byte of `x` set (and possibly of bytes above the first zero,
    /// which the caller never looks past): the classic test for a zero byte in a word.
    @inline(__always)
    private static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    private mutating func quotedField() -> UnsafeBufferPointer<UInt8> {
        let openedOn = line
        position += 1
        let start = position
        var escaped = false
        var closed = false
        while position < bytes.count {
            let b = bytes[position]
            if b == Self.quote {
                if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                    escaped = true
                    position += 2
                    continue
                }
                closed = true
                break
            }
            if b == Self.lf { line += 1 }
            position += 1
        }
        let end = position
        if closed { position += 1 } else if unterminatedQuoteLine == nil { unterminatedQuoteLine = openedOn }
        let strayStart = position
        while position < bytes.count {
            let b = bytes[position]
            if b == delimiter || b == Self.lf || b == Self.cr { break }
            position += 1
        }
        if position > strayStart, strayQuoteLine == nil { strayQuoteLine = line }
        guard escaped || position > strayStart else {
            return UnsafeBufferPointer(rebasing: bytes[start..<end])
        }
        return unescape(start..<end, stray: strayStart..<position)
    }

    /// The quoted text with `""` turned into `"`, followed by any text after the closing quote.
    private mutating func unescape(_ range: Range<Int>, stray: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        let needed = range.count + stray.count
        if scratch.count < needed {
            scratch.deallocate()
            scratch = .allocate(capacity: max(needed, scratch.count * 2))
        }
        var n = 0
        var k = range.lowerBound
        while k < range.upperBound {
            let b = bytes[k]
            scratch[n] = b
            n += 1
            k += b == Self.quote ? 2 : 1
        }
        for k in stray {
            scratch[n] = bytes[k]
            n += 1
        }
        return UnsafeBufferPointer(rebasing: scratch[0..<n])
    }

    /// Steps over the delimiter or line break after a field; true when the record ended.
    private mutating func finishField() -> Bool {
        guard position < bytes.count else { return true }
        let b = bytes[position]
        position += 1
        if b == delimiter {
            // A delimiter as the file's last byte still opens an (empty) field.
            return false
        }
        if b == Self.cr, position < bytes.count, bytes[position] == Self.lf { position += 1 }
        line += 1
        return true
    }
}
