/// Which sheet of a workbook `load` reads: by its tab name or its 1-based position.
public enum SheetChoice: Sendable, Hashable, CustomStringConvertible {
    case name(String)
    case position(Int)

    public var description: String {
        switch self {
        case .name(let name): return "sheet=\"\(name)\""
        case .position(let n): return "sheet=\(n)"
        }
    }

    /// The chosen sheets among `names` (all of them when `choice` is nil); throws naming the
    /// sheets there are when the choice matches none.
    static func pick(_ choice: SheetChoice?, among names: [String], file: String) throws -> [Int] {
        guard let choice else { return Array(names.indices) }
        switch choice {
        case .name(let name):
            if let k = names.firstIndex(of: name) { return [k] }
        case .position(let n):
            if n >= 1, n <= names.count { return [n - 1] }
        }
        let listed = names.map { "\"\($0)\"" }.joined(separator: ", ")
        throw DocumentImportError(
            file: file, reason: .malformed(line: nil, "no sheet \(choice) (the workbook has \(names.count): \(listed))")
        )
    }
}
