import Foundation
import JixiaoEngine

/// Reads a large plain UTF-8 delimited file on every core: the data is cut into one part per
/// core at line breaks, each part is split and converted into columns of its own on its own
/// thread, and the parts are then joined in file order.
///
/// A cut may fall inside a quoted field that holds a line break. The part before such a cut
/// then ends inside an open quote, which its scanner reports; the parts are thrown away and
/// the caller reads the file on one thread, so a cut never changes a record. Otherwise every
/// part began at a record's start, and joining them (`ColumnAccumulator.append(contentsOf:)`)
/// gives the table one reader would have built: the same values, types and dictionaries.
enum DelimitedParts {
    /// Each part gets at least this much of the file: a thread is not worth less.
    static let minimumPartBytes = 16 << 20
    /// Parts beyond this many cores gain little; each costs its dictionaries.
    static let maximumParts = 8

    /// Nil when the file is too small to share out, or when the parts do not join exactly and
    /// the caller must read it on one thread.
    static func read(
        _ file: FileBytes, delimiter: UInt8, header: Int, from start: Int, line: Int, capacity: Int,
        context: ExecutionContext?, partBytes: Int
    ) throws -> DelimitedRows? {
        let threads = context?.threads ?? ExecutionContext.defaultThreads
        let cuts = cuts(file.buffer, from: start, parts: threads, partBytes: partBytes)
        guard cuts.count > 2 else { return nil }
        let parts = cuts.count - 1
        let results = PartResults(parts)
        let total = max(file.count - start, 1)
        DispatchQueue.concurrentPerform(iterations: parts) { k in
            let begin = cuts[k], end = cuts[k + 1]
            // The first part's columns take the whole table's rows: the others are appended to them.
            let rows = k == 0 ? capacity : Int(Double(capacity) * Double(end - begin) / Double(total)) + 1024
            results.set(k) {
                var part = try DelimitedRows.read(
                    file, delimiter: delimiter, header: header, from: begin, line: k == 0 ? line : 1,
                    capacity: rows, context: context, pureUTF8: true, end: end, parts: false,
                    decode: { cell, _ in String(validating: cell, as: UTF8.self) })
                // A column that turned to text inside this part reads its earlier cells again here,
                // on this part's thread and bytes, not after the join from the top of the file.
                if part.decoded, part.tooWide == nil, part.columns.contains(where: { $0.rowsToReread > 0 }) {
                    var again = DelimitedScanner(
                        bytes: UnsafeBufferPointer(rebasing: file.buffer[0..<end]), delimiter: delimiter, start: begin)
                    defer { again.release() }
                    part.decoded = DelimitedTableReader.rereadText(&again, into: &part.columns) {
                        String(validating: $0, as: UTF8.self)
                    }
                }
                return part
            }
        }
        var read = try results.take()
        // Each part is moved out of `read` as it is joined, so its columns are freed one by one.
        if read.contains(where: { !$0.decoded }) {
            var failed = DelimitedRows()
            failed.decoded = false
            return failed
        }
        let joinable = read.indices.allSatisfy { k in
            read[k].tooWide == nil && read[k].columns.count == header
                && (k == parts - 1 || read[k].unterminatedQuoteLine == nil)
        }
        guard joinable else { return nil }
        var joined = read[0]
        read[0] = DelimitedRows()
        for k in 1..<parts {
            append(&joined, &read[k], threads: max(1, min(threads, maximumParts)))
        }
        return joined
    }

    /// The byte offsets where parts begin, and the end: `start`, then just after the first line
    /// break at or past each equal share of the rest.
    static func cuts(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, parts: Int, partBytes: Int) -> [Int] {
        let size = bytes.count - start
        let parts = min(parts, maximumParts, size / max(partBytes, 1))
        guard parts >= 2, let base = bytes.baseAddress else { return [start, bytes.count] }
        var cuts = [start]
        for k in 1..<parts {
            let from = max(start + size / parts * k, cuts[cuts.count - 1])
            guard let found = memchr(base + from, 0x0A, bytes.count - from) else { break }
            let cut = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            if cut < bytes.count, cut > cuts[cuts.count - 1] { cuts.append(cut) }
        }
        cuts.append(bytes.count)
        return cuts
    }

    /// Appends the part that follows `joined` in the file, emptying it; its lines counted from 1
    /// become lines after `joined`'s last. The columns are joined on `threads` threads.
    private static func append(_ joined: inout DelimitedRows, _ part: inout DelimitedRows, threads: Int) {
        let offset = joined.endLine - 1
        let count = min(joined.columns.count, part.columns.count)
        joined.columns.withUnsafeMutableBufferPointer { into in
            part.columns.withUnsafeMutableBufferPointer { from in
                let columns = ColumnPairs(into: into, from: from)
                // Each column is joined on its own, on every core: the columns are independent.
                DispatchQueue.concurrentPerform(iterations: min(threads, count)) { worker in
                    for c in Swift.stride(from: worker, to: count, by: threads) { columns.join(c) }
                }
            }
        }
        joined.rowLines.append(contentsOf: part.rowLines.lazy.map { $0 &+ Int32(truncatingIfNeeded: offset) })
        joined.rows += part.rows
        for ragged in part.ragged where joined.ragged.count < DelimitedTableReader.listedRaggedRows {
            joined.ragged.append((ragged.line + offset, ragged.fields))
        }
        joined.raggedCount += part.raggedCount
        joined.unterminatedQuoteLine = part.unterminatedQuoteLine.map { $0 + offset }
        joined.strayQuoteLine = joined.strayQuoteLine ?? part.strayQuoteLine.map { $0 + offset }
        joined.endLine = part.endLine + offset
    }
}

/// The columns of the joined rows and of the part appended to them, shared among the threads of
/// the join. Unchecked sendability: each thread joins columns of its own, and
/// `concurrentPerform` returns only after every one is done.
private struct ColumnPairs: @unchecked Sendable {
    let into: UnsafeMutableBufferPointer<ColumnAccumulator>
    let from: UnsafeMutableBufferPointer<ColumnAccumulator>

    /// Appends column `c` of the part to the joined column. The part's column is moved out
    /// first, so it is freed as soon as it is appended: the part's memory goes back while the
    /// joined columns grow.
    func join(_ c: Int) {
        var column = ColumnAccumulator(capacity: 0)
        swap(&column, &from[c])
        into[c].append(contentsOf: column)
    }
}

/// The parts' results, each written by its own thread into its own slot. Unchecked
/// sendability: the slots are distinct, and `concurrentPerform` returns only after every write.
private final class PartResults: @unchecked Sendable {
    private var slots: [Result<DelimitedRows, any Error>?]

    init(_ count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ body: () throws -> DelimitedRows) {
        let result = Result { try body() }
        slots.withUnsafeMutableBufferPointer { $0[k] = result }
    }

    /// Every part's rows, or the first part's error in file order (an interrupt, say). The slots
    /// are emptied: a copy left in them would make the join copy every column it appends to.
    func take() throws -> [DelimitedRows] {
        var taken: [Result<DelimitedRows, any Error>?] = []
        swap(&taken, &slots)
        return try taken.map { slot in try slot!.get() }
    }
}
