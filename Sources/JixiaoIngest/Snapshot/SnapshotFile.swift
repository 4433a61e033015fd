import Foundation

/// A snapshot on disk: read whole into memory with `read(2)` (no text is parsed, so opening is
/// the read plus one copy per column buffer), written beside the target and renamed over it, so
/// the file appears whole or not at all and a failed save leaves the old one as it was.
public enum SnapshotFile {
    public static func read(path: String) throws -> Snapshot {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw SnapshotError.cannotRead(path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw SnapshotError.cannotRead(path, reason: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw SnapshotError.cannotRead(path, reason: "not a regular file")
        }
        let size = Int(info.st_size)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(size, 1), alignment: 16)
        defer { buffer.deallocate() }
        var filled = 0
        while filled < size {
            let n = Foundation.read(fd, buffer.baseAddress! + filled, size - filled)
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw SnapshotError.cannotRead(path, reason: String(cString: strerror(errno))) }
            if n == 0 { break }
            filled += n
        }
        var reader = SnapshotReader(UnsafeRawBufferPointer(rebasing: buffer[0..<filled]), file: path)
        return try reader.read()
    }

    public static func write(_ snapshot: Snapshot, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(getpid()).tmp"
        ).path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw SnapshotError.cannotWrite(path, reason: String(cString: strerror(errno))) }
        var closed = false
        do {
            try SnapshotWriter { chunk in
                var done = 0
                while done < chunk.count {
                    guard let base = chunk.baseAddress else { return }
                    let n = Foundation.write(fd, base + done, chunk.count - done)
                    if n < 0 && errno == EINTR { continue }
                    guard n > 0 else { throw SnapshotError.cannotWrite(path, reason: String(cString: strerror(errno))) }
                    done += n
                }
            }.encode(snapshot)
            guard fsync(fd) == 0 else {
                throw SnapshotError.cannotWrite(path, reason: String(cString: strerror(errno)))
            }
            closed = true
            guard close(fd) == 0 else {
                throw SnapshotError.cannotWrite(path, reason: String(cString: strerror(errno)))
            }
            guard rename(temporary, path) == 0 else {
                throw SnapshotError.cannotWrite(path, reason: String(cString: strerror(errno)))
            }
        } catch {
            if !closed { close(fd) }
            unlink(temporary)
            throw error
        }
    }
}
