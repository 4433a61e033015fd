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
            let tail = bytes.suffix(cut)
            guard let lead = tail.first, lead >= 0xC0 else { continue }
            if let s = String(data: bytes.dropLast(cut), encoding: .utf8) { return s }
        }
        return nil
    }
}
