import Foundation

/// One kind of file `load` reads. Each conforming type lives in its own file and is listed once
/// in `FormatRegistry`; it recognises its files from their content, never from the extension.
protocol FileFormat: Sendable {
    /// A readable name for messages and help.
    static var title: String { get }
    /// Whether the file looks like this format, judged from its first bytes.
    static func recognises(_ sample: FileSample) -> Bool
    /// Reads the whole file; throws `DocumentImportError` when it cannot be read after all.
    /// A reader that goes through the file once may release the bytes it has passed.
    static func read(_ bytes: FileBytes, sample: FileSample, file: String, options: LoadOptions) throws -> FileContent
}

/// The first bytes of a file, which the formats look at to recognise it.
struct FileSample {
    /// At most `FileSample.size` bytes from the start, a UTF-8 byte-order mark removed.
    let bytes: [UInt8]
    /// Whether `bytes` is the whole file; when not, the last line of the sample may be cut short.
    private(set) var isWholeFile: Bool
    /// The file's extension, lower case: a tie-breaker only where the content alone cannot tell
    /// (a one-column CSV has no delimiter to recognise it by).
    let fileExtension: String

    static let size = 64 * 1024

    /// A document's lines as recognising it parsed them, when the sample is the whole file:
    /// reading it then starts from them instead of parsing the text again.
    let document = DocumentSampleCache()

    init(_ file: UnsafeBufferPointer<UInt8>, name: String = "") {
        fileExtension =
            name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        let bom = DelimitedTableReader.bomLength(file)
        let end = min(file.count, bom + Self.size)
        bytes = Array(file[bom..<end])
        isWholeFile = end == file.count
    }

    /// A sample of a file's first bytes only; `isWholeFile` says whether `head` is all of it.
    init(_ head: UnsafeBufferPointer<UInt8>, isWholeFile: Bool, name: String = "") {
        self.init(head, name: name)
        self.isWholeFile = isWholeFile && self.isWholeFile
    }

    /// NUL bytes do not occur in text in any encoding the workbench reads.
    var isBinary: Bool { bytes.contains(0) }

    /// The first byte that is not white space.
    var firstSignificantByte: UInt8? {
        bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }

    /// Whether the sample is valid UTF-8, allowing a character cut off at the end of the sample
    /// (or of a whole file that was cut short, which `TextDecoding` repairs the same way).
    var isUTF8: Bool {
        for cut in 0...min(3, bytes.count) {
            if cut > 0, isWholeFile, TextDecoding.sequenceLength(bytes[bytes.count - cut]) <= cut { continue }
            if String(validating: bytes.dropLast(cut), as: UTF8.self) != nil { return true }
        }
        return false
    }

    /// The sample as text (UTF-8 or GB18030), for formats that judge words.
    var text: String? {
        if isUTF8 { return String(decoding: bytes, as: UTF8.self) }
        for cut in 0...min(3, bytes.count) {
            if cut > 0, isWholeFile { break }
            if let text = String(data: Data(bytes.dropLast(cut)), encoding: TextDecoding.gb18030) { return text }
        }
        return nil
    }
}

/// What recognising a whole document found, kept for reading it (see `FileSample.document`).
final class DocumentSampleCache {
    var parsed: (text: String, lines: SourceText, layout: any DocumentLayout.Type)?
}
