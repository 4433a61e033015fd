import JixiaoEngine

/// Keeps only the columns a pipeline can still use, so that `where` and `join` do not copy the
/// twenty-odd columns of `indicators` when the pipeline ends in `agg n = count()`.
///
/// A stage such as `select`, `group`/`agg`, `count`, `pivot` or `chart` decides the columns that
/// come out of it; before it, a column no stage mentions can never be seen again. The names
/// mentioned are read off the stages' syntax (every identifier, backquoted name and string, which
/// over-counts and so never drops a column that is needed).
enum ColumnPruning {
    /// The names stages up to the first column-deciding stage mention, and that stage's index;
    /// nil when no stage decides the output columns, and then every column may be shown.
    static func referencedNames(_ stages: [Verb]) -> (names: Set<String>, through: Int)? {
        var text = ""
        for (index, verb) in stages.enumerated() {
            // Whole-row `distinct` looks at every column: nothing before it may be dropped.
            if case .distinct(let columns) = verb.kind, columns.isEmpty { return nil }
            text += verb.description + " "
            // `group` runs together with the `agg` after it, whose arguments read the input too.
            if case .group = verb.kind, index + 1 < stages.count, case .aggregate = stages[index + 1].kind {
                continue
            }
            if decidesColumns(verb) { return (words(in: text), index) }
        }
        return nil
    }

    static func decidesColumns(_ verb: Verb) -> Bool {
        switch verb.kind {
        case .select(let items):
            return !items.contains { if case .drop = $0 { return true } else { return false } }
        case .group, .aggregate, .count, .pivot, .chart: return true
        case .distinct(let columns): return !columns.isEmpty
        default: return false
        }
    }

    /// The table with only the columns whose name or a label is among `names`.
    static func prune(_ table: Table, keeping names: Set<String>) -> Table {
        let kept = table.fields.indices.filter { i in
            names.contains(table.fields[i].name) || table.fields[i].aliases.contains { names.contains($0) }
        }
        return kept.count == table.columnCount ? table : table.selecting(kept)
    }

    /// Identifier-like runs, and the text inside backquotes and quotes, of a syntax dump; a
    /// qualified name (`projects.department`) counts whole as well as by its parts.
    static func words(in text: String) -> Set<String> {
        var words = parts(of: text)
        for piece in text.split(whereSeparator: { !($0 == "_" || $0 == "." || $0.isLetter || $0.isNumber) }) where piece.contains(".") {
            words.insert(String(piece))
        }
        return words
    }

    private static func parts(of text: String) -> Set<String> {
        var words = Set<String>()
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { words.insert(current); current = ""; quote = nil } else { current.append(character) }
            } else if character == "`" || character == "\"" {
                if !current.isEmpty { words.insert(current) }
                current = ""
                quote = character
            } else if character == "_" || character.isLetter || character.isNumber {
                current.append(character)
            } else {
                if !current.isEmpty { words.insert(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.insert(current) }
        return words
    }
}
