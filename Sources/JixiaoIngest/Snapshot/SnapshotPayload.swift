import Foundation
import JixiaoEngine
import Synchronization

/// Where one column buffer of a snapshot is and what it must hold, as the first pass found it.
struct SnapshotBuffer: Sendable {
    let kind: SnapshotSection
    let offset: Int
    let length: Int
    let checksum: UInt64
    let rows: Int
    /// "column \"x\" of table \"t\"", for errors.
    let place: String

    var part: String { "\(kind.label) of \(place)" }
}

/// A column buffer read, checksummed and checked: the second pass of `SnapshotReader`.
enum SnapshotPayload: Sendable {
    case validity(Bitmap)
    /// The values of a type stored in one section (integers, doubles, booleans, dates).
    case values(ColumnData)
    case dictionary(StringDictionary)
    /// Codes and the largest of them, so a range check of the codes costs one comparison.
    case codes([UInt32], largest: UInt32)
    case byteCodes([UInt8], largest: UInt32)
    case pairCodes([UInt16], largest: UInt32)
    /// The mantissas of compact numbers (their scale is the column's type).
    case mantissas([Int32])

    /// Buffers are read and hashed in slices of this size, each while it is still in the cache.
    static let slice = 1 << 20

    /// Every buffer of `buffers`, in their order, read on up to `threads` threads: the largest
    /// first, each thread taking the next when it is done, so both cores stay busy to the end.
    /// When several buffers are bad, the error is the one of the first in the file, as one thread
    /// reading front to back would find it.
    static func decodeAll(
        _ buffers: [SnapshotBuffer], from source: SnapshotSource, verifyChecksums: Bool, threads: Int
    ) throws -> [SnapshotPayload] {
        if threads == 1 || buffers.count < 2 {
            return try buffers.map { try decode($0, from: source, verifyChecksums: verifyChecksums) }
        }
        let order = buffers.indices.sorted { buffers[$0].length > buffers[$1].length }
        let next = Atomic<Int>(0)
        let firstFailure = Atomic<Int>(Int.max)
        let results = Mutex<[SnapshotPayload?]>(Array(repeating: nil, count: buffers.count))
        let failures = Mutex<[Int: any Error]>([:])
        DispatchQueue.concurrentPerform(iterations: min(threads, buffers.count)) { _ in
            while true {
                let k = next.add(1, ordering: .relaxed).oldValue
                guard k < order.count else { return }
                let i = order[k]
                // A buffer after a bad one cannot change which error is reported.
                if i > firstFailure.load(ordering: .relaxed) { continue }
                do {
                    let payload = try decode(buffers[i], from: source, verifyChecksums: verifyChecksums)
                    results.withLock { $0[i] = payload }
                } catch {
                    failures.withLock { $0[i] = error }
                    firstFailure.min(i, ordering: .relaxed)
                }
            }
        }
        if let error = failures.withLock({ $0.min { $0.key < $1.key }?.value }) { throw error }
        return try results.withLock { done in
            try done.map { payload in
                guard let payload else { throw SnapshotError.invalid(source.file, reason: "a buffer was not read") }
                return payload
            }
        }
    }

    static func decode(
        _ buffer: SnapshotBuffer, from source: SnapshotSource, verifyChecksums: Bool
    ) throws
        -> SnapshotPayload
    {
        let read = { (target: UnsafeMutableRawBufferPointer) in
            try fill(target, buffer, source, verifyChecksums: verifyChecksums)
        }
        switch buffer.kind {
        case .validity:
            return .validity(Bitmap(words: try integers(UInt64.self, buffer.length / 8, read), count: buffer.rows))
        case .integers:
            return .values(.integer(try integers(Int64.self, buffer.rows, read)))
        case .doubles:
            #if _endian(little)
            return .values(.double(try array(Double.self, buffer.rows, read)))
            #else
            return .values(.double(try integers(UInt64.self, buffer.rows, read).map(Double.init(bitPattern:))))
            #endif
        case .booleans:
            let values = try array(Bool.self, buffer.rows) { target in
                try read(target)
                guard allZeroOrOne(UnsafeRawBufferPointer(target)) else {
                    throw SnapshotError.invalid(
                        source.file, reason: "\(buffer.place) holds a boolean that is neither 0 nor 1")
                }
            }
            return .values(.boolean(values))
        case .dates:
            // The days' range is checked against the column's bitmap when it is assembled, as codes are.
            let days = try integers(Int32.self, buffer.rows, read)
            return .values(.date(days))
        case .codes:
            let codes = try integers(UInt32.self, buffer.rows, read)
            return .codes(codes, largest: codes.withUnsafeBufferPointer { $0.max() ?? 0 })
        case .byteCodes:
            let codes = try integers(UInt8.self, buffer.rows, read)
            return .byteCodes(codes, largest: UInt32(codes.withUnsafeBufferPointer { $0.max() ?? 0 }))
        case .pairCodes:
            let codes = try integers(UInt16.self, buffer.rows, read)
            return .pairCodes(codes, largest: UInt32(codes.withUnsafeBufferPointer { $0.max() ?? 0 }))
        case .mantissas:
            return .mantissas(try integers(Int32.self, buffer.rows, read))
        case .dictionary:
            let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: max(buffer.length, 1), alignment: 8)
            defer { bytes.deallocate() }
            LargePages.advise(bytes)
            let payload = UnsafeMutableRawBufferPointer(rebasing: bytes[0..<buffer.length])
            try read(payload)
            return .dictionary(
                try SnapshotDictionary.decode(UnsafeRawBufferPointer(payload), buffer, file: source.file))
        case .catalog, .warnings:
            throw SnapshotError.invalid(source.file, reason: "the \(buffer.kind.label) is not a column buffer")
        }
    }

    /// Reads the buffer into `target` slice by slice, hashing each slice right after its read.
    private static func fill(
        _ target: UnsafeMutableRawBufferPointer, _ buffer: SnapshotBuffer, _ source: SnapshotSource,
        verifyChecksums: Bool
    ) throws {
        var state = XXHash64.State()
        var done = 0
        while true {
            let n = min(slice, target.count - done)
            let piece = UnsafeMutableRawBufferPointer(rebasing: target[done..<(done + n)])
            try source.read(buffer.offset + done, into: piece)
            done += n
            guard verifyChecksums else {
                if done == target.count { return }
                continue
            }
            if done == target.count {
                guard state.finish(tail: UnsafeRawBufferPointer(piece)) == buffer.checksum else {
                    throw SnapshotError.damaged(source.file, part: buffer.part)
                }
                return
            }
            state.update(stripes: UnsafeRawBufferPointer(piece))
        }
    }

    /// `count` values whose bytes `read` puts in place, in an array that is never zeroed first.
    private static func array<T: BitwiseCopyable>(
        _: T.Type, _ count: Int, _ read: (UnsafeMutableRawBufferPointer) throws -> Void
    ) throws -> [T] {
        try [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            LargePages.advise(buffer)
            try read(UnsafeMutableRawBufferPointer(buffer))
            initialized = count
        }
    }

    /// Little-endian integers, as the file stores them.
    private static func integers<T: FixedWidthInteger & BitwiseCopyable>(
        _: T.Type, _ count: Int, _ read: (UnsafeMutableRawBufferPointer) throws -> Void
    ) throws -> [T] {
        let values = try array(T.self, count, read)
        #if _endian(little)
        return values
        #else
        return values.map { T(littleEndian: $0) }
        #endif
    }

    /// Whether every byte is 0 or 1, eight at a time.
    private static func allZeroOrOne(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var high: UInt64 = 0
        var i = 0
        while i + 8 <= n {
            high |= base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < n {
            high |= UInt64(base.load(fromByteOffset: i, as: UInt8.self))
            i += 1
        }
        return high & 0xFEFE_FEFE_FEFE_FEFE == 0
    }
}
