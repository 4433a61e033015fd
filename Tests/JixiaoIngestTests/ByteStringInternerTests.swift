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

    @Test func codesSurviveTheTableGrowingForShortAndLongValues() {
        // Values of 1 to 20 bytes, many differing only in their last byte or their length, well
        // past the first table sizes.
        let words = (0..<20_000).map { k in String(repeating: "x", count: k % 20) + String(k % 1000) }
        let distinct = Array(Set(words))
        var interner = ByteStringInterner()
        func code(_ word: String) -> UInt32 {
            Array(word.utf8).withUnsafeBufferPointer { b in
                interner.code(for: b) { String(decoding: $0, as: UTF8.self) }!
            }
        }
        let first = distinct.map(code)
        #expect(Set(first).count == distinct.count)
        #expect(distinct.map(code) == first)
        #expect(interner.count == distinct.count)
        for (word, c) in zip(distinct, first) { #expect(interner.values[Int(c)] == word) }
    }
}
