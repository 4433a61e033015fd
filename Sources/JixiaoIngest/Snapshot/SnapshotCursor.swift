/// Reads the little-endian fields of one section's payload front to back; running past its end
/// is an error, never a read outside the buffer.
struct SnapshotCursor {
    let bytes: UnsafeRawBufferPointer
    let file: String
    let part: String
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer, file: String, part: String) {
        self.bytes = bytes
        self.file = file
        self.part = part
    }

    var remaining: Int { bytes.count - offset }
    var atEnd: Bool { offset == bytes.count }

    private mutating func take(_ n: Int) throws -> Int {
        guard n >= 0, n <= remaining else {
            throw SnapshotError.invalid(file, reason: "the \(part) ends inside a field")
        }
        defer { offset += n }
        return offset
    }

    mutating func u8() throws -> UInt8 { bytes[try take(1)] }

    mutating func u32() throws -> UInt32 {
        UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(4), as: UInt32.self))
    }

    mutating func u64() throws -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(8), as: UInt64.self))
    }

    mutating func i64() throws -> Int64 { Int64(bitPattern: try u64()) }

    /// A count that must fit in what is left when each item takes at least `minimumSize` bytes,
    /// so a forged count cannot make the reader reserve memory for items that are not there.
    mutating func count(minimumSize: Int) throws -> Int {
        let n = try u64()
        guard n <= UInt64(remaining / max(1, minimumSize)) else {
            throw SnapshotError.invalid(file, reason: "the \(part) counts more items than it holds")
        }
        return Int(n)
    }

    mutating func string() throws -> String {
        let n = Int(try u32())
        let start = try take(n)
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + n)]), as: UTF8.self)
    }
}
