import Synchronization

/// What one statement's execution shares: warnings raised by kernels (such as a division by
/// zero) and the interrupt flag that Ctrl-C sets.
public final class ExecutionContext: Sendable {
    private let state = Mutex<[String: Int]>([:])
    private let interrupted = Atomic<Bool>(false)
    private let rowsDone = Atomic<Int>(0)

    public init() {}

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

    /// Throws when an interrupt is pending; operators call it between batches.
    public func checkInterrupt() throws {
        if isInterrupted { throw EngineError.cancelled }
    }
}
