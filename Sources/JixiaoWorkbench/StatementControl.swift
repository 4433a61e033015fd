import JixiaoEngine

/// What another thread may do to the statement that is running: stop it (Ctrl-C) and ask how
/// far it has got. The REPL's progress watcher holds one while a statement runs.
public struct StatementControl: Sendable {
    let context: ExecutionContext

    /// Asks the running statement to stop; it ends with "interrupted" and changes nothing.
    public func interrupt() { context.interrupt() }

    /// Rows the running statement's operators have finished so far.
    public var progressRows: Int { context.progressRows }
}
