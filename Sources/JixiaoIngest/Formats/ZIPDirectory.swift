/// The few facts of a ZIP archive read from its raw bytes before ZIPFoundation opens it: whether
/// it is one at all (for recognising a format from a file's first bytes), the names of the
/// members at its start, and whether any member is encrypted (ZIPFoundation would inflate such a
/// member into noise and fail on its checksum, which says less).
enum ZIPDirectory {
    static let localHeader: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    static let centralHeader: UInt32 = 0x0201_4B50
    static let endOfDirectory: UInt32 = 0x0605_4B50

    static func isArchive(_ bytes: [UInt8]) -> Bool { bytes.starts(with: localHeader) }

    /// The names of the members whose local headers lie in `bytes` (a file's first bytes), in order.
    static func leadingNames(_ bytes: [UInt8]) -> [String] {
        var names: [String] = []
        var p = 0
        while p + 30 <= bytes.count, bytes[p..<p + 4].elementsEqual(localHeader), names.count < 1_000 {
            let flags = u16(bytes, p + 6), compressed = Int(u32(bytes, p + 18))
            let nameLength = Int(u16(bytes, p + 26)), extraLength = Int(u16(bytes, p + 28))
            guard p + 30 + nameLength <= bytes.count else { break }
            names.append(String(decoding: bytes[(p + 30)..<(p + 30 + nameLength)], as: UTF8.self))
            let next = p + 30 + nameLength + extraLength + compressed
            if flags & 0x08 != 0 || compressed == 0 {
                // The size follows the data (a data descriptor): find the next header by its signature.
                guard let found = nextSignature(bytes, from: p + 30 + nameLength) else { break }
                p = found
            } else {
                p = next
            }
        }
        return names
    }

    private static func nextSignature(_ bytes: [UInt8], from start: Int) -> Int? {
        var k = start
        while k + 4 <= bytes.count {
            if bytes[k] == 0x50, bytes[k + 1] == 0x4B, bytes[k + 2] == 0x03, bytes[k + 3] == 0x04 { return k }
            k += 1
        }
        return nil
    }

    /// The name of the first encrypted member listed in the central directory, nil when none is
    /// (or the directory cannot be found, which opening the archive then reports).
    static func encryptedMember(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count >= 22 else { return nil }
        // The end-of-directory record is in the last 64 KB + 22 bytes (its comment is at most 64 KB).
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while end >= lowest, u32(bytes, end) != endOfDirectory { end -= 1 }
        guard end >= lowest else { return nil }
        let entries = Int(u16(bytes, end + 10))
        var p = Int(u32(bytes, end + 16))
        for _ in 0..<entries {
            guard p >= 0, p + 46 <= bytes.count, u32(bytes, p) == centralHeader else { return nil }
            let flags = u16(bytes, p + 8)
            let nameLength = Int(u16(bytes, p + 28)), extra = Int(u16(bytes, p + 30)), comment = Int(u16(bytes, p + 32))
            guard p + 46 + nameLength <= bytes.count else { return nil }
            if flags & 0x01 != 0 {
                return String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[(p + 46)..<(p + 46 + nameLength)]), as: UTF8.self)
            }
            p += 46 + nameLength + extra + comment
        }
        return nil
    }

    /// What is wrong with the archive's directory, nil when every offset in it (the directory,
    /// each member's local header and data) lies inside the file: the checks ZIPFoundation's
    /// reader relies on and does not make. Archives of 4 GB and more (ZIP64) are refused too.
    static func damage(_ bytes: UnsafeBufferPointer<UInt8>) -> String? { walk(bytes).damage }

    /// One member as the directory lists it: where its data is and how it is stored.
    struct Member {
        var name: String
        var method: UInt16
        var crc: UInt32
        var dataStart: Int
        var compressed: Int
        var uncompressed: Int
    }

    /// The members of a sound archive, by name (nil when `damage` finds something wrong).
    static func members(_ bytes: UnsafeBufferPointer<UInt8>) -> [String: Member]? {
        let (members, damage) = walk(bytes)
        guard damage == nil else { return nil }
        var out: [String: Member] = [:]
        for member in members where out[member.name] == nil { out[member.name] = member }
        return out
    }

    private static func walk(_ bytes: UnsafeBufferPointer<UInt8>) -> (members: [Member], damage: String?) {
        var members: [Member] = []
        let damage = walk(bytes, into: &members)
        return (members, damage)
    }

    private static func walk(_ bytes: UnsafeBufferPointer<UInt8>, into members: inout [Member]) -> String? {
        let count = bytes.count
        guard count >= 22 else { return "too short to hold a directory" }
        // The record nearest the end, as ZIPFoundation takes it (it would fail to open the
        // archive otherwise, and leak the memory it opened it in).
        var end = count - 22
        while end >= 0, u32(bytes, end) != endOfDirectory { end -= 1 }
        guard end >= 0 else { return "no end-of-directory record" }
        guard end + 22 + Int(u16(bytes, end + 20)) <= count else { return "the end-of-directory record is cut short" }
        if end >= 20, u32(bytes, end - 20) == zip64Locator { return "a ZIP64 archive, larger than a document can be" }
        let entries = Int(u16(bytes, end + 10))
        let size = Int(u32(bytes, end + 12)), start = Int(u32(bytes, end + 16))
        guard entries != 0xFFFF, size != 0xFFFF_FFFF, start != 0xFFFF_FFFF else {
            return "a ZIP64 archive, larger than a document can be"
        }
        guard start + size <= end else { return "the directory lies outside the file" }
        var p = start
        for _ in 0..<entries {
            guard p + 46 <= count, u32(bytes, p) == centralHeader else { return "a directory entry is broken" }
            let compressed = Int(u32(bytes, p + 20)), uncompressed = Int(u32(bytes, p + 24))
            let nameLength = Int(u16(bytes, p + 28)), extra = Int(u16(bytes, p + 30)), comment = Int(u16(bytes, p + 32))
            let local = Int(u32(bytes, p + 42))
            guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF else {
                return "a ZIP64 member, larger than a document can be"
            }
            guard local + 30 <= count, u32(bytes, local) == localSignature else {
                return "a member's header lies outside the file"
            }
            // ZIPFoundation takes sizes and offsets from a ZIP64 field wherever one stands.
            let localExtra = local + 30 + Int(u16(bytes, local + 26))
            guard p + 46 + nameLength + extra <= count, localExtra + Int(u16(bytes, local + 28)) <= count,
                !hasZIP64Field(bytes, from: p + 46 + nameLength, length: extra),
                !hasZIP64Field(bytes, from: localExtra, length: Int(u16(bytes, local + 28)))
            else {
                return "a ZIP64 member, larger than a document can be"
            }
            let dataStart = local + 30 + Int(u16(bytes, local + 26)) + Int(u16(bytes, local + 28))
            guard dataStart + compressed <= count else { return "a member's data runs past the end of the file" }
            // A stored member is read for its uncompressed size, which a data descriptor after
            // the data may restate: both must agree with the directory.
            if u16(bytes, p + 10) == 0 {
                guard uncompressed == compressed else { return "a stored member's sizes disagree" }
                if u16(bytes, p + 8) & 0x08 != 0 {
                    var d = dataStart + compressed
                    if d + 4 <= count, u32(bytes, d) == descriptorSignature { d += 4 }
                    guard d + 12 <= count, Int(u32(bytes, d + 4)) == compressed, Int(u32(bytes, d + 8)) == uncompressed
                    else {
                        return "a stored member's data descriptor disagrees with the directory"
                    }
                }
            }
            members.append(
                Member(
                    name: String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[(p + 46)..<(p + 46 + nameLength)]), as: UTF8.self),
                    method: u16(bytes, p + 10), crc: u32(bytes, p + 16), dataStart: dataStart,
                    compressed: compressed, uncompressed: uncompressed))
            p += 46 + nameLength + extra + comment
        }
        guard p <= count else { return "the directory runs past the end of the file" }
        return nil
    }

    /// Whether the extra fields at `start` hold a ZIP64 field (header id 1).
    private static func hasZIP64Field(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> Bool {
        var q = start
        while q + 4 <= start + length, q + 4 <= bytes.count {
            if u16(bytes, q) == 0x0001 { return true }
            q += 4 + Int(u16(bytes, q + 2))
        }
        return false
    }

    static let localSignature: UInt32 = 0x0403_4B50
    static let zip64Locator: UInt32 = 0x0706_4B50
    static let descriptorSignature: UInt32 = 0x0807_4B50

    private static func u16<C: RandomAccessCollection>(_ b: C, _ at: Int) -> UInt16
    where C.Element == UInt8, C.Index == Int {
        UInt16(b[at]) | UInt16(b[at + 1]) << 8
    }

    private static func u32<C: RandomAccessCollection>(_ b: C, _ at: Int) -> UInt32
    where C.Element == UInt8, C.Index == Int {
        UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
    }
}
