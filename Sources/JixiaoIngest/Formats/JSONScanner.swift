/// Reads JSON values from bytes without recursion, so a file nested 100,000 levels deep is a clear
/// error (`maxDepth`) instead of a stack overflow.
///
/// Scalars are read into values; an object or array below the row level is kept as its JSON text,
/// found by counting brackets with an explicit depth, which is all the table needs from it.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    /// The 1-based line at `position`.
    private(set) var line = 1

    /// Deeper nesting than this is refused: no real table nests so deep, and a hostile file should
    /// not make the reader work through millions of brackets for one cell.
    static let maxDepth = 512

    struct Failure: Error {
        var line: Int
        var message: String
        /// False for valid JSON that cannot be a table (see `JSONTableReader.cellBudget`).
        var isSyntax = true
    }

    enum Scalar {
        case null
        case boolean(Bool)
        case number(NumberScanner.Scanned, Range<Int>)
        case string(String)
        /// A nested object or array, as its JSON text.
        case nested(String)
    }

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int) {
        self.bytes = bytes
        self.position = start
    }

    var atEnd: Bool { position >= bytes.count }

    /// The next byte that is not white space, without consuming it; nil at the end.
    mutating func peek() -> UInt8? {
        while position < bytes.count {
            switch bytes[position] {
            case 0x0A: line += 1
            case 0x20, 0x09, 0x0D: break
            default: return bytes[position]
            }
            position += 1
        }
        return nil
    }

    /// Consumes `byte` (after white space) or fails with `expected`.
    mutating func expect(_ byte: UInt8, _ expected: String) throws(Failure) {
        guard peek() == byte else { throw failure("expected \(expected)") }
        position += 1
    }

    /// Consumes `byte` when it comes next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        position += 1
        return true
    }

    func failure(_ message: String) -> Failure {
        let found: String
        if position >= bytes.count {
            found = "the end of the file"
        } else {
            let b = bytes[position]
            found = b >= 0x20 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte \(b)"
        }
        return Failure(line: line, message: "\(message), found \(found)")
    }

    /// A value at `depth` (the depth of the container holding it).
    mutating func value(depth: Int) throws(Failure) -> Scalar {
        guard let b = peek() else { throw failure("expected a value") }
        switch b {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .nested(try nestedText(depth: depth))
        case UInt8(ascii: "t"): try literal("true"); return .boolean(true)
        case UInt8(ascii: "f"): try literal("false"); return .boolean(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return try number()
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        for expected in word.utf8 {
            guard position < bytes.count, bytes[position] == expected else { throw failure("expected \(word)") }
            position += 1
        }
    }

    private mutating func number() throws(Failure) -> Scalar {
        let start = position
        while position < bytes.count, Self.isNumberByte(bytes[position]) { position += 1 }
        let range = start..<position
        guard !range.isEmpty else { throw failure("expected a value") }
        if let n = NumberScanner.scan(UnsafeBufferPointer(rebasing: bytes[range])) { return .number(n, range) }
        // A number beyond ±1.8e308 (`1e999`) is valid JSON: kept as its text, as a CSV cell is.
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        if Double(text) != nil, text.first != "+", !text.hasPrefix("0") || text.hasPrefix("0.") || text == "0" {
            return .string(text)
        }
        position = start
        throw failure("expected a value")
    }

    private static func isNumberByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
            || b | 0x20 == UInt8(ascii: "e")
    }

    /// A string, escapes undone.
    mutating func string() throws(Failure) -> String {
        try expect(UInt8(ascii: "\""), "a string")
        let start = position
        var plain = true
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") { plain = false; position += 1 }
            if b == 0x0A { line += 1 }
            position += 1
        }
        guard position < bytes.count else { throw failure("a string is not closed") }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
        position += 1
        let decoded = plain ? String(validating: raw, as: UTF8.self) : try Self.unescape(raw, line: line)
        guard let decoded else { throw Failure(line: line, message: "a string is not valid UTF-8") }
        return decoded
    }

    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>, line: Int) throws(Failure) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var pendingHigh: UInt32?
        var k = 0
        while k < raw.count {
            let b = raw[k]
            k += 1
            guard b == UInt8(ascii: "\\"), k < raw.count else {
                out.append(b)
                continue
            }
            let e = raw[k]
            k += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard k + 4 <= raw.count,
                    let unit = UInt32(
                        String(decoding: UnsafeBufferPointer(rebasing: raw[k..<(k + 4)]), as: UTF8.self), radix: 16)
                else {
                    throw Failure(line: line, message: "a \\u escape needs four hex digits")
                }
                k += 4
                var scalarValue = unit
                if (0xD800..<0xDC00).contains(unit) {
                    pendingHigh = unit
                    continue
                }
                if (0xDC00..<0xE000).contains(unit), let high = pendingHigh {
                    scalarValue = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                }
                pendingHigh = nil
                let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: out.append(e)
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    /// The JSON text of the object or array starting here, found by counting brackets outside strings.
    private mutating func nestedText(depth: Int) throws(Failure) -> String {
        let start = position
        let startLine = line
        var level = 0
        while position < bytes.count {
            let b = bytes[position]
            switch b {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                level += 1
                if depth + level > Self.maxDepth {
                    throw Failure(
                        line: line,
                        message:
                            "nested more than \(Self.maxDepth) levels deep (the nesting starts on line \(startLine))")
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                level -= 1
                if level == 0 {
                    position += 1
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                }
            case UInt8(ascii: "\""):
                _ = try string()
                continue
            case 0x0A: line += 1
            default: break
            }
            position += 1
        }
        throw Failure(line: startLine, message: "an object or array opened here is never closed")
    }
}
