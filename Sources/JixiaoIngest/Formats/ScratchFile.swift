import Foundation

/// A file's bytes written to a private temporary file, for the libraries and commands that read
/// only from a path (libfreexl, pdftotext); removed when the reader is done with it.
struct ScratchFile {
    let path: String

    init(_ bytes: UnsafeBufferPointer<UInt8>, suffix: String, file: String) throws {
        let name = "jixiao-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)\(suffix)"
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent(name)
        guard
            FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
        else {
            throw DocumentImportError(
                file: file, reason: .unreadable("cannot write a temporary copy to \(NSTemporaryDirectory())"))
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// The bytes of the file at `path`, at most `limit` of them (nil when it cannot be read or is
    /// larger). Read with POSIX calls: Foundation's file reading leaked a buffer per call under
    /// the fuzzer's leak checker.
    static func contents(of path: String, limit: Int) -> Data? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { return out }
            out.append(contentsOf: buffer[0..<n])
            if out.count > limit { return nil }
        }
    }
}
