import Foundation

/// The files of a folder opened, and its documents read, on every core at once before they are
/// added in file order. A document needs nothing from the files before it until its rows are
/// numbered, so each is read numbered from 1 and renumbered when its turn comes; tables (which
/// may link to projects loaded before them) and large files are read in turn as usual.
struct DocumentsReadAhead {
    /// The options the documents were read with.
    let options: LoadOptions
    private(set) var opened: [Result<OpenedFile, Error>?]
    private(set) var documents: [Result<DocumentLoad, Error>?]

    /// Documents larger than this are read in turn, after their memory estimate is checked.
    static let largestReadAhead = 16 << 20

    init(_ files: [String], options: LoadOptions) {
        self.options = options
        let n = files.count > 1 ? files.count : 0
        let results = (0..<n).map { _ in ReadAheadSlot() }
        // Largest first, so that the longest read starts at once and the rest fill in beside it.
        let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        let order = (0..<n).sorted { sizes[$0] > sizes[$1] }
        DispatchQueue.concurrentPerform(iterations: n) { k in
            let i = order[k]
            let slot = results[i]
            slot.opened = Result { try FileImporter.open(path: files[i]) }
            guard case .success(let file) = slot.opened, file.isDocument, file.size <= Self.largestReadAhead else {
                return
            }
            slot.document = Result {
                guard case .document(let load) = try FileImporter.load(file, options: options) else {
                    throw DocumentImportError(file: file.name, reason: .notADocument)
                }
                return load
            }
        }
        opened = files.indices.map { $0 < n ? results[$0].opened : nil }
        documents = files.indices.map { $0 < n ? results[$0].document : nil }
    }
}

/// What reading ahead found for one file; each slot is written by one thread, then read after
/// all of them have finished.
private final class ReadAheadSlot: @unchecked Sendable {
    var opened: Result<OpenedFile, Error>?
    var document: Result<DocumentLoad, Error>?
}
