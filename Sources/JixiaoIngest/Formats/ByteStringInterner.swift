import Foundation
import JixiaoEngine

/// Interns a column's text cells straight from the file's bytes.
///
/// A column of ten million cells usually holds a few thousand distinct values; looking bytes up in
/// an open-addressing table of their own means a `String` is made once per distinct value, not once
/// per cell, and Swift's `String` hashing, which normalises Unicode, is never used: values are
/// distinct by their bytes (by code point, as the engine compares strings). A value's code is its
/// position in `values`.
///
/// A lookup touches two places: its slot, which holds a tag of the hash, the code and where the
/// value's bytes are, and those bytes (each preceded by its length in the arena). A tag that
/// differs moves on without touching the arena.
struct ByteStringInterner {
    /// Each distinct value as its length (4 bytes, little-endian) followed by its bytes.
    private var arena: [UInt8] = []
    /// Where each code's length prefix starts in `arena`.
    private var offsets: [Int] = []
    private var slots: [Slot] = Array(repeating: Slot(), count: 64)
    /// The distinct values in code order.
    private(set) var values: [String] = []

    private struct Slot {
        /// The upper half of the hash, then code + 1 (0 = empty slot).
        var key: UInt64 = 0
        var offset: Int = 0
    }

    var count: Int { values.count }

    /// The code of `bytes`, decoding them with `decode` the first time they are seen;
    /// nil when `decode` refuses them (the caller then reads the file in another encoding).
    @inline(__always)
    mutating func code(
        for bytes: UnsafeBufferPointer<UInt8>, decode: (UnsafeBufferPointer<UInt8>) -> String?
    ) -> UInt32? {
        let probe = lookUp(bytes)
        if let found = probe.code { return found }
        guard let text = decode(bytes) else { return nil }
        return add(bytes, text, probe)
    }

    /// Where `bytes` are or would go: their code when they are already interned.
    struct Probe {
        let code: UInt32?
        fileprivate let hash: UInt64
        fileprivate let slot: Int
    }

    @inline(__always)
    func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> Probe {
        let hash = Self.hash(bytes)
        let (found, slot) = find(bytes, hash)
        return Probe(code: found, hash: hash, slot: slot)
    }

    /// Interns new `bytes` as `text`, where `lookUp` (with nothing added since) found room.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String, _ probe: Probe) -> UInt32 {
        insert(bytes, text, probe.hash, at: probe.slot)
    }

    /// This interner's code for each value of `other`, by `other`'s code; values it lacks are
    /// added in `other`'s code order. Joining the interners of consecutive parts of a file this
    /// way gives the codes one interner reading the parts in order would have given.
    mutating func absorb(_ other: ByteStringInterner) -> [UInt32] {
        var codes = [UInt32]()
        codes.reserveCapacity(other.count)
        other.arena.withUnsafeBufferPointer { theirs in
            for (k, offset) in other.offsets.enumerated() {
                let bytes = Self.value(at: offset, in: theirs)
                let probe = lookUp(bytes)
                codes.append(probe.code ?? add(bytes, other.values[k], probe))
            }
        }
        return codes
    }

    /// The code of the value with these bytes, or the empty slot where it would go.
    @inline(__always)
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> (UInt32?, Int) {
        let mask = slots.count - 1
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var i = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                while true {
                    let slot = slots[i]
                    if slot.key == 0 { return (nil, i) }
                    if slot.key & 0xFFFF_FFFF_0000_0000 == tag, sameBytes(Self.value(at: slot.offset, in: arena), bytes)
                    {
                        return (UInt32(truncatingIfNeeded: slot.key) - 1, i)
                    }
                    i = (i + 1) & mask
                }
            }
        }
    }

    /// The bytes of the value whose length prefix starts at `offset`.
    @inline(__always)
    private static func value(at offset: Int, in arena: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let length = Int(UnsafeRawPointer(arena.baseAddress! + offset).loadUnaligned(as: UInt32.self).littleEndian)
        return UnsafeBufferPointer(start: arena.baseAddress! + offset + 4, count: length)
    }

    private mutating func insert(
        _ bytes: UnsafeBufferPointer<UInt8>, _ text: String, _ hash: UInt64, at slot: Int
    ) -> UInt32 {
        let code = UInt32(values.count)
        let offset = arena.count
        values.append(text)
        offsets.append(offset)
        withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { arena.append(contentsOf: $0) }
        arena.append(contentsOf: bytes)
        slots[slot] = Slot(key: hash & 0xFFFF_FFFF_0000_0000 | UInt64(code + 1), offset: offset)
        if values.count * 2 > slots.count { grow() }
        return code
    }

    private mutating func grow() {
        var bigger = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = bigger.count - 1
        arena.withUnsafeBufferPointer { arena in
            for (code, offset) in offsets.enumerated() {
                let hash = Self.hash(Self.value(at: offset, in: arena))
                var i = Int(truncatingIfNeeded: hash) & mask
                while bigger[i].key != 0 { i = (i + 1) & mask }
                bigger[i] = Slot(key: hash & 0xFFFF_FFFF_0000_0000 | UInt64(code + 1), offset: offset)
            }
        }
        slots = bigger
    }

    /// Eight bytes at a time, multiplied and mixed, so the low bits used for the slot depend on
    /// every byte; a byte at a time (FNV) was a fifth of the whole load.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var k = 0
        while k + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            k += 8
        }
        var tail: UInt64 = 0
        if k < bytes.count, bytes.count >= 8 {
            // The last eight bytes, overlapping the ones already mixed in.
            tail = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
        } else {
            var shift: UInt64 = 0
            while k < bytes.count {
                tail |= UInt64(base[k]) << shift
                shift += 8
                k += 1
            }
        }
        h = (h ^ tail) &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }
}

/// Whether two byte runs are equal. Runs of up to 16 bytes (most cells) are compared as two
/// overlapping words, in line: a call to `memcmp` for each was a twentieth of a load.
@inline(__always)
func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = a.count
    guard n == b.count else { return false }
    guard let x = a.baseAddress, let y = b.baseAddress else { return true }
    let p = UnsafeRawPointer(x), q = UnsafeRawPointer(y)
    switch n {
    case 8...16:
        return p.loadUnaligned(as: UInt64.self) == q.loadUnaligned(as: UInt64.self)
            && p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                == q.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
    case 4..<8:
        return p.loadUnaligned(as: UInt32.self) == q.loadUnaligned(as: UInt32.self)
            && p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
                == q.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
    case 1..<4:
        return x[0] == y[0] && x[n / 2] == y[n / 2] && x[n - 1] == y[n - 1]
    case 0:
        return true
    default:
        return memcmp(x, y, n) == 0
    }
}
