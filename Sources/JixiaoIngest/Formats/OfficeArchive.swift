import Foundation
import ZIPFoundation

/// The ZIP container of an `.xlsx` or `.docx`, opened through ZIPFoundation, with the limits an
/// untrusted archive needs: members are inflated only up to `maximumExpandedBytes` in all and
/// `maximumRatio` times their compressed size (a ZIP bomb stops at the limit, whatever its
/// headers claim), and an encrypted member is refused by name rather than inflated into noise.
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
    /// What the members read so far expanded to: each `member` call counts against the limit.
    private var expanded = 0

    /// Opens the archive in `bytes`; throws `DocumentImportError` when it is no readable ZIP or
    /// holds an encrypted member.
    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
        self.file = file
        if let encrypted = ZIPDirectory.encryptedMember(bytes) {
            throw DocumentImportError(file: file, reason: .malformed(line: nil, "the archive is encrypted (member \(encrypted) needs a password)"))
        }
        // ZIPFoundation's in-memory backing traps when a damaged directory points past the end
        // (found by fuzzing): every offset it will follow is checked first.
        if let damage = ZIPDirectory.damage(bytes) {
            throw DocumentImportError(file: file, reason: .malformed(line: nil, "a damaged ZIP archive (\(damage))"))
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw DocumentImportError(file: file, reason: .malformed(line: nil, "a damaged ZIP archive (its directory cannot be read)"))
        }
    }

    /// Whether the archive has a member at `path`.
    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The paths of the members, in the order of the directory.
    var paths: [String] { archive.map(\.path) }

    /// The expanded bytes of the member at `path` (a leading `/` is allowed), nil when it is absent.
    mutating func member(_ path: String) throws -> Data? {
        let path = path.hasPrefix("/") ? String(path.dropFirst()) : path
        guard let entry = archive[path] else { return nil }
        var out = Data()
        let limit = Self.maximumExpandedBytes - expanded
        let compressed = min(Int(clamping: entry.compressedSize), Int.max / Self.maximumRatio)
        let ratioLimit = max(Self.ratioFloor, compressed * Self.maximumRatio)
        struct Bomb: Error {}
        do {
            _ = try archive.extract(entry) { chunk in
                out.append(chunk)
                if out.count > limit || out.count > ratioLimit { throw Bomb() }
            }
        } catch is Bomb {
            throw DocumentImportError(file: file, reason: .malformed(line: nil, "\(path) expands past \(out.count > limit ? "the \(Self.maximumExpandedBytes >> 20) MB a document may take" : "\(Self.maximumRatio) times its compressed size") (a ZIP bomb?)"))
        } catch {
            throw DocumentImportError(file: file, reason: .malformed(line: nil, "\(path) in the ZIP archive is damaged (\(error))"))
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
