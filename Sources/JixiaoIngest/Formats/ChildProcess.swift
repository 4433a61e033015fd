import Foundation

/// Waiting for a child process (pdftotext, the libfreexl reader) with a time limit, so that a
/// library or command stuck on a damaged file cannot hang a load.
enum ChildProcess {
    /// The child's exit status, or minus the signal that ended it; nil when it was still running
    /// after `timeLimit` seconds (it is then killed and reaped).
    static func wait(_ pid: pid_t, timeLimit: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeLimit)
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0, errno != EINTR { return -1 }
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                return nil
            }
            usleep(2_000)
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros: the status word's layout on Linux.
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : -signal
    }
}
