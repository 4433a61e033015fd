import JixiaoDomain

/// The region a document's titles name (`遂宁市2022年市级预算…`), for projects whose department
/// and unit names carry none.
enum DocumentRegion {
    /// The region named by the nearest title line (a line without tabs) before `lineIndex`.
    static func stated(before lineIndex: Int, in text: SourceText) -> String? {
        var i = min(lineIndex, text.lines.count) - 1
        while i >= 0 {
            let line = text.lines[i]
            if !line.isTableRow, !line.isBlank, let region = RegionName.infer(from: CellText.compact(line.raw)) {
                return region
            }
            i -= 1
        }
        return nil
    }
}
