import Foundation
import Synchronization

/// An accumulator whose states over separate runs of rows can be combined: what lets `agg` fold a
/// large table on several threads.
protocol MergeableAccumulator: AggregateAccumulator {
    /// Adds `source`'s states into `target`'s slot by slot, `target` holding the rows before
    /// `source`'s; `other` is the copy of this accumulator that folded `source`.
    mutating func merge(
        _ source: SlotStates, into target: SlotStates, at offset: Int, from other: any AggregateAccumulator)
}

/// Folds a table's rows into the streaming aggregates' slot states in chunks of a fixed size,
/// `chunkRows`, whatever the number of threads.
///
/// Each chunk is folded from zeroed states in row order, and the chunks' states are merged in
/// chunk order: the result, float sums included, is the same bit for bit on one thread or many,
/// because which thread folds a chunk never changes what is added to what. A table of one chunk
/// or less is one plain pass on the calling thread, as before (the bundled data never pays for
/// threads). With T threads, thread 0 folds the first share of chunks and merges each into the
/// result as it goes; the others keep their chunks' states until the result reaches them.
struct ChunkedFold {
    /// 512 batches: large enough that merging a chunk's states costs little beside folding it,
    /// small enough that two cores share a ten-million-row table evenly.
    static let chunkRows = Batch.size * 512

    typealias Fold =
        @Sendable (_ rows: Range<Int>, _ accumulators: inout [any AggregateAccumulator], _ states: SlotStates) throws ->
        Void

    let rowCount: Int
    let slotCount: Int
    let stride: Int
    let threads: Int

    /// Folds every row into `states` (zeroed, `slotCount` × `stride`) and returns the
    /// accumulators that did it, with their flags combined over all chunks.
    func run(
        _ accumulators: [any AggregateAccumulator], into states: SlotStates, fold: @escaping Fold
    ) throws -> [any AggregateAccumulator] {
        let chunks = (rowCount + Self.chunkRows - 1) / Self.chunkRows
        let mergeable = accumulators.allSatisfy { $0 is any MergeableAccumulator }
        guard chunks > 1, mergeable else {
            var all = accumulators
            try fold(0..<rowCount, &all, states)
            return all
        }
        let workers = max(1, min(threads, chunks))
        // Contiguous shares of chunks, the first thread's folded straight into the result.
        let share = (chunks + workers - 1) / workers
        let shares = (0..<workers).map { w in (w * share)..<min(chunks, (w + 1) * share) }.filter { !$0.isEmpty }
        let kept = Mutex<[Int: [(SlotStatesBox, [AccumulatorBox])]]>([:])
        let failure = Mutex<(any Error)?>(nil)
        let result = Mutex<[AccumulatorBox]>(accumulators.map(AccumulatorBox.init))
        let target = SlotStatesBox(states)
        let fresh = accumulators.map(AccumulatorBox.init)
        let rows = rowCount, slots = slotCount, width = stride
        let work: @Sendable (Int) -> Void = { w in
            var mine: [(SlotStatesBox, [AccumulatorBox])] = []
            for chunk in shares[w] {
                guard failure.withLock({ $0 == nil }) else { return }
                let range = (chunk * Self.chunkRows)..<min(rows, (chunk + 1) * Self.chunkRows)
                let local = chunk == 0 ? target.states : SlotStates(slotCount: slots, stride: width)
                var folded = fresh.map(\.accumulator)
                do { try fold(range, &folded, local) } catch {
                    failure.withLock { $0 = $0 ?? error }
                    if chunk != 0 { local.release() }
                    return
                }
                if w == 0 {
                    if chunk == 0 {
                        result.withLock { $0 = folded.map(AccumulatorBox.init) }
                    } else {
                        result.withLock { Self.merge(local, into: target.states, &$0, folded) }
                        local.release()
                    }
                } else {
                    mine.append((SlotStatesBox(local), folded.map(AccumulatorBox.init)))
                }
            }
            if w > 0 { kept.withLock { $0[w] = mine } }
        }
        if shares.count == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: shares.count, execute: work)
        }
        let later = kept.withLock { $0 }
        var combined = result.withLock { $0 }
        // The other threads' chunks, in chunk order, after the first thread's.
        for w in 1..<max(1, shares.count) {
            for (local, folded) in later[w] ?? [] {
                if failure.withLock({ $0 == nil }) {
                    Self.merge(local.states, into: states, &combined, folded.map(\.accumulator))
                }
                local.states.release()
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        return combined.map(\.accumulator)
    }

    private static func merge(
        _ source: SlotStates, into target: SlotStates, _ accumulators: inout [AccumulatorBox],
        _ folded: [any AggregateAccumulator]
    ) {
        var offset = 0
        for k in accumulators.indices {
            guard var a = accumulators[k].accumulator as? any MergeableAccumulator else { continue }
            a.merge(source, into: target, at: offset, from: folded[k])
            offset += a.stateSize
            accumulators[k] = AccumulatorBox(a)
        }
    }
}

/// Carries an accumulator to the thread that folds a chunk. Accumulators are plain values with
/// no references, copied before each chunk, so no two threads ever share one.
struct AccumulatorBox: @unchecked Sendable {
    let accumulator: any AggregateAccumulator
    init(_ accumulator: any AggregateAccumulator) { self.accumulator = accumulator }
}

/// Carries slot states between threads: each chunk's states are written by one thread only and
/// read after `concurrentPerform` returns (the first thread's result only by the first thread).
struct SlotStatesBox: @unchecked Sendable {
    let states: SlotStates
    init(_ states: SlotStates) { self.states = states }
}
