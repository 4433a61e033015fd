import Foundation
import Testing

/// Issue 7 §4: `save`, `.output` and `--output` write a temporary file and rename it; a write that
/// fails says why, exits 2, leaves no partial or temporary file, and the previous file intact.
///
/// The tests run as root, for whom no folder is read-only, so an unwritable place is a path under
/// a regular file (`/etc/hostname/x.csv`); a full disk is `/dev/full`, and for a regular file the
/// file-size limit (`ulimit -f`, with SIGXFSZ ignored so the write fails with EFBIG instead).
@Suite struct WriteFailureTests {
    static let previous = "previous contents\n"

    /// A folder holding `out.csv`, `out.json` and `out.sqlite` as a previous run left them.
    static func folderWithPreviousFiles() throws -> String {
        let folder = try JixiaoProcess.temporaryDirectory()
        for name in ["out.csv", "out.json"] {
            try previous.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let r = try JixiaoProcess.run(["-c", "save projects | select name | take 1 to \"\(folder)/out.sqlite\""])
        #expect(r.status == 0, "\(r.stderr)")
        return folder
    }

    /// The files in `folder`, so a test can see that no temporary file was left behind.
    static func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// Runs jixiao under `sh` with the file-size limit at `kilobytes`.
    static func runLimited(_ arguments: [String], kilobytes: Int, directory: String) throws -> JixiaoProcess.Result {
        let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(
            separator: " ")
        let script = "trap '' XFSZ; ulimit -f \(kilobytes); exec '\(JixiaoProcess.binary)' \(quoted)"
        return try JixiaoProcess.run(["-c", script], directory: directory, timeout: 60, executable: "/bin/sh")
    }

    @Test(arguments: [
        "/etc/hostname/x.csv", "missing-folder/x.csv", "missing-folder/x.sqlite", "/etc/hostname/x.sqlite",
    ])
    func savingWhereNoFileCanBeIsAnErrorNamingThePath(_ target: String) throws {
        let folder = try JixiaoProcess.temporaryDirectory()
        let r = try JixiaoProcess.run(["-c", "save projects to \"\(target)\""], directory: folder, timeout: 60)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("cannot write") && r.stderr.contains(target), "\(r.stderr)")
        #expect(r.stderr.contains("-c:1:"), "\(r.stderr)")
        #expect(Self.names(in: folder).isEmpty)
    }

    @Test func outputToAFullDeviceIsAnErrorAndTheDeviceStaysADevice() throws {
        for arguments in [
            ["--output", "/dev/full", "-c", "projects"], ["-c", ".output /dev/full\nprojects\n.output stdout"],
        ] {
            let r = try JixiaoProcess.run(arguments, timeout: 60)
            #expect(r.status == 2, "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains("No space left on device"), "\(arguments): \(r.stderr)")
        }
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(!FileManager.default.fileExists(atPath: "/dev/.full.tmp"))
    }

    @Test func aWriteThatRunsOutOfSpaceLeavesThePreviousFileIntact() throws {
        let folder = try Self.folderWithPreviousFiles()
        let before = Self.names(in: folder)
        let sqlite = try Data(contentsOf: URL(fileURLWithPath: folder + "/out.sqlite"))
        let cases: [[String]] = [
            ["-c", "save indicators to \"out.csv\""],
            ["-c", "save indicators to \"out.sqlite\" as big"],
            ["--output", "out.json", "--format", "json", "-c", "indicators"],
            ["-c", ".output out.csv\nindicators\n.output stdout"],
        ]
        for arguments in cases {
            let r = try Self.runLimited(arguments, kilobytes: 16, directory: folder)
            #expect(r.status == 2, "\(arguments): exit \(r.status) \(r.stderr)")
            #expect(
                r.stderr.contains("cannot write") || r.stderr.contains("File too large"), "\(arguments): \(r.stderr)")
        }
        #expect(try String(contentsOfFile: folder + "/out.csv", encoding: .utf8) == Self.previous)
        #expect(try String(contentsOfFile: folder + "/out.json", encoding: .utf8) == Self.previous)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/out.sqlite")) == sqlite)
        #expect(Self.names(in: folder) == before, "temporary files left: \(Self.names(in: folder))")
    }

    @Test func aWriteThatSucceedsReplacesTheFileWhole() throws {
        let folder = try Self.folderWithPreviousFiles()
        let r = try JixiaoProcess.run(
            ["-c", "save projects | select name to \"out.csv\""], directory: folder, timeout: 60)
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/out.csv"))
        #expect(bytes.starts(with: Data("\u{FEFF}name\n".utf8)))
        #expect(bytes.filter { $0 == 0x0A }.count == 29)
    }

    @Test func aHistoryFolderThatCannotBeMadeDoesNotStopTheREPL() throws {
        let terminal = Tmux()
        try terminal.start(REPLTerminalTests.command(stateDirectory: "/etc/hostname/state"))
        try terminal.waitFor(text: "jixiao> ")
        try terminal.type("print \"still here\"")
        try terminal.press("Enter")
        try terminal.waitFor(text: "still here")
        try terminal.leaveWithCtrlD()
    }
}
