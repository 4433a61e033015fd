/// A message in both languages, with numbered holes (`{0}`, `{1}`) for the names and numbers
/// it mentions.
public struct MessageTemplate: Sendable {
    public let english: String
    public let chinese: String

    public init(_ english: String, _ chinese: String) {
        self.english = english
        self.chinese = chinese
    }

    public func text(_ language: InterfaceLanguage) -> String {
        language == .chinese ? chinese : english
    }

    /// The template with its holes filled in order.
    public func filled(_ language: InterfaceLanguage, _ arguments: [String]) -> String {
        Self.fill(text(language), arguments)
    }

    static func fill(_ template: String, _ arguments: [String]) -> String {
        var out = template
        for (i, argument) in arguments.enumerated() {
            out = out.replacingOccurrences(of: "{\(i)}", with: argument)
        }
        return out
    }

    /// The hole numbers a text uses, for the test that both texts mention the same things.
    static func holes(_ text: String) -> Set<Int> {
        var found: Set<Int> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            if let n = Int(after[..<close]) { found.insert(n) }
            rest = after[after.index(after: close)...]
        }
        return found
    }

    /// The arguments that make `english` from this template's English text, when it matches:
    /// how a message made elsewhere in English (the language layer's errors) is put into Chinese.
    func match(_ text: String) -> [String]? {
        var pieces: [String] = []
        var holes: [Int] = []
        var rest = Substring(english)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}"), let n = Int(after[..<close]) else { break }
            pieces.append(String(rest[..<open]))
            holes.append(n)
            rest = after[after.index(after: close)...]
        }
        pieces.append(String(rest))
        guard !holes.isEmpty else { return text == english ? [] : nil }
        guard text.hasPrefix(pieces[0]), text.hasSuffix(pieces[pieces.count - 1]),
            text.count >= pieces[0].count + pieces[pieces.count - 1].count
        else { return nil }
        var values = [String](repeating: "", count: (holes.max() ?? -1) + 1)
        var cursor = text.index(text.startIndex, offsetBy: pieces[0].count)
        let end = text.index(text.endIndex, offsetBy: -pieces[pieces.count - 1].count)
        guard cursor <= end else { return nil }
        for (k, hole) in holes.enumerated() {
            let next = pieces[k + 1]
            let stop: String.Index
            if k == holes.count - 1 {
                stop = end
            } else {
                guard !next.isEmpty, let found = text[cursor..<end].range(of: next) else { return nil }
                stop = found.lowerBound
            }
            values[hole] = String(text[cursor..<stop])
            cursor = k == holes.count - 1 ? end : text.index(stop, offsetBy: next.count)
        }
        return values
    }
}
