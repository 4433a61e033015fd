import Foundation
import JixiaoDomain
import JixiaoEngine

/// The entry point of document loading: decodes a file, recognises its layout from its content,
/// reads it, and returns the `projects` and `indicators` rows with every warning.
public enum DocumentImporter {
    /// Parses the text of one document; `source` is the file name used in the `source` column and in warnings.
    public static func load(text: String, source: String, options: LoadOptions) throws -> DocumentLoad {
        let sourceText = grid(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        guard let layout = LayoutRegistry.detect(sourceText) else {
            throw DocumentImportError(file: source, reason: .notADocument)
        }
        return try load(sourceText, layout: layout, source: source, options: options)
    }

    /// Reads a document already split into lines and recognised as `layout`.
    static func load(
        _ sourceText: SourceText, layout: any DocumentLayout.Type, source: String,
        options: LoadOptions
    ) throws -> DocumentLoad {
        let parsed = layout.parse(sourceText, source: source)
        guard !parsed.projects.isEmpty else {
            throw DocumentImportError(file: source, reason: .noProjects(layout: layout.title))
        }
        var assembler = DocumentAssembler(source: source, options: options)
        return assembler.assemble(parsed)
    }

    /// A document's text made into a grid (whichever way its cells were separated) and back into
    /// lines of cells for the form reader.
    /// A form saved as CSV is read by its records (`CommaSeparatedDocument`) when they make a
    /// document; any other text by its lines.
    static func grid(_ text: String) -> SourceText {
        if let records = CommaSeparatedDocument.grid(text) {
            let csv = SourceText(grids: [records])
            if LayoutRegistry.detect(csv) != nil { return csv }
        }
        return SourceText(grids: TextGrid.grids(SourceText(text)))
    }

    /// The grids a document's text makes, for the fuzzer of the grid builder.
    public static func grids(of text: String) -> [Grid] {
        [CommaSeparatedDocument.grid(text)].compactMap { $0 } + TextGrid.grids(SourceText(text))
    }

    /// Reads grids with every layout and the vocabulary's choice, for the fuzzer of the form
    /// reader: whatever the cells, each must come back with projects or nothing, never trap.
    public static func readAsEveryLayout(_ grids: [Grid], source: String) {
        let text = SourceText(grids: grids)
        for layout in LayoutRegistry.all + [LayoutRegistry.detect(text)].compactMap({ $0 }) {
            var assembler = DocumentAssembler(source: source, options: LoadOptions())
            _ = assembler.assemble(layout.parse(text, source: source))
        }
    }

    /// The layouts the importer recognises, for help texts.
    public static var layoutNames: [String] { LayoutRegistry.all.map { $0.title } }
}
