import Foundation
import JixiaoEngine

/// Interns a column's text cells straight from the file's bytes into a `StringDictionaryBuilder`.
///
/// A column of ten million cells usually holds a few thousand distinct values; looking bytes up in
/// an open-addressing table of their own means a `String` is made once per distinct value, not once
/// per cell, and Swift's `String` hashing, which normalises Unicode, is never used: values are
/// distinct by their bytes (by code point, as the engine compares strings).
struct ByteStringInterner {
    private var arena: [UInt8] = []
    /// Per distinct value: its start in `arena`, its length, its hash and its dictionary code.
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var hashes: [UInt64] = []
    private var codes: [UInt32] = []
    /// Open-addressing slots holding an entry index + 1 (0 = empty).
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    /// The distinct values in code order.
    private(set) var values: [String] = []

    /// The code of `bytes`, decoding them with `decode` the first time they are seen;
    /// nil when `decode` refuses them (the caller then reads the file in another encoding).
    mutating func code(for bytes: UnsafeBufferPointer<UInt8>, decode: (UnsafeBufferPointer<UInt8>) -> String?) -> UInt32? {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { break }
            if hashes[entry] == hash, equals(entry, bytes) { return codes[entry] }
            slot = (slot + 1) & mask
        }
        guard let text = decode(bytes) else { return nil }
        let code = UInt32(values.count)
        values.append(text)
        starts.append(arena.count)
        lengths.append(bytes.count)
        arena.append(contentsOf: bytes)
        hashes.append(hash)
        codes.append(code)
        slots[slot] = Int32(codes.count)
        if codes.count * 2 > slots.count { grow() }
        return code
    }

    private func equals(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lengths[entry] == bytes.count else { return false }
        guard let base = bytes.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { a in memcmp(a.baseAddress! + starts[entry], base, bytes.count) == 0 }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for entry in 0..<codes.count {
            var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(entry + 1)
        }
        slots = bigger
    }

    /// Eight bytes at a time, multiplied and mixed, so the low bits used for the slot depend on
    /// every byte; a byte at a time (FNV) was a fifth of the whole load.
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
        var shift: UInt64 = 0
        while k < bytes.count {
            tail |= UInt64(base[k]) << shift
            shift += 8
            k += 1
        }
        h = (h ^ tail) &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }
}
