import Foundation
import JixiaoEngine

@testable import JixiaoIngest

/// Loads in-memory file contents through the same detection as `load`.
enum TableFixtures {
    static func load(_ text: String, file: String = "t.csv") throws -> FileContent {
        try FileImporter.load(data: Data(text.utf8), file: file, options: LoadOptions())
    }

    static func table(_ text: String, file: String = "t.csv") throws -> TableLoad {
        try table(data: Data(text.utf8), file: file)
    }

    static func table(data: Data, file: String = "t.csv") throws -> TableLoad {
        guard case .table(let load) = try FileImporter.load(data: data, file: file, options: LoadOptions()) else {
            throw FixtureError.notATable
        }
        return load
    }

    enum FixtureError: Error { case notATable }
}

extension Table {
    /// A column's type by name, for inference assertions.
    func type(of column: String) -> DataType? { self.column(named: column)?.type }
}
