/// JSON tables: an array of objects (jixiao's own `.mode json` export) or JSON Lines.
/// Recognised by the first character that is not white space: `[` or `{`.
enum JSONTableFormat: FileFormat {
    static let title = "JSON table"

    static func recognises(_ sample: FileSample) -> Bool {
        guard !sample.isBinary, let first = sample.firstSignificantByte else { return false }
        return first == UInt8(ascii: "[") || first == UInt8(ascii: "{")
    }

    static func read(_ bytes: FileBytes, sample: FileSample, file: String, options: LoadOptions) throws -> FileContent {
        var reader = JSONTableReader(bytes: bytes.buffer, file: file)
        return .table(try reader.read())
    }
}
