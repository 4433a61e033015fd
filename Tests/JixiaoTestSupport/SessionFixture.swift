import Foundation
import JixiaoEngine
import JixiaoWorkbench

/// A session with the bundled `Datasets/` loaded, its output and messages captured.
public struct SessionFixture {
    public static var datasets: String { RepositoryPaths.datasets }

    public let session: Session
    public let output = BufferSink()
    public let messages = BufferSink()

    public init(loadDatasets: Bool = true) {
        session = Session(output: output, messages: messages)
        if loadDatasets { session.load(path: Self.datasets, announce: false) }
    }

    /// Runs statements, returning how they went.
    @discardableResult
    public func run(_ source: String) -> Session.Outcome { session.run(source) }

    /// Every row of a table as text cells keyed by column name.
    public func rows(_ table: String) -> [[String: String]] {
        guard let t = session.catalog[table] else { return [] }
        return (0..<t.rowCount).map { r in
            Dictionary(uniqueKeysWithValues: t.names.enumerated().map { ($1, t[r, $0].description) })
        }
    }

    public static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "jixiao-workbench-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
