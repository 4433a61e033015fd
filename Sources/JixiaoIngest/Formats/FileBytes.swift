import Foundation

/// The bytes of a file being loaded, and a way to let go of the part already read.
///
/// A mapped file's pages count as the process's memory while they are mapped in: a reader that
/// has passed them hands them back (`release(_:)`), so loading a 2 GB CSV holds the columns
/// it builds and a window of the file, never the whole file beside them. Bytes that came from
/// memory (`Data`) have nothing to release.
///
/// Unchecked sendability: the bytes are only read, and releasing pages (`madvise`) may happen
/// from any thread, so the parts of a file can be read on several cores (`DelimitedParts`).
struct FileBytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
    private let mapping: MappedFile?

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
        self.mapping = nil
    }

    init(_ mapping: MappedFile) {
        self.buffer = mapping.bytes
        self.mapping = mapping
    }

    var count: Int { buffer.count }

    /// Drops the pages of `range` from memory; reading them again maps them back in.
    func release(_ range: Range<Int>) { mapping?.release(range) }
}

/// A read-only mapping of a whole file.
final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    private let base: UnsafeMutableRawPointer?
    private let length: Int
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Maps `path`; throws the system's reason when it cannot.
    init(path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw MappingError(String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw MappingError(String(cString: strerror(errno))) }
        length = Int(info.st_size)
        guard length > 0 else {
            base = nil
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
            throw MappingError(String(cString: strerror(errno)))
        }
        // Read front to back: the kernel reads ahead further and drops pages behind sooner.
        madvise(mapped, length, MADV_SEQUENTIAL)
        base = mapped
        bytes = UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: length)
    }

    deinit {
        if let base { munmap(base, length) }
    }

    /// Unmaps the whole pages inside `range` from this process (they stay in the page cache).
    func release(_ range: Range<Int>) {
        guard let base else { return }
        let start = (max(range.lowerBound, 0) + Self.pageSize - 1) / Self.pageSize * Self.pageSize
        let end = min(range.upperBound, length) / Self.pageSize * Self.pageSize
        if end > start { madvise(base + start, end - start, MADV_DONTNEED) }
    }

    struct MappingError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
