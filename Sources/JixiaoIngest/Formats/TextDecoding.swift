import Foundation

/// Turns a file's bytes into text. Chinese Excel and older PDF tools write GB18030/GBK, everything
/// else UTF-8 (sometimes with a BOM); the two are told apart by whether the bytes are valid UTF-8.
enum TextDecoding {
    /// GB18030 as Foundation names it (kCFStringEncodingGB_18030_2000 as an NSStringEncoding);
    /// available on Linux Foundation as well.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func decode(_ data: Data) -> String? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let s = String(data: bytes, encoding: .utf8) { return s }
        if let s = utf8CutShort(bytes) { return s }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: data, encoding: .utf16)
        }
        return String(data: bytes, encoding: gb18030)
    }

    /// A UTF-8 file cut off inside its last character (a download or copy that stopped short):
    /// the text before it, the partial character dropped; nil when more than that is wrong.
    static func utf8CutShort(_ bytes: Data) -> String? {
        for cut in 1...3 where bytes.count > cut {
            guard let lead = bytes.suffix(cut).first, sequenceLength(lead) > cut else { continue }
            if let s = String(data: bytes.dropLast(cut), encoding: .utf8) { return s }
        }
        return nil
    }

    /// The bytes a UTF-8 sequence starting with `lead` takes; 0 for a byte that starts none.
    /// A cut is only a cut when the sequence is longer than what is left of it: a GB18030 file
    /// ending in a whole two-byte character must not pass for UTF-8 missing its last bytes.
    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 0
        }
    }
}
