import JixiaoDomain

/// Keeps the current 一级 / 二级 category while indicator rows are read, since blank level cells
/// mean "same as above" and labels turn up wherever the PDF put them: shifted into the other
/// column, on a later row of a merged cell (`1-产出指标` in the middle of its block), or only as
/// the code of the second level (`11-数量指标` implies 产出指标). Rows are grouped by the label seen last.
struct LevelTracker: Sendable {
    var level1: String?
    var level2: String?
    /// First-level names by code, learned from the document (`1-产出指标`) before any row is read.
    var codeNames: [String: String]

    init(codeNames: [String: String] = LevelName.standardCodes) {
        self.codeNames = codeNames
    }

    /// The codes of the first-level labels a document prints, over the standard ones.
    static func codeNames(in text: SourceText) -> [String: String] {
        var names = LevelName.standardCodes
        for line in text.lines where line.isTableRow {
            for cell in line.cells where !cell.isEmpty {
                if let l = LevelName.label(cell), let code = l.code, code.count == 1 { names[code] = l.name }
            }
        }
        return names
    }

    mutating func apply(_ labels: [LevelName.Label]) {
        for (i, label) in labels.enumerated() {
            var level = label.level
            if level == nil {
                if labels.count >= 2 {
                    level = i == 0 ? .first : .second
                } else {
                    level = level1 == label.name ? .second : .first
                }
            }
            if level == .first {
                setLevel1(label.name)
            } else {
                if let code = label.code, code.count >= 2, let first = code.first, let l1 = codeNames[String(first)] {
                    setLevel1(l1)
                }
                if level1 == nil, let parent = LevelName.parent(of: label.name) { level1 = parent }
                level2 = label.name
            }
        }
    }

    /// A new first level starts a new group, so the second level is forgotten; the same one
    /// repeated (a merged cell printed mid-block) keeps it.
    mutating func setLevel1(_ name: String) {
        guard level1 != name else { return }
        level1 = name
        level2 = nil
    }
}
