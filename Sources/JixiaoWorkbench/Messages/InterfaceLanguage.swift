/// The language the workbench talks in: messages, hints, help and the load summary.
public enum InterfaceLanguage: String, Sendable, CaseIterable {
    case english = "en"
    case chinese = "zh"

    /// The language the environment asks for, as POSIX orders it: `LC_ALL` wins over
    /// `LC_MESSAGES`, which wins over `LANG`; a Chinese locale (`zh_CN.UTF-8`, `zh_TW`, `zh`)
    /// gives Chinese, anything else English.
    public static func from(environment: [String: String]) -> InterfaceLanguage {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .chinese : .english
        }
        return .english
    }

    /// `.lang zh`, `.lang en`, also `chinese`, `中文`, `english`.
    public init?(argument: String) {
        switch argument.lowercased() {
        case "zh", "cn", "chinese", "中文", "zh_cn": self = .chinese
        case "en", "english", "英文": self = .english
        default: return nil
        }
    }
}
