import Testing

@testable import JixiaoIngest

/// The interner gives equal bytes one code and different bytes different codes, whatever their
/// length: short runs are compared as words, long ones with memcmp.
@Suite("Interning cells by their bytes")
struct ByteStringInternerTests {
    @Test func byteRunsAreEqualOnlyWhenEveryByteIs() {
        for length in 0...40 {
            let base = (0..<length).map { UInt8(truncatingIfNeeded: 0x41 + $0) }
            base.withUnsafeBufferPointer { a in
                let copy = base
                copy.withUnsafeBufferPointer { b in #expect(sameBytes(a, b), "length \(length)") }
                for k in 0..<length {
                    var changed = base
                    changed[k] ^= 0x80
                    changed.withUnsafeBufferPointer { b in
                        #expect(!sameBytes(a, b), "length \(length), byte \(k) differs")
                    }
                }
                let longer = base + [0]
                longer.withUnsafeBufferPointer { b in #expect(!sameBytes(a, b), "length \(length) vs one more") }
            }
        }
    }

    @Test func equalTextGetsOneCodeAndDistinctTextItsOwn() {
        var interner = ByteStringInterner()
        let words = ["产出指标", "数量指标", "a", "ab", "abc", "abcd", "abcdefgh", "abcdefghi", "产出指标", "ab", ""]
        var codes: [UInt32] = []
        for word in words {
            let bytes = Array(word.utf8)
            let code = bytes.withUnsafeBufferPointer { b in
                interner.code(for: b) { String(decoding: $0, as: UTF8.self) }
            }
            codes.append(code!)
        }
        #expect(codes == [0, 1, 2, 3, 4, 5, 6, 7, 0, 3, 8])
        #expect(interner.values == ["产出指标", "数量指标", "a", "ab", "abc", "abcd", "abcdefgh", "abcdefghi", ""])
    }
}
