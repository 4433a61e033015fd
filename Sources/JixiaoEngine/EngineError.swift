/// Errors the engine reports; the language layer adds the source position.
public enum EngineError: Error, Sendable, Equatable, CustomStringConvertible {
    case typeMismatch(String)
    case invalidArgument(String)
    case cancelled

    public var description: String {
        switch self {
        case .typeMismatch(let m): return m
        case .invalidArgument(let m): return m
        case .cancelled: return "interrupted"
        }
    }
}
