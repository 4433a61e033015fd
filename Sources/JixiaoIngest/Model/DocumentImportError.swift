/// Why a file could not be read as a performance document. Nothing is loaded when this is thrown.
public struct DocumentImportError: Error, CustomStringConvertible, Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// The file could not be opened or read.
        case unreadable(String)
        /// The bytes are neither UTF-8 nor GB18030.
        case undecodable
        /// No known layout's header was found.
        case notADocument
        /// A layout was recognised but no project could be read from it.
        case noProjects(layout: String)
        /// No format recognised the content; the text says what the file looked like.
        case unrecognised(String)
        /// The format was recognised but the content is broken at `line`.
        case malformed(line: Int?, String)
        /// Loading would take more memory than there is (both in bytes).
        case tooLarge(needed: Int, available: Int)
    }

    public var file: String
    public var reason: Reason

    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .unreadable(let why): return "\(file): cannot read the file (\(why))"
        case .undecodable: return "\(file): not text (neither UTF-8 nor GB18030)"
        case .notADocument: return "\(file): not a performance document (no 项目名称 / 三级指标 header found)"
        case .noProjects(let layout):
            return "\(file): looks like a \(layout) but no project (项目名称 with a name) was found"
        case .unrecognised(let why): return "\(file): not a performance document, CSV/TSV or JSON table (\(why))"
        case .malformed(let line?, let why): return "\(file):\(line): \(why); nothing was loaded"
        case .malformed(nil, let why): return "\(file): \(why); nothing was loaded"
        case .tooLarge(let needed, let available):
            return
                "\(file): too big to load: the table would take about \(MemoryEstimate.describe(needed)) of memory and \(MemoryEstimate.describe(available)) is free; nothing was loaded"
        }
    }
}
