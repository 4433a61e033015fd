import Foundation
import JixiaoEngine

/// The published performance documents (the layouts of `LayoutRegistry`), read by `DocumentImporter`.
enum PerformanceDocumentFormat: FileFormat {
    static let title = "performance document"

    static func recognises(_ sample: FileSample) -> Bool {
        guard !sample.isBinary, let text = sample.text else { return false }
        let lines = DocumentImporter.grid(text)
        guard let layout = LayoutRegistry.detect(lines) else { return false }
        if sample.isWholeFile { sample.document.parsed = (text, lines, layout) }
        return true
    }

    static func read(_ bytes: FileBytes, sample: FileSample, file: String, options: LoadOptions) throws -> FileContent {
        guard let text = TextDecoding.decode(Data(bytes.buffer)) else {
            throw DocumentImportError(file: file, reason: .undecodable)
        }
        // The lines recognising parsed, when they came from this very text.
        if let parsed = sample.document.parsed, sameUTF8(parsed.text, text) {
            return .document(
                try DocumentImporter.load(parsed.lines, layout: parsed.layout, source: file, options: options))
        }
        return .document(try DocumentImporter.load(text: text, source: file, options: options))
    }
}
