import Foundation
import JixiaoEngine
import JixiaoIngest

extension Session {
    /// Writes every table of the session, in catalog order, with its columns' labels and the
    /// warnings of the loads so far, to a `.jxdb` snapshot (Docs/jxdb.md).
    public func saveSnapshot(to path: String) throws {
        let tables = catalog.names.compactMap { name in catalog[name].map { Snapshot.Entry(name: name, table: $0) } }
        do { try SnapshotFile.write(Snapshot(tables: tables, warnings: loadWarnings), to: path) } catch let error
            as SnapshotError
        {
            throw WorkbenchError.usage(error.description)
        }
    }

    /// Whether `path` names a snapshot rather than a script: by its `.jxdb` extension, or by
    /// its first bytes when it has another name.
    public static func isSnapshot(path: String) -> Bool {
        if URL(fileURLWithPath: path).pathExtension.lowercased() == "jxdb" { return true }
        // POSIX, not FileHandle: Foundation traps reading a folder, and a folder is no snapshot.
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: Snapshot.magic.count)
        let n = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        return n == head.count && Snapshot.looksLikeSnapshot(head)
    }

    /// Replaces the session's tables and load warnings with a snapshot's. The file is read and
    /// checked whole first, so a damaged, cut-short or foreign file is an error that changes nothing.
    public func openSnapshot(at path: String) throws {
        let snapshot: Snapshot
        do { snapshot = try SnapshotFile.read(path: path, threads: context.threads) } catch let error as SnapshotError {
            throw WorkbenchError.usage(error.description)
        }
        var opened = Catalog()
        for entry in snapshot.tables { opened[entry.name] = entry.table }
        catalog = opened
        loadWarnings = snapshot.warnings
    }
}
