import Foundation

/// How much memory loading a file will take, judged from its size and format before it is read,
/// so a file too big for the machine is a clear error instead of the kernel killing the session,
/// and a merely large one says what it will cost before the wait begins.
///
/// A delimited table is costed from the rows of its sample (`DelimitedMemoryCost`). The factors
/// of the other formats are measured (peak memory over the file's size), rounded up: a JSON
/// table holds every cell as a boxed value while it infers types (390 KB peaked at 4.4 MB); a
/// document is decoded to text and split into lines and cells.
public struct MemoryEstimate: Sendable, Equatable {
    /// The file's size in bytes.
    public var fileBytes: Int
    /// The memory the loaded table is expected to take.
    public var tableBytes: Int
    /// The memory a load may use: `JIXIAO_MEMORY_LIMIT` when set, else MemAvailable; nil when unknown.
    public var availableBytes: Int?

    /// Loads expected to take more than this say so first.
    public static let announcedAbove = 1 << 30

    public var isLarge: Bool { tableBytes > Self.announcedAbove }
    public var fits: Bool { availableBytes.map { tableBytes <= $0 } ?? true }

    /// Throws when the table would not fit in the memory there is.
    public func requireFits(file: String) throws {
        if let availableBytes, !fits {
            throw DocumentImportError(file: file, reason: .tooLarge(needed: tableBytes, available: availableBytes))
        }
    }

    /// What a large load will cost, said before it starts.
    public func note(file: String) -> String {
        "\(file): \(Self.describe(fileBytes)) file; the table will take about \(Self.describe(tableBytes)) of memory"
    }

    /// The estimate for the file at `path`; throws `DocumentImportError` when it is no regular file.
    public static func of(path: String) throws -> MemoryEstimate {
        of(try FileImporter.open(path: path))
    }

    /// The estimate for an opened file, from the format recognised in it.
    public static func of(_ file: OpenedFile) -> MemoryEstimate {
        let factor = file.format.map(Self.factor) ?? 1
        var tableBytes = Int(Double(file.size) * factor)
        if file.format == DelimitedTableFormat.self, let delimiter = DelimitedTableFormat.delimiter(of: file.sample),
            let sampled = DelimitedMemoryCost.tableBytes(file.sample, delimiter: delimiter, fileBytes: file.size)
        {
            tableBytes = sampled
        }
        return MemoryEstimate(fileBytes: file.size, tableBytes: tableBytes, availableBytes: availableMemory())
    }

    static func factor(_ format: any FileFormat.Type) -> Double {
        switch format {
        case is DelimitedTableFormat.Type: return 2
        case is JSONTableFormat.Type: return 12
        case is PerformanceDocumentFormat.Type: return 8
        default: return 2
        }
    }

    /// `JIXIAO_MEMORY_LIMIT` (bytes, or with a K, M or G suffix) or the kernel's MemAvailable.
    static func availableMemory() -> Int? {
        if let limit = ProcessInfo.processInfo.environment["JIXIAO_MEMORY_LIMIT"], let bytes = parseBytes(limit) {
            return bytes
        }
        guard let info = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else { return nil }
        for line in info.split(separator: "\n") where line.hasPrefix("MemAvailable:") {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return kilobytes.map { $0 * 1024 }
        }
        return nil
    }

    static func parseBytes(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let scales: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        if let last = trimmed.last, let scale = scales[last] {
            return Int(trimmed.dropLast()).map { $0 * scale }
        }
        return Int(trimmed)
    }

    /// `1.4 GB`, `320 MB`: sizes as a person reads them.
    public static func describe(_ bytes: Int) -> String {
        let gigabytes = Double(bytes) / Double(1 << 30)
        if gigabytes >= 1 { return String(format: "%.1f GB", gigabytes) }
        return "\(max(1, bytes >> 20)) MB"
    }
}
