import Foundation

/// Where a session writes: results to one sink, messages (load summaries, warnings, errors) to another.
public protocol TextSink: AnyObject {
    func write(_ text: String)
    /// UTF-8 bytes as they come from a streaming writer.
    func write(bytes: [UInt8])
    /// Makes what was written durable; a file sink renames its temporary file into place here.
    func finish() throws
}

extension TextSink {
    public func finish() throws {}
    public func write(bytes: [UInt8]) { write(String(decoding: bytes, as: UTF8.self)) }
}

/// Writes to a file descriptor (stdout or stderr) unbuffered by Swift, so output interleaves
/// in the order the session produced it.
public final class FileDescriptorSink: TextSink {
    private let handle: FileHandle

    public init(_ handle: FileHandle) { self.handle = handle }

    public static var standardOutput: FileDescriptorSink { FileDescriptorSink(.standardOutput) }
    public static var standardError: FileDescriptorSink { FileDescriptorSink(.standardError) }

    public func write(_ text: String) {
        try? handle.write(contentsOf: Data(text.utf8))
    }

    public func write(bytes: [UInt8]) {
        try? handle.write(contentsOf: bytes)
    }
}

/// Collects text in memory; for tests and for capturing a statement's output.
public final class BufferSink: TextSink {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) { self.text += text }

    public func clear() { text = "" }
}

/// Writes into a temporary file beside `path` and renames it over `path` on `finish`, so a failed
/// or interrupted run never leaves half a file and the previous file stays intact until then.
public final class AtomicFileSink: TextSink {
    public let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var failed: Error?

    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        temporaryPath = directory + "/." + url.lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw WorkbenchError.cannotWrite(path, reason: AtomicFileSink.reason(directory: directory))
        }
        self.handle = handle
    }

    public func write(_ text: String) {
        write(bytes: Array(text.utf8))
    }

    public func write(bytes: [UInt8]) {
        guard failed == nil else { return }
        do { try handle.write(contentsOf: bytes) } catch { failed = error }
    }

    public func finish() throws {
        defer { try? FileManager.default.removeItem(atPath: temporaryPath) }
        do {
            if let failed { throw failed }
            try handle.synchronize()
            try handle.close()
            if rename(temporaryPath, path) != 0 {
                throw WorkbenchError.cannotWrite(path, reason: String(cString: strerror(errno)))
            }
        } catch let error as WorkbenchError {
            throw error
        } catch {
            throw WorkbenchError.cannotWrite(path, reason: error.localizedDescription)
        }
    }

    /// Abandons the write: the temporary file goes, the target is untouched.
    public func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }

    private static func reason(directory: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
            return "the folder \(directory) does not exist"
        }
        if !FileManager.default.isWritableFile(atPath: directory) {
            return "the folder \(directory) is not writable"
        }
        return "cannot create a file there"
    }
}

/// Runs `beforeWrite` before passing text on: the REPL uses it to take its progress line off the
/// terminal before any output of the statement appears.
public final class GatedSink: TextSink {
    private let inner: TextSink
    public var beforeWrite: (() -> Void)?

    public init(_ inner: TextSink) { self.inner = inner }

    public func write(_ text: String) {
        beforeWrite?()
        inner.write(text)
    }

    public func write(bytes: [UInt8]) {
        beforeWrite?()
        inner.write(bytes: bytes)
    }

    public func finish() throws { try inner.finish() }
}
