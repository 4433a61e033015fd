/// The 64-bit xxHash of a byte range (Yann Collet's XXH64), written here from its specification.
///
/// It checksums each section of a snapshot file: at several gigabytes a second it costs little
/// beside reading the file, where a byte-at-a-time CRC32 would take longer than the read itself.
/// The loop takes four 8-byte lanes per 32-byte stripe through raw pointers, so nothing is
/// bounds-checked or done per byte except in the last seven bytes.
public enum XXHash64 {
    static let p1: UInt64 = 11_400_714_785_074_694_791
    static let p2: UInt64 = 14_029_467_366_897_019_727
    static let p3: UInt64 = 1_609_587_929_392_839_161
    static let p4: UInt64 = 9_650_029_242_287_828_579
    static let p5: UInt64 = 2_870_177_450_012_600_261

    /// The hash of bytes that arrive in pieces: every piece but the last a whole number of
    /// 32-byte stripes, so a large buffer can be hashed a slice at a time while that slice is
    /// still in the cache it was just read into.
    public struct State {
        private var v1: UInt64, v2: UInt64, v3: UInt64, v4: UInt64
        private let seed: UInt64
        private var length = 0

        public init(seed: UInt64 = 0) {
            self.seed = seed
            v1 = seed &+ p1 &+ p2
            v2 = seed &+ p2
            v3 = seed
            v4 = seed &- p1
        }

        /// Takes `bytes`, whose count must be a multiple of 32 (the caller chooses the pieces).
        public mutating func update(stripes bytes: UnsafeRawBufferPointer) {
            precondition(bytes.count & 31 == 0, "XXHash64.State: a piece that is not whole stripes")
            guard let base = bytes.baseAddress else { return }
            var a = v1, b = v2, c = v3, d = v4
            var offset = 0
            let n = bytes.count
            while offset < n {
                a = round(a, load64(base, offset))
                b = round(b, load64(base, offset + 8))
                c = round(c, load64(base, offset + 16))
                d = round(d, load64(base, offset + 24))
                offset += 32
            }
            v1 = a
            v2 = b
            v3 = c
            v4 = d
            length += n
        }

        /// The hash of every piece so far followed by `tail` (any length).
        public func finish(tail: UnsafeRawBufferPointer) -> UInt64 {
            var state = self
            let whole = tail.count & ~31
            if whole > 0 { state.update(stripes: UnsafeRawBufferPointer(rebasing: tail[0..<whole])) }
            return state.digest(UnsafeRawBufferPointer(rebasing: tail[whole...]))
        }

        /// The final mix over fewer than 32 remaining bytes.
        private func digest(_ rest: UnsafeRawBufferPointer) -> UInt64 {
            var h: UInt64
            if length >= 32 {
                h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
                h = merge(h, v1)
                h = merge(h, v2)
                h = merge(h, v3)
                h = merge(h, v4)
            } else {
                h = seed &+ p5
            }
            let n = rest.count
            h &+= UInt64(length + n)
            guard let base = rest.baseAddress, n > 0 else { return avalanche(h) }
            var offset = 0
            while offset + 8 <= n {
                h ^= round(0, load64(base, offset))
                h = rotl(h, 27) &* p1 &+ p4
                offset += 8
            }
            if offset + 4 <= n {
                h ^= UInt64(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) &* p1
                h = rotl(h, 23) &* p2 &+ p3
                offset += 4
            }
            while offset < n {
                h ^= UInt64(base.load(fromByteOffset: offset, as: UInt8.self)) &* p5
                h = rotl(h, 11) &* p1
                offset += 1
            }
            return avalanche(h)
        }
    }

    public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        State(seed: seed).finish(tail: bytes)
    }

    public static func hash(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
        bytes.withUnsafeBytes { hash($0, seed: seed) }
    }

    @inline(__always)
    static func load64(_ base: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inline(__always)
    static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    @inline(__always)
    static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
        rotl(acc &+ input &* p2, 31) &* p1
    }

    @inline(__always)
    static func merge(_ acc: UInt64, _ value: UInt64) -> UInt64 {
        (acc ^ round(0, value)) &* p1 &+ p4
    }

    @inline(__always)
    static func avalanche(_ input: UInt64) -> UInt64 {
        var h = input
        h ^= h >> 33
        h &*= p2
        h ^= h >> 29
        h &*= p3
        h ^= h >> 32
        return h
    }
}
