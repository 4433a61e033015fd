import Foundation

/// Where a snapshot's bytes come from: an open file, read with `pread` straight into the buffer
/// that keeps them (so a column's bytes are copied once, from the page cache into the column),
/// or bytes already in memory (the tests and the fuzzer). Reads at any offset from any thread.
struct SnapshotSource: @unchecked Sendable {
    private enum Storage {
        case file(Int32)
        case memory(UnsafeRawBufferPointer)
    }

    private let storage: Storage
    let size: Int
    let file: String

    init(fileDescriptor: Int32, size: Int, file: String) {
        storage = .file(fileDescriptor)
        self.size = size
        self.file = file
    }

    /// Bytes that stay valid for as long as the source is used.
    init(_ bytes: UnsafeRawBufferPointer, file: String) {
        storage = .memory(bytes)
        size = bytes.count
        self.file = file
    }

    /// Fills `target` from `offset`; the caller has checked that the range is inside the file,
    /// so coming up short means the file shrank while it was read.
    func read(_ offset: Int, into target: UnsafeMutableRawBufferPointer) throws {
        guard target.count > 0, let base = target.baseAddress else { return }
        guard offset >= 0, target.count <= size - offset else { throw SnapshotError.truncated(file) }
        switch storage {
        case .memory(let bytes):
            guard let source = bytes.baseAddress else { throw SnapshotError.truncated(file) }
            base.copyMemory(from: source + offset, byteCount: target.count)
        case .file(let fd):
            var done = 0
            while done < target.count {
                let n = pread(fd, base + done, target.count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n >= 0 else { throw SnapshotError.cannotRead(file, reason: String(cString: strerror(errno))) }
                guard n > 0 else { throw SnapshotError.truncated(file) }
                done += n
            }
        }
    }

    /// `count` bytes at `offset` in a new array, for the small parts (headers, the catalog).
    func bytes(_ offset: Int, count: Int) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            try read(offset, into: UnsafeMutableRawBufferPointer(buffer))
            initialized = count
        }
    }
}
