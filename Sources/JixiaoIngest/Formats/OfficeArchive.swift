import Foundation
import ZIPFoundation

/// The ZIP container of an `.xlsx` or `.docx`, opened through ZIPFoundation, with the limits an
/// untrusted archive needs: members are inflated only up to `maximumExpandedBytes` in all and
/// `maximumRatio` times their compressed size (a ZIP bomb stops at the limit, whatever its
/// headers claim), and an encrypted member is refused by name rather than inflated into noise.
/// The bytes must outlive the archive (they are the loaded file's).
struct OfficeArchive {
    /// The most a whole archive may expand to: far above any published workbook.
    static let maximumExpandedBytes = 512 << 20
    /// The most one member may expand relative to its compressed size; XML compresses about 10
    /// to 1, a sheet of repeated cells about 100 to 1, a bomb a thousand to 1 and more.
    static let maximumRatio = 400
    /// Members below this size are not held to the ratio (a tiny member may compress well).
    static let ratioFloor = 1 << 20

    private let archive: Archive
    private let file: String
    /// The archive's bytes and its members as the directory lists them (see `ZIPDirectory`).
    private let bytes: UnsafeBufferPointer<UInt8>
    private let members: [String: ZIPDirectory.Member]
    /// What the members read so far expanded to: each `member` call counts against the limit.
    private var expanded = 0

    /// Opens the archive in `bytes`; throws `DocumentImportError` when it is no readable ZIP or
    /// holds an encrypted member.
    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
        self.file = file
        if let encrypted = ZIPDirectory.encryptedMember(bytes) {
            throw DocumentImportError(
                file: file,
                reason: .malformed(line: nil, "the archive is encrypted (member \(encrypted) needs a password)"))
        }
        // ZIPFoundation's in-memory backing traps when a damaged directory points past the end
        // (found by fuzzing): every offset it will follow is checked first.
        if let damage = ZIPDirectory.damage(bytes) {
            throw DocumentImportError(file: file, reason: .malformed(line: nil, "a damaged ZIP archive (\(damage))"))
        }
        self.bytes = bytes
        members = ZIPDirectory.members(bytes) ?? [:]
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw DocumentImportError(
                file: file, reason: .malformed(line: nil, "a damaged ZIP archive (its directory cannot be read)"))
        }
    }

    /// Whether the archive has a member at `path`.
    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The paths of the members, in the order of the directory.
    var paths: [String] { archive.map(\.path) }

    /// The expanded bytes of the member at `path` (a leading `/` is allowed), nil when it is absent.
    ///
    /// ZIPFoundation finds the member; its data is inflated here through zlib, in a loop bounded
    /// by the member's compressed size, because ZIPFoundation 0.9.20's own loop never ends on a
    /// deflate stream that does not finish within its member (a fuzz finding). The checksum of
    /// the directory is checked.
    mutating func member(_ path: String) throws -> Data? {
        let path = path.hasPrefix("/") ? String(path.dropFirst()) : path
        guard archive[path] != nil else { return nil }
        guard let member = members[path] else {
            throw DocumentImportError(
                file: file,
                reason: .malformed(line: nil, "\(path) in the ZIP archive is damaged (its name is not UTF-8)"))
        }
        let limit = min(
            Self.maximumExpandedBytes - expanded,
            max(Self.ratioFloor, min(member.compressed, Int.max / Self.maximumRatio) * Self.maximumRatio))
        let input = UnsafeBufferPointer(rebasing: bytes[member.dataStart..<(member.dataStart + member.compressed)])
        let out: Data
        switch ZIPInflater.expand(input, method: member.method, limit: limit) {
        case .success(let data): out = data
        case .failure(.tooLarge):
            let cause =
                limit == Self.maximumExpandedBytes - expanded
                ? "the \(Self.maximumExpandedBytes >> 20) MB a document may take"
                : "\(Self.maximumRatio) times its compressed size"
            throw DocumentImportError(
                file: file, reason: .malformed(line: nil, "\(path) expands past \(cause) (a ZIP bomb?)"))
        case .failure(let why):
            throw DocumentImportError(
                file: file, reason: .malformed(line: nil, "\(path) in the ZIP archive is damaged (\(why))"))
        }
        guard ZIPInflater.crc32(out) == member.crc else {
            throw DocumentImportError(
                file: file,
                reason: .malformed(line: nil, "\(path) in the ZIP archive is damaged (its checksum does not match)"))
        }
        expanded += out.count
        return out
    }

    /// The member at `path` as a stream of XML, nil when absent.
    mutating func xml(_ path: String) throws -> XMLStream? {
        guard let data = try member(path) else { return nil }
        return try XMLStream(data, name: path)
    }
}
