/// Substring search by Unicode scalars, as SQL's instr and the engine's string comparisons
/// work: Swift's `contains` matches whole characters and canonical equivalents, so
/// "e\u{301}clair" would not contain "e" although its first scalar is one. On valid UTF-8 a
/// byte match is a scalar match, and a byte search is also far cheaper than a `Character` one.
extension StringProtocol {
    /// The first place where `word` occurs with exactly its Unicode scalars (an empty word
    /// occurs at the start).
    public func firstExactRange(of word: String) -> Range<Index>? {
        let found =
            utf8.withContiguousStorageIfAvailable { exactMatch(of: word, in: $0) }
            ?? Array(utf8).withUnsafeBufferPointer { exactMatch(of: word, in: $0) }
        guard let (start, end) = found else { return nil }
        return utf8.index(startIndex, offsetBy: start)..<utf8.index(startIndex, offsetBy: end)
    }

    /// Whether `word` occurs with exactly its Unicode scalars (see `firstExactRange(of:)`).
    public func containsExactly(_ word: String) -> Bool { firstExactRange(of: word) != nil }
}

/// The byte offsets of the first occurrence of `word`'s UTF-8 bytes in `bytes`.
func exactMatch(of word: String, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
    var word = word
    return word.withUTF8 { needle -> (Int, Int)? in
        guard let first = needle.first else { return (0, 0) }
        guard needle.count <= bytes.count else { return nil }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == first {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return (i, i + needle.count) }
            }
            i += 1
        }
        return nil
    }
}
