/// What the grids of one file hold: a performance form (read by the one form reader, whatever the
/// format the cells came from) or plain tables. Every reader of `Formats/` that finds cells ends here.
enum GridContent {
    static func read(_ grids: [Grid], file: String, options: LoadOptions) throws -> FileContent {
        let text = SourceText(grids: grids)
        if let layout = LayoutRegistry.detect(text) {
            return .document(try DocumentImporter.load(text, layout: layout, source: file, options: options))
        }
        if let tables = PlainGridTable.content(grids, file: file) { return tables }
        throw DocumentImportError(file: file, reason: .notADocument)
    }
}
