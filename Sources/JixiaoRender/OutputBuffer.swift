/// UTF-8 bytes being written, handed on in chunks so that a large export need not be held whole.
///
/// Writers append bytes and call `endRecord()` after each row; once the buffer passes
/// `chunkSize` it is passed to the sink and emptied. Without a sink everything stays in `bytes`.
struct OutputBuffer {
    private(set) var bytes: [UInt8] = []
    private let sink: (([UInt8]) -> Void)?
    private let chunkSize: Int

    init(sink: (([UInt8]) -> Void)? = nil, chunkSize: Int = 1 << 16, reserving capacity: Int = 0) {
        self.sink = sink
        self.chunkSize = chunkSize
        bytes.reserveCapacity(sink == nil ? capacity : chunkSize + 4096)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    @inline(__always)
    mutating func append(_ chunk: [UInt8]) { bytes.append(contentsOf: chunk) }

    @inline(__always)
    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    @inline(__always)
    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: chunk) }

    /// Marks the end of a row: the point where a full chunk may be handed on.
    @inline(__always)
    mutating func endRecord() {
        if let sink, bytes.count >= chunkSize {
            sink(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// Hands on whatever is left.
    mutating func finish() {
        if let sink, !bytes.isEmpty {
            sink(bytes)
            bytes.removeAll()
        }
    }

    /// Everything written, when there is no sink.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension Array where Element == UInt8 {
    /// Appends `value` in decimal without going through a String.
    mutating func appendDecimal(_ value: Int64) {
        if value == 0 { append(0x30); return }
        if value < 0 { append(0x2D) }
        // The magnitude as UInt64, so that Int64.min does not overflow.
        var magnitude = value.magnitude
        let first = count
        while magnitude > 0 {
            append(UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30)
            magnitude /= 10
        }
        self[first...].reverse()
    }
}
