import Foundation

/// Text of documents in canonical composed form (NFC), made only where it differs.
///
/// PDF extraction sometimes yields CJK compatibility ideographs (U+F900 不 for 不, U+FA4C 社 for
/// 社): the same characters by Unicode's canonical equivalence, but other bytes. The readers match
/// labels and words by their bytes, so such text is composed first; that also keeps one value
/// from becoming two groups in the engine, which tells strings apart by their scalars. Only text
/// holding a compatibility ideograph or a combining mark can change, and only it is composed.
enum CanonicalText {
    static func composed(_ text: String) -> String {
        needsComposing(text) ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Whether any character is a compatibility ideograph (U+F900–U+FAFF: EF A4–AB …;
    /// U+2F800–U+2FA1F: F0 AF A0–A8 …) or a combining diacritic (U+0300–U+036F: CC, CD …).
    static func needsComposing(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b == 0xCC || b == 0xCD { return true }
            if previous == 0xEF, b >= 0xA4, b <= 0xAB { return true }
            if previous == 0xF0, b == 0xAF { return true }
            previous = b
        }
        return false
    }
}
