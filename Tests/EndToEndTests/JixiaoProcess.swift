import Foundation

/// Runs the built `jixiao` binary as a user would, capturing its output and exit code.
enum JixiaoProcess {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var binary: String { root.appendingPathComponent(".build/debug/jixiao").path }
    static var datasets: String { root.appendingPathComponent("Datasets").path }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Whether the run was killed for taking longer than its timeout: a hang.
        var timedOut = false
    }

    /// Runs the binary (or `executable`, such as a shell that sets limits first); one that runs past
    /// `timeout` seconds is killed and reported as `timedOut`, so a hang fails its test instead of
    /// stalling the suite.
    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
        directory: String? = nil, timeout: TimeInterval = 120, executable: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["JIXIAO_DATASETS"] = datasets
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let watchdog = Watchdog(process, after: timeout)
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outData.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave()
        }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData.data, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), timedOut: watchdog.stop())
    }

    /// A fresh temporary folder for one test.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "jixiao-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// Holds what a reader thread collected until the test thread joins it.
final class DataBox: @unchecked Sendable {
    var data = Data()
}

/// Kills a process that outlives its time; `stop` says whether it had to.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var fired = false
    private var done = false

    init(_ process: Process, after seconds: TimeInterval) {
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            lock.withLock {
                guard !done else { return }
                fired = true
                kill(pid, SIGKILL)
            }
        }
    }

    func stop() -> Bool {
        lock.withLock {
            done = true
            return fired
        }
    }
}
