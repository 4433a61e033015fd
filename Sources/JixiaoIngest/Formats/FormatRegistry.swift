/// Every file format `load` reads, in the order they are tried. Adding a format is one file and
/// one line here.
///
/// The order matters where formats overlap: a delimited table is recognised only when its first
/// line is a header of two or more fields and most sampled lines have as many, which the published
/// documents (a title line, then forms of varying width) never do, so documents are tried after
/// tables — and a TSV of indicators whose header reads 一级指标, 二级指标, 三级指标 stays a table.
/// A SQLite database is recognised by its 16-byte header and goes first; the binary office
/// formats (ZIP, OLE2, PDF) by their signatures next, then web pages by their tags, all before
/// the text formats, which never claim binary bytes or a file that starts with `<`.
enum FormatRegistry {
    static let all: [any FileFormat.Type] = [
        SQLiteFormat.self,
        DOCXFormat.self,
        XLSXFormat.self,
        XLSFormat.self,
        PDFFormat.self,
        HTMLFormat.self,
        JSONTableFormat.self,
        DelimitedTableFormat.self,
        PerformanceDocumentFormat.self,
        SingleColumnTableFormat.self,
    ]

    /// The first format that recognises the sample.
    static func detect(_ sample: FileSample) -> (any FileFormat.Type)? {
        all.first { $0.recognises(sample) }
    }
}
