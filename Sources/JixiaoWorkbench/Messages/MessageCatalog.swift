/// Looks messages up in the interface's language: the one place text for people is chosen.
public struct MessageCatalog: Sendable {
    public var language: InterfaceLanguage

    public init(language: InterfaceLanguage) { self.language = language }

    public func text(_ key: MessageKey, _ arguments: String...) -> String {
        key.template.filled(language, arguments)
    }

    /// A count with its noun: `1 row`, `2 rows`, `1,234 rows`; in Chinese `1 行`, `2 行`.
    public func counted(_ n: Int, _ noun: CountNoun) -> String {
        let number = CountGrouping.grouped(n)
        switch language {
        case .english: return "\(number) \(n == 1 ? noun.rawValue : noun.plural)"
        case .chinese: return "\(number) \(noun.chinese)"
        }
    }

    /// A message made in English elsewhere (a diagnostic of the language layer), in the
    /// interface's language: the first known template it matches, with its holes carried over
    /// (each put into Chinese too when it is itself a known message); unchanged otherwise.
    public func translate(_ english: String) -> String {
        guard language == .chinese else { return english }
        for key in MessageKey.translated {
            guard let arguments = key.template.match(english) else { continue }
            return key.template.filled(.chinese, arguments.map(translateNoun))
        }
        return english
    }

    /// A finding of the audit (`found`, `expected`) in the interface's language.
    public func translateFinding(_ english: String) -> String {
        guard language == .chinese else { return english }
        for key in MessageKey.auditTranslated {
            guard let arguments = key.template.match(english) else { continue }
            let carried = arguments.map(Self.chineseLinePlaces)
            return key.template.filled(.chinese, carried)
        }
        return english
    }

    /// `…, line 272 (same name)` → `…，第 272 行（同名）`.
    static func chineseLinePlaces(_ text: String) -> String {
        var out = text.replacingOccurrences(of: " (same name)", with: "（同名）")
        if let range = out.range(of: ", line ") {
            let digits = out[range.upperBound...].prefix { $0.isNumber }
            out.replaceSubrange(
                range.lowerBound..<out.index(range.upperBound, offsetBy: digits.count), with: "，第 \(digits) 行")
        }
        return out
    }

    /// The type words the binder puts into its messages (`a number`, `text`).
    private func translateNoun(_ word: String) -> String {
        let nouns = [
            "an integer": "整数", "a decimal number": "小数", "text": "文本", "a true/false value": "布尔值", "a date": "日期",
        ]
        if let noun = nouns[word] { return noun }
        // `2 files` (of a load that failed) → `2 个文件`.
        for suffix in [" files", " file"] where word.hasSuffix(suffix) {
            let count = word.dropLast(suffix.count)
            if !count.isEmpty, count.allSatisfy(\.isNumber) { return "\(count) 个文件" }
        }
        return word
    }
}
