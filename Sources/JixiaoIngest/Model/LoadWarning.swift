/// A row that could not be read, or a guess the importer made, with where it happened.
public struct LoadWarning: Sendable, Hashable, CustomStringConvertible {
    /// The file name (as in the `source` column).
    public var file: String
    /// The 1-based line of the source text, nil for a finding about the whole document.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, the form editors and terminals link to.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
