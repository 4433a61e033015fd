/// CSV and TSV files with a header row (SPEC §4), in UTF-8, UTF-8 with a BOM, or GB18030.
///
/// Recognised when the first non-blank line splits into at least two fields on a tab or a comma,
/// most of them named, and at least half the following lines in the sample split into as many:
/// that tells a table from prose with a comma here and there and from a published document,
/// whose title line has no delimiter at all. Half, not all, because ragged rows are read too.
enum DelimitedTableFormat: FileFormat {
    static let title = "CSV/TSV table"

    /// The share of sampled rows that must have the header's field count; the rest are ragged rows.
    static let consistentShare = 0.5
    static let sampledRows = 200

    static func recognises(_ sample: FileSample) -> Bool {
        !sample.isBinary && delimiter(of: sample) != nil
    }

    /// A one-column table (as `save … to "x.csv"` writes for one column) has no delimiter to
    /// find; its `.csv`/`.tsv` name decides, once no other format has claimed the file.
    static func isSingleColumn(_ sample: FileSample) -> Bool {
        guard ["csv", "tsv"].contains(sample.fileExtension), let text = sample.text else { return false }
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return !firstLine.trimmingCharacters(in: .whitespaces).isEmpty && firstLine.count <= 200
    }

    static func read(_ bytes: FileBytes, sample: FileSample, file: String, options: LoadOptions) throws -> FileContent {
        guard
            let delimiter = delimiter(of: sample)
                ?? (isSingleColumn(sample) ? UInt8(ascii: sample.fileExtension == "tsv" ? "\t" : ",") : nil)
        else {
            throw DocumentImportError(file: file, reason: .unrecognised("no header row split by tabs or commas"))
        }
        var reader = DelimitedTableReader(file: bytes, delimiter: delimiter, name: file)
        reader.context = options.context
        return .table(try reader.read(preferring: sample.isUTF8 ? .utf8 : .gb18030))
    }

    /// Tab when a tab-split header is consistent, else comma; nil when neither is.
    static func delimiter(of sample: FileSample) -> UInt8? {
        let candidates: [UInt8] = [0x09, UInt8(ascii: ",")]
        var best: (delimiter: UInt8, fields: Int)?
        for d in candidates {
            guard let fields = consistentFieldCount(sample, delimiter: d) else { continue }
            if best == nil || fields > (best?.fields ?? 0) { best = (d, fields) }
        }
        return best?.delimiter
    }

    /// The header's field count when the sampled rows agree with it, nil otherwise.
    static func consistentFieldCount(_ sample: FileSample, delimiter: UInt8) -> Int? {
        sample.bytes.withUnsafeBufferPointer { buffer in
            var scanner = DelimitedScanner(bytes: buffer, delimiter: delimiter)
            defer { scanner.release() }
            var counts: [Int] = []
            var blankNames = 0
            var longestName = 0
            while counts.count <= sampledRows,
                let record = DelimitedTableReader.nextRecord(
                    &scanner,
                    { index, cell in
                        if counts.isEmpty, cell.allSatisfy({ $0 == 0x20 }) { blankNames += 1 }
                        if counts.isEmpty { longestName = max(longestName, cell.count) }
                        return true
                    })
            {
                counts.append(record.fields)
            }
            // The last row of a cut sample may be cut short.
            if !sample.isWholeFile, counts.count > 2 { counts.removeLast() }
            guard let header = counts.first, header >= 2, blankNames * 2 < header else { return nil }
            let rows = counts.dropFirst()
            // A header alone is a table only when it reads like column names: a document
            // flattened onto one line has commas too, between long runs of text.
            guard !rows.isEmpty else { return longestName <= 120 ? header : nil }
            let agreeing = rows.filter { $0 == header }.count
            return Double(agreeing) >= consistentShare * Double(rows.count) ? header : nil
        }
    }
}
