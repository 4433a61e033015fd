import Foundation
import JixiaoEngine
import JixiaoLanguage
import JixiaoQuery

/// Tab-completion candidates for the text before the cursor: dot-commands at the start of a
/// line, verbs after `|`, tables where a pipeline starts, the columns of the pipeline's table
/// (with their Chinese labels) and functions elsewhere, and a column's distinct values inside
/// the string after `COLUMN = "`. Pure text in, words out: the REPL does the terminal part.
public struct Completion: Equatable, Sendable {
    /// How many characters before the cursor the candidates replace.
    public var replacing: Int
    public var candidates: [String]

    public init(replacing: Int, candidates: [String]) {
        self.replacing = replacing
        self.candidates = candidates
    }

    /// The text every candidate starts with, for inserting what is common.
    public var commonPrefix: String {
        guard var prefix = candidates.first else { return "" }
        for c in candidates.dropFirst() {
            while !c.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

extension Session {
    public func complete(_ textBeforeCursor: String) -> Completion {
        // Only the statement being typed matters.
        let statement = String(textBeforeCursor.split(separator: ";", omittingEmptySubsequences: false).last ?? "")
        if let value = completeValue(in: statement) { return value }
        let word = String(statement.reversed().prefix { Self.isWordCharacter($0) }.reversed())
        let before = statement.dropLast(word.count)
        let trimmed = before.trimmingCharacters(in: .whitespacesAndNewlines)
        func matching(_ names: [String]) -> Completion {
            var seen = Set<String>()
            let hits = names.filter { $0.hasPrefix(word) && $0 != word && seen.insert($0).inserted }
            return Completion(replacing: word.count, candidates: hits.sorted())
        }
        let typedCommand = statement.trimmingCharacters(in: .whitespaces)
        if typedCommand.hasPrefix("."), let space = typedCommand.firstIndex(of: " ") {
            // `.schema ind`, `.describe pro`: table names; `.run`, `.output`: file names.
            let command = typedCommand[..<space].lowercased()
            if [".schema", ".describe"].contains(command) { return matching(catalog.names.filter { $0 != "_" }) }
            if [".run", ".output"].contains(command) {
                let typed = String(statement.reversed().prefix { $0 != " " }.reversed())
                return FileNameCompletion.candidates(for: typed, closing: nil)
            }
            return Completion(replacing: 0, candidates: [])
        }
        if typedCommand.hasPrefix("."), !typedCommand.contains(" ") {
            let names = DotCommandRegistry.all.map { "." + $0.name }
            return Completion(
                replacing: typedCommand.count,
                candidates: names.filter { $0.hasPrefix(typedCommand) && $0 != typedCommand }.sorted())
        }
        if trimmed.isEmpty {
            return matching(catalog.names + Parser.statementWords)
        }
        if trimmed.hasSuffix("|") {
            return matching(VerbRegistry.all.map { $0.name })
        }
        if trimmed.hasSuffix("=") && trimmed.hasPrefix("let ") && !trimmed.dropLast().contains("=") {
            return matching(catalog.names)
        }
        // Where a table goes: after `join [kind]` and `append`.
        let joinKinds = ["inner", "left", "right", "full", "semi", "anti"]
        if trimmed.hasSuffix("join") || trimmed.hasSuffix("append")
            || joinKinds.contains(where: { trimmed.hasSuffix("join " + $0) })
        {
            return matching(catalog.names)
        }
        let functions = ScalarFunction.registry.keys.map { $0 + "(" } + AggregateFunction.registry.keys.map { $0 + "(" }
        return matching(columnNames(in: statement) + functions + Parser.reservedWords)
    }

    /// The columns the pipeline has where the cursor is: the source table's (with their labels)
    /// as the stages before change them (`agg` keeps its keys and results, `join` adds the right
    /// table's), plus the names the stage being typed assigns.
    func columnNames(in statement: String) -> [String] {
        let stages = Array(statement.split(separator: "|", omittingEmptySubsequences: false).dropFirst())
        var names = PipelineColumns(catalog: catalog).names(
            source: sourceTable(of: statement), stages: Array(stages.dropLast()))
        // The stage being typed: names it assigns earlier in its own list are usable after them.
        if let current = stages.last {
            for piece in current.split(separator: ",") {
                let parts = piece.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, !parts[1].hasPrefix("=") else { continue }
                let name = parts[0].split(separator: " ").last.map(String.init) ?? ""
                if !name.isEmpty, name.allSatisfy(Self.isWordCharacter) { names.append(name) }
            }
        }
        return names
    }

    /// The table named where the pipeline begins (`TABLE | …` or `let x = TABLE | …`).
    func sourceTable(of statement: String) -> Table? {
        var head = statement.split(separator: "|", maxSplits: 1).first.map(String.init) ?? ""
        if let equals = head.firstIndex(of: "="), head.trimmingCharacters(in: .whitespaces).hasPrefix("let ") {
            head = String(head[head.index(after: equals)...])
        }
        for word in ["save ", "assert ", "print "] where head.trimmingCharacters(in: .whitespaces).hasPrefix(word) {
            head = String(head.trimmingCharacters(in: .whitespaces).dropFirst(word.count))
        }
        let name =
            head.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").first.map(String.init) ?? ""
        return catalog[name.trimmingCharacters(in: CharacterSet(charactersIn: "("))]
    }

    /// Inside `COLUMN = "partial`: the column's distinct strings that start with what is typed.
    private func completeValue(in statement: String) -> Completion? {
        var quote: Character?
        var openedAt = statement.startIndex
        for i in statement.indices where statement[i] == "\"" || statement[i] == "'" {
            if quote == nil { quote = statement[i]; openedAt = i } else if statement[i] == quote { quote = nil }
        }
        guard let quote else { return nil }
        let typed = String(statement[statement.index(after: openedAt)...])
        var before = statement[..<openedAt].trimmingCharacters(in: .whitespaces)
        // A path: `load "`, `run "`, `report "`, `save … to "`.
        let lowered = before.lowercased()
        if ["load", "run", "report"].contains(lowered) || lowered.hasSuffix(" to") {
            return FileNameCompletion.candidates(for: typed, closing: quote)
        }
        // Inside `COLUMN in ("a", "b`: the column before `in (`.
        if let list = Self.openInList(before) { before = list }
        for op in ["==", "!=", "<>", "=", "contains", "("] where before.hasSuffix(op) {
            before = String(before.dropLast(op.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        let columnName = String(before.reversed().prefix { Self.isWordCharacter($0) }.reversed())
        guard let table = sourceTable(of: statement), let column = table.column(named: columnName),
            let dictionary = column.dictionary
        else {
            return Completion(replacing: 0, candidates: [])
        }
        let hits = dictionary.values.filter { $0.hasPrefix(typed) }.sorted().prefix(200)
        return Completion(replacing: typed.count, candidates: hits.map { $0 + String(quote) })
    }

    /// `x in ("a", ` → `x in (`, when the text ends inside an open `in (…` list of strings.
    static func openInList(_ before: String) -> String? {
        guard let open = before.range(of: " in (", options: [.backwards, .caseInsensitive]) else { return nil }
        let inside = before[open.upperBound...]
        var quote: Character?
        for ch in inside {
            if let q = quote { if ch == q { quote = nil }; continue }
            if ch == "\"" || ch == "'" { quote = ch; continue }
            if ch != "," && ch != " " { return nil }
        }
        guard quote == nil else { return nil }
        return String(before[..<open.lowerBound]) + " ="
    }

    static func isWordCharacter(_ c: Character) -> Bool {
        c == "_" || c.isLetter || c.isNumber
    }
}
