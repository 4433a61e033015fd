import JixiaoEngine

/// The columns a pipeline being typed has at its end, worked out from its text for completion:
/// `agg` and `count` keep only their keys and results, `select` only what it names (or all but
/// what it drops), `join` adds the right table's columns, `derive`/`rename` add names.
///
/// Text, not a parse: the statement is unfinished while it is being completed. A stage it cannot
/// read keeps the columns it was given, so completion offers too much rather than nothing.
struct PipelineColumns {
    let catalog: Catalog

    func names(source: Table?, stages: [Substring]) -> [String] {
        var names: [String] = source.map { $0.fields.flatMap { [$0.name] + $0.aliases } } ?? []
        for (index, stage) in stages.enumerated() {
            let words = stage.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            guard let verb = words.first?.lowercased() else { continue }
            let rest = stage.drop { $0 == " " }.dropFirst(verb.count)
            let isLast = index == stages.count - 1
            switch verb {
            case "agg":
                let keys = index > 0 ? groupKeys(stages[index - 1]) : []
                names = keys + assignedNames(rest)
            case "count":
                names = items(rest).map(Self.lastWord) + ["n", "share"]
            case "select":
                let listed = items(rest)
                if listed.allSatisfy({ $0.hasPrefix("-") }) {
                    let dropped = Set(listed.map { String($0.dropFirst()).trimmingCharacters(in: .whitespaces) })
                    names = names.filter { !dropped.contains($0) }
                } else if !isLast {
                    names = listed.map(Self.assignedOrSelf)
                }
            case "derive":
                names += assignedNames(rest)
            case "rename":
                names += assignedNames(rest)
            case "join":
                let tableWord = words.dropFirst().first { $0.lowercased() != "left" }.map(String.init) ?? ""
                if let right = catalog[tableWord] {
                    for field in right.fields {
                        names.append(names.contains(field.name) ? tableWord + "." + field.name : field.name)
                        names += field.aliases
                    }
                }
            case "pivot", "unpivot":
                // Their columns come from the data: keep what is known, add nothing.
                continue
            default:
                continue
            }
        }
        return names
    }

    /// `group a, b = expr` → `a`, `b`.
    private func groupKeys(_ stage: Substring) -> [String] {
        let trimmed = stage.drop { $0 == " " }
        guard trimmed.lowercased().hasPrefix("group") else { return [] }
        return items(trimmed.dropFirst(5)).map(Self.assignedOrSelf)
    }

    /// The comma-separated items of a stage, outside brackets and quotes.
    private func items(_ text: Substring) -> [String] {
        var out: [String] = [], current = "", depth = 0
        var quote: Character?
        for ch in text {
            if let q = quote {
                current.append(ch)
                if ch == q { quote = nil }
                continue
            }
            switch ch {
            case "\"", "'": quote = ch; current.append(ch)
            case "(": depth += 1; current.append(ch)
            case ")": depth -= 1; current.append(ch)
            case "," where depth == 0:
                out.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            default: current.append(ch)
            }
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { out.append(last) }
        return out
    }

    private func assignedNames(_ text: Substring) -> [String] {
        items(text).compactMap { item in
            let parts = item.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, !parts[1].hasPrefix("=") else { return nil }
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            return name.isEmpty || !name.allSatisfy(Session.isWordCharacter) ? nil : name
        }
    }

    /// `name = expr` → `name`; `col` → `col`.
    static func assignedOrSelf(_ item: String) -> String {
        let parts = item.split(separator: "=", maxSplits: 1)
        if parts.count == 2, !parts[1].hasPrefix("=") { return parts[0].trimmingCharacters(in: .whitespaces) }
        return lastWord(item)
    }

    static func lastWord(_ item: String) -> String {
        item.split(separator: " ").last.map(String.init) ?? item
    }
}
