/// A CSV/TSV of one column: nothing in its content marks it as a table, so it is tried last,
/// after the published documents, and only for files named `.csv` or `.tsv`.
enum SingleColumnTableFormat: FileFormat {
    static let title = "one-column CSV/TSV table"

    static func recognises(_ sample: FileSample) -> Bool {
        !sample.isBinary && DelimitedTableFormat.isSingleColumn(sample)
    }

    static func read(_ bytes: FileBytes, sample: FileSample, file: String, options: LoadOptions) throws -> FileContent {
        try DelimitedTableFormat.read(bytes, sample: sample, file: file, options: options)
    }
}
