import JixiaoDomain
import JixiaoEngine

/// One published layout of performance documents. Each conforming type lives in its own file
/// and is listed once in `LayoutRegistry`.
protocol DocumentLayout: Sendable {
    /// The kind stored in `doc_kind`.
    static var kind: DocumentKind { get }
    /// A readable name for messages.
    static var title: String { get }
    /// How well the text fits this layout, from its header words and their order; 0 when it does not.
    static func matchScore(_ text: SourceText) -> Int
    /// Reads what only this layout prints in a project's header block (budget tables, goal and
    /// outcome rows), after the labelled fields common to all layouts have been read.
    static func readHeaderBlock(
        _ lines: ArraySlice<SourceLine>, into project: inout ProjectRecord, warnings: inout [LoadWarning],
        source: String, moneyUnit: String)
}

extension DocumentLayout {
    static func readHeaderBlock(
        _ lines: ArraySlice<SourceLine>, into project: inout ProjectRecord, warnings: inout [LoadWarning],
        source: String, moneyUnit: String
    ) {}

    static func parse(_ text: SourceText, source: String) -> ParsedDocument {
        FormReader(text: text, source: source, layout: Self.self).read()
    }
}

/// Header-word helpers shared by the layouts' `matchScore`.
enum HeaderWords {
    /// Whether the indicator header prints 一级指标, 二级指标 and 三级指标 in that order.
    static func levelsInOrder(_ header: SourceLine) -> Bool {
        let c = header.compactCells
        guard let a = c.firstIndex(of: "一级指标"), let b = c.firstIndex(of: "二级指标"), let n = c.firstIndex(of: "三级指标")
        else {
            return false
        }
        return a < b && b < n
    }

    /// Whether any title line (a line without tabs) contains `word`.
    static func title(_ text: SourceText, contains word: String) -> Bool {
        text.lines.contains { !$0.isTableRow && CellText.compact($0.raw).containsExactly(word) }
    }

    /// Whether table rows print coded level labels such as `11-数量指标`.
    static func hasCodedLevels(_ text: SourceText) -> Bool {
        text.lines.contains { line in
            line.isTableRow && line.cells.contains { LevelName.label($0)?.code != nil }
        }
    }
}
