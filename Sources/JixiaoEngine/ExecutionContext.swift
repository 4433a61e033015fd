import Foundation
import Synchronization

/// What one statement's execution shares: warnings raised by kernels (such as a division by
/// zero) and the interrupt flag that Ctrl-C sets.
public final class ExecutionContext: Sendable {
    private let state = Mutex<[String: Int]>([:])
    private let interrupted = Atomic<Bool>(false)
    private let rowsDone = Atomic<Int>(0)
    private let dictionaryWork = Mutex<[DictionaryWorkKey: DictionaryWork]>([:])

    /// Threads an operator may use on a large table (`ChunkedFold`); results do not depend on it.
    public let threads: Int

    public init(threads: Int = ExecutionContext.defaultThreads) {
        self.threads = max(1, threads)
    }

    /// Every core the process may run on.
    public static var defaultThreads: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Records a warning; repeated warnings are counted, not repeated.
    public func warn(_ message: String, count: Int = 1) {
        state.withLock { $0[message, default: 0] += count }
    }

    /// Warnings so far with how often each occurred, in a stable order.
    public var warnings: [(message: String, count: Int)] {
        state.withLock { $0.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
    }

    public func clearWarnings() { state.withLock { $0.removeAll() } }

    public func interrupt() { interrupted.store(true, ordering: .relaxed) }
    public func resetInterrupt() { interrupted.store(false, ordering: .relaxed) }
    public var isInterrupted: Bool { interrupted.load(ordering: .relaxed) }

    /// Counts rows an operator or a reader has finished, for the progress line of a long statement.
    public func addProgress(rows: Int) { rowsDone.add(rows, ordering: .relaxed) }
    public var progressRows: Int { rowsDone.load(ordering: .relaxed) }
    public func resetProgress() { rowsDone.store(0, ordering: .relaxed) }

    /// The result of `make`, computed once per dictionary and `key` for this context's statement.
    ///
    /// Work done once per distinct string (a comparison's truth table, `lower` of every value)
    /// would otherwise be redone for every batch of the same column. The entry holds on to the
    /// dictionary, so no other dictionary can take its identity while the entry lives.
    public func perDictionary<T>(_ dictionary: StringDictionary, _ key: String, _ make: () throws -> T) rethrows -> T {
        let id = DictionaryWorkKey(dictionary: ObjectIdentifier(dictionary), key: key)
        if let done = dictionaryWork.withLock({ $0[id] }), let value = done.value as? T { return value }
        let value = try make()
        dictionaryWork.withLock { $0[id] = DictionaryWork(dictionary: dictionary, value: value) }
        return value
    }

    /// Forgets the per-dictionary work; a statement's end frees what it kept.
    public func clearDictionaryWork() { dictionaryWork.withLock { $0.removeAll() } }

    /// Throws when an interrupt is pending; operators call it between batches.
    public func checkInterrupt() throws {
        if isInterrupted { throw EngineError.cancelled }
    }
}

private struct DictionaryWorkKey: Hashable {
    let dictionary: ObjectIdentifier
    let key: String
}

private final class DictionaryWork: @unchecked Sendable {
    let dictionary: StringDictionary
    /// Never mutated after creation; read under the context's lock.
    let value: Any

    init(dictionary: StringDictionary, value: Any) {
        self.dictionary = dictionary
        self.value = value
    }
}
