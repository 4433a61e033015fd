/// What can go wrong with an attached database; the text never holds a password.
public enum RemoteError: Error, CustomStringConvertible, Equatable {
    /// Connecting failed or the connection dropped.
    case connection(String)
    /// The server rejected a statement; its own message.
    case server(String)
    /// A name that is not attached, or an attached table that does not exist.
    case unknown(String)

    public var description: String {
        switch self {
        case .connection(let text): return text
        case .server(let text): return "the database rejected the statement: \(text)"
        case .unknown(let text): return text
        }
    }
}
