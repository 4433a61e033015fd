/// Numbers 64-bit keys 0, 1, 2, … in order of first sight, in an open-addressing table of its own:
/// grouping on a wide integer or decimal key, or on a pair of key codes, hashes one word per row
/// instead of going through `Dictionary`'s generic hashing.
struct DenseCoder {
    private var keys: [UInt64]
    /// Code + 1 per slot; 0 marks an empty slot.
    private var codes: [UInt32]
    private var mask: Int
    private(set) var count = 0

    init(expected: Int = 16) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        codes = [UInt32](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// The code of `key`, giving it the next one when it is new.
    @inline(__always)
    mutating func code(_ key: UInt64) -> UInt32 {
        var slot = Self.slot(key, mask)
        while true {
            let c = codes[slot]
            if c == 0 { break }
            if keys[slot] == key { return c - 1 }
            slot = (slot + 1) & mask
        }
        let code = UInt32(count)
        keys[slot] = key
        codes[slot] = code + 1
        count += 1
        if count * 2 > codes.count { grow() }
        return code
    }

    private mutating func grow() {
        let oldKeys = keys, oldCodes = codes
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        codes = [UInt32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for i in oldCodes.indices where oldCodes[i] != 0 {
            var slot = Self.slot(oldKeys[i], mask)
            while codes[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = oldKeys[i]
            codes[slot] = oldCodes[i]
        }
    }

    /// A multiplicative hash whose high bits pick the slot, so that consecutive keys spread out.
    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
