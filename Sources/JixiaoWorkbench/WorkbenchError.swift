/// Failures outside the language (files, settings); each says what to do about it.
public enum WorkbenchError: Error, CustomStringConvertible, Equatable {
    case cannotWrite(String, reason: String)
    case cannotRead(String, reason: String)
    case unknownTable(String, suggestion: String?)
    case usage(String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        case .cannotRead(let path, let reason): return "cannot read \(path): \(reason)"
        case .unknownTable(let name, let suggestion):
            return "unknown table \"\(name)\"" + (suggestion.map { " — did you mean \"\($0)\"?" } ?? " (see .tables)")
        case .usage(let text): return text
        }
    }
}
