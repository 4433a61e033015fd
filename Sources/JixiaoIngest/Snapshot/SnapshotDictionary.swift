import JixiaoEngine

/// A string dictionary's payload: value count `n`, `n + 1` byte offsets, then the UTF-8 bytes.
/// Each value becomes one `String` made straight from its bytes; nothing else is allocated per
/// value, and every offset is checked before it is used.
enum SnapshotDictionary {
    static func decode(
        _ payload: UnsafeRawBufferPointer, _ buffer: SnapshotBuffer, file: String
    ) throws
        -> StringDictionary
    {
        let place = buffer.place
        var cursor = SnapshotCursor(payload, file: file, part: buffer.part)
        let count = try cursor.count(minimumSize: 8)
        let offsetsStart = cursor.offset
        guard payload.count - offsetsStart >= (count + 1) * 8, let base = payload.baseAddress else {
            throw SnapshotError.invalid(file, reason: "the string dictionary of \(place) ends inside its offsets")
        }
        let textStart = offsetsStart + (count + 1) * 8
        let textLength = UInt64(payload.count - textStart)
        let text = base + textStart
        var values: [String] = []
        values.reserveCapacity(count)
        var previous = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offsetsStart, as: UInt64.self))
        guard previous == 0 else {
            throw SnapshotError.invalid(file, reason: "the string dictionary of \(place) has an offset out of order")
        }
        for i in 0..<count {
            let end = UInt64(
                littleEndian: base.loadUnaligned(fromByteOffset: offsetsStart + (i + 1) * 8, as: UInt64.self))
            guard end >= previous, end <= textLength else {
                throw SnapshotError.invalid(
                    file, reason: "the string dictionary of \(place) has an offset out of order")
            }
            let value = UnsafeRawBufferPointer(start: text + Int(previous), count: Int(end - previous))
            values.append(String(decoding: value, as: UTF8.self))
            previous = end
        }
        guard previous == textLength else {
            throw SnapshotError.invalid(
                file, reason: "the string dictionary of \(place) has bytes after its last value")
        }
        return StringDictionary(values)
    }
}
