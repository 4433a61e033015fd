import Foundation

/// The published performance documents (the layouts of `LayoutRegistry`), read by `DocumentImporter`.
enum PerformanceDocumentFormat: FileFormat {
    static let title = "performance document"

    static func recognises(_ sample: FileSample) -> Bool {
        guard !sample.isBinary, let text = sample.text else { return false }
        return LayoutRegistry.detect(SourceText(text)) != nil
    }

    static func read(_ bytes: FileBytes, sample: FileSample, file: String, options: LoadOptions) throws -> FileContent {
        guard let text = TextDecoding.decode(Data(bytes.buffer)) else {
            throw DocumentImportError(file: file, reason: .undecodable)
        }
        return .document(try DocumentImporter.load(text: text, source: file, options: options))
    }
}
