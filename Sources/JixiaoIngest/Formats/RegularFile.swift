import Foundation

/// Checks that a path is a regular file before anything reads it. A named pipe would block the
/// read until someone writes to it, and a device such as /dev/zero never ends, so both are
/// refused up front with a message that says what the path is, instead of hanging the session.
enum RegularFile {
    /// The file's size in bytes; throws `DocumentImportError` when it cannot be read as a file.
    static func size(at path: String, file: String) throws -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw DocumentImportError(file: file, reason: .unreadable(String(cString: strerror(errno))))
        }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            throw DocumentImportError(file: file, reason: .unreadable("not a regular file: \(describe(kind))"))
        }
        guard access(path, R_OK) == 0 else {
            throw DocumentImportError(file: file, reason: .unreadable(String(cString: strerror(errno))))
        }
        return Int(info.st_size)
    }

    private static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }
}
