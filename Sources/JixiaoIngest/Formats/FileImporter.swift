import Foundation

/// The entry point of `load` for any file: recognises the format from the content (not the
/// extension) with `FormatRegistry` and reads it whole, or throws and loads nothing.
public enum FileImporter {
    public static func load(path: String, options: LoadOptions) throws -> FileContent {
        try load(open(path: path), options: options)
    }

    /// Maps the file at `path` and recognises its format from its first bytes; throws
    /// `DocumentImportError` when it is no regular file or cannot be read.
    public static func open(path: String) throws -> OpenedFile {
        let file = URL(fileURLWithPath: path).lastPathComponent
        _ = try RegularFile.size(at: path, file: file)
        let mapping: MappedFile
        do {
            // Mapped, so a large CSV is parsed from the page cache instead of a copy.
            mapping = try MappedFile(path: path)
        } catch {
            throw DocumentImportError(file: file, reason: .unreadable("\(error)"))
        }
        return OpenedFile(name: file, bytes: FileBytes(mapping))
    }

    /// Reads an opened file in the format found in it.
    public static func load(_ file: OpenedFile, options: LoadOptions) throws -> FileContent {
        try read(file.bytes, sample: file.sample, format: file.format, file: file.name, options: options)
    }

    /// Reads `data` as the file named `file` (used in messages and the `source` column).
    public static func load(data: Data, file: String, options: LoadOptions) throws -> FileContent {
        try data.withUnsafeBytes { raw in
            try load(FileBytes(raw.bindMemory(to: UInt8.self)), file: file, options: options)
        }
    }

    private static func load(_ bytes: FileBytes, file: String, options: LoadOptions) throws -> FileContent {
        let sample = FileSample(bytes.buffer, name: file)
        return try read(bytes, sample: sample, format: FormatRegistry.detect(sample), file: file, options: options)
    }

    private static func read(
        _ bytes: FileBytes, sample: FileSample, format: (any FileFormat.Type)?, file: String,
        options: LoadOptions
    ) throws -> FileContent {
        guard let format else { throw DocumentImportError(file: file, reason: .unrecognised(why(sample))) }
        return try format.read(bytes, sample: sample, file: file, options: options)
    }

    /// What the file looked like, for the error that no format recognised it.
    static func why(_ sample: FileSample) -> String {
        if sample.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return "the file is empty"
        }
        if let nul = sample.bytes.firstIndex(of: 0) {
            let line = sample.bytes[..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return "binary data: a NUL byte on line \(line)"
        }
        if sample.text == nil { return "not text: neither UTF-8 nor GB18030" }
        return "no 项目名称/三级指标 form, no header row split by tabs or commas, and it does not start with [ or {"
    }

    /// The formats `load` recognises, for help texts.
    public static var formatNames: [String] { FormatRegistry.all.map { $0.title } }
}

/// A file ready to be read: mapped, sampled and its format recognised once, for both the
/// memory estimate and the read.
public struct OpenedFile {
    /// The file's name, for messages and the `source` column.
    public let name: String
    let bytes: FileBytes
    let sample: FileSample
    let format: (any FileFormat.Type)?

    init(name: String, bytes: FileBytes) {
        self.name = name
        self.bytes = bytes
        self.sample = FileSample(bytes.buffer, name: name)
        self.format = FormatRegistry.detect(sample)
    }

    public var size: Int { bytes.count }

    /// Whether the file is a published performance document (its rows go to the model tables).
    public var isDocument: Bool { format == PerformanceDocumentFormat.self }
}
