import Foundation

/// Writes CSV rows straight as bytes into a buffer flushed to the file in large blocks; the
/// generator never builds a `String` per cell, which is what makes 10 million rows take seconds.
struct CSVByteWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var atRowStart = true

    init(path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw BenchError("cannot write \(path)")
        }
        self.handle = handle
        buffer.reserveCapacity(1 << 22)
    }

    private mutating func separate() {
        if !atRowStart { buffer.append(UInt8(ascii: ",")) }
        atRowStart = false
    }

    /// A text cell; the vocabulary never holds commas, quotes or line breaks, so no quoting is needed.
    mutating func text(_ bytes: [UInt8]) {
        separate()
        buffer.append(contentsOf: bytes)
    }

    /// An optional text cell; nil is the empty cell, which readers take as null.
    mutating func text(_ bytes: [UInt8]?) {
        separate()
        if let bytes { buffer.append(contentsOf: bytes) }
    }

    mutating func empty() { separate() }

    mutating func integer(_ value: Int) {
        separate()
        appendDigits(value)
    }

    /// A number with at most two decimals, written without trailing zeros (`95`, `12.5`, `0.25`).
    mutating func decimal(_ value: Double?) {
        separate()
        guard let value else { return }
        Self.appendDecimal(value, to: &buffer)
    }

    static func appendDecimal(_ value: Double, to out: inout [UInt8]) {
        var cents = Int((abs(value) * 100).rounded())
        if value < 0 && cents > 0 { out.append(UInt8(ascii: "-")) }
        let whole = cents / 100
        cents %= 100
        appendDigits(whole, to: &out)
        guard cents > 0 else { return }
        out.append(UInt8(ascii: "."))
        out.append(UInt8(ascii: "0") + UInt8(cents / 10))
        if cents % 10 != 0 { out.append(UInt8(ascii: "0") + UInt8(cents % 10)) }
    }

    private mutating func appendDigits(_ value: Int) { Self.appendDigits(value, to: &buffer) }

    static func appendDigits(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var v = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                n += 1
            } while v > 0
            for k in stride(from: n - 1, through: 0, by: -1) { out.append(d[k]) }
        }
    }

    mutating func endRow() {
        buffer.append(UInt8(ascii: "\n"))
        atRowStart = true
        if buffer.count >= 1 << 22 { flush() }
    }

    mutating func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() {
        flush()
        try? handle.close()
    }
}

/// A failure of the bench tool, with the message it prints.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
