import Foundation

/// A snapshot on disk: each column buffer read with `pread` straight into the array its column
/// keeps, on `threads` threads (no text is parsed and the file is never held whole in memory, so
/// opening is one copy per buffer from the page cache, checksummed as it lands); written beside
/// the target and renamed over it, so the file appears whole or not at all and a failed save
/// leaves the old one as it was.
public enum SnapshotFile {
    public static func read(
        path: String, threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws
        -> Snapshot
    {
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
        let source = SnapshotSource(fileDescriptor: fd, size: Int(info.st_size), file: path)
        var reader = SnapshotReader(source: source, threads: threads)
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
