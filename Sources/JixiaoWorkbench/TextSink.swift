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
///
/// A path that is a device, a pipe or a terminal (`/dev/stdout`, `/dev/full`) is written in
/// place: renaming a file over it would replace the device node itself, which root may do. A
/// symbolic link is followed, so the link stays and the file it names is replaced.
public final class AtomicFileSink: TextSink {
    public let path: String
    /// Nil when writing in place to a device or pipe.
    private let temporaryPath: String?
    private let handle: FileHandle
    private var failed: Error?

    public init(path: String) throws {
        self.path = path
        let target = Self.resolved(path)
        if Self.isSpecialFile(target) {
            guard let handle = FileHandle(forWritingAtPath: target) else {
                throw WorkbenchError.cannotWrite(path, reason: String(cString: strerror(errno)))
            }
            self.handle = handle
            temporaryPath = nil
            return
        }
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent().path
        let temporary = directory + "/." + url.lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw WorkbenchError.cannotWrite(path, reason: AtomicFileSink.reason(directory: directory))
        }
        self.handle = handle
        temporaryPath = temporary
    }

    public func write(_ text: String) {
        write(bytes: Array(text.utf8))
    }

    public func write(bytes: [UInt8]) {
        guard failed == nil else { return }
        do { try handle.write(contentsOf: bytes) } catch { failed = error }
    }

    public func finish() throws {
        defer { if let temporaryPath { try? FileManager.default.removeItem(atPath: temporaryPath) } }
        do {
            if let failed { throw failed }
            guard let temporaryPath else {
                try handle.close()
                return
            }
            try handle.synchronize()
            try handle.close()
            if rename(temporaryPath, Self.resolved(path)) != 0 {
                throw WorkbenchError.cannotWrite(path, reason: String(cString: strerror(errno)))
            }
        } catch let error as WorkbenchError {
            throw error
        } catch {
            throw WorkbenchError.cannotWrite(path, reason: Self.describe(error))
        }
    }

    /// Abandons the write: the temporary file goes, the target is untouched.
    public func discard() {
        try? handle.close()
        if let temporaryPath { try? FileManager.default.removeItem(atPath: temporaryPath) }
    }

    /// The file a symbolic link names (the path itself when it is none or names nothing yet).
    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// A device, pipe, socket or terminal that exists at `path`.
    static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let kind = info.st_mode & S_IFMT
        return kind != S_IFREG && kind != S_IFDIR
    }

    /// The system's words for a failed write ("No space left on device"), not Foundation's
    /// generic "The operation could not be completed".
    static func describe(_ error: Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(posix.code)))
        }
        if (error as NSError).domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32((error as NSError).code)))
        }
        return error.localizedDescription
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
