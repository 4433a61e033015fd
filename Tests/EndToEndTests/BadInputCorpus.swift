import Foundation
import JixiaoTestSupport

/// Broken files of every kind an analyst may be handed, written into a folder for one test run.
/// Each says what `load` must do with it: fail with a message naming the file (and the place, where
/// there is one), or load with a warning naming the line. Generated, not committed, so a 5 MB line
/// costs nothing in the repository, and from a fixed seed so every run sees the same bytes.
struct BadInputCorpus {
    enum Expectation {
        /// `load` fails (exit 2 in a script) with a message holding every string.
        case fails([String])
        /// `load` succeeds and says every string (a warning with its line, or the summary).
        case loads([String])
    }

    struct Case {
        var name: String
        var expectation: Expectation
    }

    let folder: String
    private(set) var cases: [Case] = []

    init(folder: String) throws {
        self.folder = folder
        var random = SplitMix(seed: 0xBAD_1A7A)
        let document = try Data(
            contentsOf: JixiaoProcess.root.appendingPathComponent("Datasets/002_5de48380219a521f.txt"))

        try add("empty.csv", Data(), .fails(["empty.csv", "empty"]))
        try add("blank.txt", Data("\n  \n\t\n".utf8), .fails(["blank.txt", "empty"]))
        try add("random.bin", Data(random.bytes(4096)), .fails(["random.bin"]))
        try add("nul.csv", Data("a,b\n1,2\n3,\u{0}\n".utf8), .fails(["nul.csv", "NUL", "line 3"]))
        try add("truncated.txt", document.prefix(document.count / 2 + 1), .loads(["truncated.txt"]))
        // A project header cut off before its indicators loads the project with none (issue 12).
        try add("title-only.txt", document.prefix(120), .loads(["title-only.txt", "1 projects, 0 indicators"]))
        try add("long-line.csv", Data(String(repeating: "字段,", count: 5_000_000 / 7).utf8), .fails(["long-line.csv"]))
        try add(
            "long-cell.csv", Data(("a,b\n1," + String(repeating: "x", count: 5_000_000) + "\n").utf8),
            .loads(["long-cell.csv", "1 rows"]))
        try add("unclosed.csv", Data("a,b\n1,\"open\n2,3\n".utf8), .loads(["unclosed.csv:2", "never closed"]))
        try add(
            "ragged.csv", Data("a,b,c\n1,2\n3,4,5,6\n7,8,9\n10,11,12\n".utf8), .loads(["ragged.csv:2", "ragged.csv:3"]))
        guard let gb18030 = String(decoding: document, as: UTF8.self).data(using: Self.gb18030) else {
            throw CocoaError(.fileWriteInapplicableStringEncoding)
        }
        try add("gb18030.txt", gb18030, .loads(["gb18030.txt", "projects"]))
        try add(
            "deep.json", Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8),
            .fails(["deep.json:1", "nested"]))
        try add(
            "deep-object.json", Data(("[{\"a\":" + String(repeating: "{\"a\":", count: 100_000)).utf8),
            .fails(["deep-object.json:1", "nested"]))
        try add("truncated.json", Data("[{\"a\": 1},\n{\"a\": \"open".utf8), .fails(["truncated.json:2"]))
        try add(
            "huge.csv", Data("a,b\n1e999,-1e999\n99999999999999999999999,1e-999\n".utf8),
            .loads(["huge.csv", "2 rows"]))
        try add(
            "huge.json", Data("[{\"a\": 1e999, \"b\": 99999999999999999999999}]".utf8), .loads(["huge.json", "1 rows"]))
        try add("fake.sqlite", Data("SQLite format 3\u{0}".utf8 + random.bytes(2000)), .fails(["fake.sqlite"]))
        try symlink("gone.csv", to: folder + "/no-such-file.csv", .fails(["gone.csv"]))
        try fifo("pipe.csv", .fails(["pipe.csv", "not a regular file"]))
    }

    /// Where a case's file is.
    func path(_ name: String) -> String { folder + "/" + name }

    private mutating func add(_ name: String, _ data: Data, _ expectation: Expectation) throws {
        try data.write(to: URL(fileURLWithPath: path(name)))
        cases.append(Case(name: name, expectation: expectation))
    }

    /// A file that disappeared: its name is still listed, as a dangling link.
    private mutating func symlink(_ name: String, to target: String, _ expectation: Expectation) throws {
        try FileManager.default.createSymbolicLink(atPath: path(name), withDestinationPath: target)
        cases.append(Case(name: name, expectation: expectation))
    }

    /// A named pipe nobody writes to: reading it would wait for ever.
    private mutating func fifo(_ name: String, _ expectation: Expectation) throws {
        guard mkfifo(path(name), 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        cases.append(Case(name: name, expectation: expectation))
    }

    /// GB18030 as Foundation on Linux numbers it (kCFStringEncodingGB_18030_2000 as an NSStringEncoding).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
}
