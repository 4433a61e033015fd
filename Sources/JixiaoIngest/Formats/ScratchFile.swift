import Foundation

/// A file's bytes written to a private temporary file, for the libraries and commands that read
/// only from a path (libfreexl, pdftotext); removed when the reader is done with it.
struct ScratchFile {
    let path: String

    init(_ bytes: UnsafeBufferPointer<UInt8>, suffix: String, file: String) throws {
        let name = "jixiao-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)\(suffix)"
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw DocumentImportError(file: file, reason: .unreadable("cannot write a temporary copy to \(NSTemporaryDirectory())"))
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
