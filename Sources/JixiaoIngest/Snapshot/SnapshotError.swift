/// Why a snapshot could not be read or written; each says what is wrong with which file.
public enum SnapshotError: Error, CustomStringConvertible, Equatable {
    /// The bytes do not start with the snapshot signature.
    case notSnapshot(String)
    case unsupportedVersion(String, version: UInt32)
    /// The file ends inside a header or a section.
    case truncated(String)
    /// A checksum does not match: the named part changed after it was written.
    case damaged(String, part: String)
    /// The checksums match but the contents contradict themselves (a bug, or a forged file).
    case invalid(String, reason: String)
    case cannotRead(String, reason: String)
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .notSnapshot(let file): return "\(file) is not a jixiao snapshot (.jxdb)"
        case .unsupportedVersion(let file, let version):
            return "\(file) is a snapshot of format version \(version); this jixiao reads version \(Snapshot.version)"
        case .truncated(let file): return "\(file) is cut short: the snapshot is incomplete"
        case .damaged(let file, let part): return "\(file) is damaged: the checksum of its \(part) does not match"
        case .invalid(let file, let reason): return "\(file) is not a valid snapshot: \(reason)"
        case .cannotRead(let file, let reason): return "cannot read \(file): \(reason)"
        case .cannotWrite(let file, let reason): return "cannot write \(file): \(reason)"
        }
    }
}
