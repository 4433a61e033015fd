import Foundation

/// Where the repository's files are, found from this file's path so the tests run from any
/// working directory and need no declared resources.
public enum RepositoryPaths {
    /// The repository's root folder.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled published documents.
    public static var datasets: String { root.appendingPathComponent("Datasets").path }

    /// A file of the bundled documents.
    public static func dataset(_ name: String) -> String {
        root.appendingPathComponent("Datasets").appendingPathComponent(name).path
    }

    /// A file at `path` from the root (`README.md`, `Scripts/by-department.jx`).
    public static func file(_ path: String) -> String { root.appendingPathComponent(path).path }
}
