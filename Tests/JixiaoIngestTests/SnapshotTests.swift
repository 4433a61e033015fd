import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoIngest

/// The `.jxdb` snapshot: every column type survives a round trip bit for bit, and a damaged,
/// cut-short or foreign file is a clear error, never a table.
@Suite("Snapshot files")
struct SnapshotTests {
    /// A table with every column type, nulls in each, Chinese text, labels, NaN and -0.0.
    static func sample() -> Snapshot {
        var nullEveryThird = Bitmap(count: 0, allSet: false)
        for i in 0..<130 { nullEveryThird.append(i % 3 != 0) }
        let rows = 130
        let names = ["产出指标", "效益指标", "满意度指标", "", "é", "e\u{301}"]
        let ids: [Int64] = (0..<rows).map { Int64($0) &* 1_000_000_007 &- Int64.max / 2 }
        let rates: [Double] = (0..<rows).map { (r: Int) -> Double in r == 1 ? Double.nan : r == 2 ? -0.0 : Double(r) / 7
        }
        let done: [Bool] = (0..<rows).map { $0 % 2 == 0 }
        let codes: [UInt32] = (0..<rows).map { UInt32($0 % names.count) }
        let fields = [
            Field("id", aliases: ["编号"]), Field("rate", aliases: ["执行率", "完成率"]), Field("done", aliases: ["是否完成"]),
            Field("level1", aliases: ["一级指标"]), Field("plain"),
        ]
        let columns = [
            Column(.integer(ids), validity: nullEveryThird),
            Column(.double(rates), validity: nullEveryThird),
            Column(.boolean(done), validity: nullEveryThird),
            Column(.string(codes: codes, dictionary: StringDictionary(names)), validity: nullEveryThird),
            Column(.string(codes: Array(repeating: 0, count: rows), dictionary: StringDictionary(["中文"]))),
        ]
        let table = Table(fields: fields, columns: columns)
        let empty = Table(fields: [Field("x")], columns: [Column.nulls(count: 0, type: .string)])
        let allNull = Table(fields: [Field("名称")], columns: [Column.nulls(count: 5, type: .string)])
        return Snapshot(
            tables: [
                Snapshot.Entry(name: "indicators", table: table), Snapshot.Entry(name: "空表", table: empty),
                Snapshot.Entry(name: "nulls", table: allNull),
            ],
            warnings: [
                LoadWarning(file: "甲.txt", line: 12, message: "目标值 cut off"),
                LoadWarning(file: "b.pdf", line: nil, message: "no text"),
            ])
    }

    static func encode(_ snapshot: Snapshot) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try SnapshotWriter { bytes.append(contentsOf: $0) }.encode(snapshot)
        return bytes
    }

    static func decode(_ bytes: [UInt8], verify: Bool = true) throws -> Snapshot {
        try bytes.withUnsafeBytes { buffer in
            var reader = SnapshotReader(buffer, file: "t.jxdb", verifyChecksums: verify)
            return try reader.read()
        }
    }

    /// Two columns are the same when their types, nulls and every non-null value's bits match.
    static func same(_ a: Column, _ b: Column) -> Bool {
        guard a.type == b.type, a.count == b.count else { return false }
        for row in 0..<a.count {
            guard a.isNull(row) == b.isNull(row) else { return false }
            if a.isNull(row) { continue }
            switch (a.data, b.data) {
            case (.integer(let x), .integer(let y)): if x[row] != y[row] { return false }
            case (.double(let x), .double(let y)): if x[row].bitPattern != y[row].bitPattern { return false }
            case (.boolean(let x), .boolean(let y)): if x[row] != y[row] { return false }
            case (.string, .string):
                guard let s = a.string(at: row), let t = b.string(at: row),
                    Array(s.unicodeScalars) == Array(t.unicodeScalars)
                else { return false }
            default: return false
            }
        }
        return true
    }

    @Test func everyColumnTypeWithNullsAndChineseTextRoundTrips() throws {
        let original = Self.sample()
        let read = try Self.decode(try Self.encode(original))
        #expect(read.tables.map(\.name) == ["indicators", "空表", "nulls"])
        #expect(read.warnings == original.warnings)
        for (a, b) in zip(original.tables, read.tables) {
            #expect(a.table.fields == b.table.fields)
            #expect(a.table.rowCount == b.table.rowCount)
            for (x, y) in zip(a.table.columns, b.table.columns) { #expect(Self.same(x, y), "\(a.name)") }
        }
        // The dictionary keeps both spellings of é apart.
        #expect(read.tables[0].table.columns[3].string(at: 5) == "e\u{301}")
        #expect(read.tables[0].table.columns[3].string(at: 4)?.unicodeScalars.count == 1)
    }

    /// The narrow storage of a load: compact integers and decimals, one- and two-byte codes.
    static func narrow() -> Snapshot {
        let rows = 300
        var someNull = Bitmap(count: 0, allSet: false)
        for i in 0..<rows { someNull.append(i % 7 != 3) }
        let many = (0..<300).map { "\($0)" }
        let fields = [Field("id"), Field("score", aliases: ["得分"]), Field("level1"), Field("department")]
        let columns = [
            Column(.compact(CompactNumbers(mantissas: (0..<rows).map { Int32($0) - 150 }, scale: 0, isInteger: true))),
            Column(
                .compact(CompactNumbers(mantissas: (0..<rows).map { Int32($0 * 713) }, scale: 2, isInteger: false)),
                validity: someNull),
            Column(
                .narrowString(
                    codes: .bytes((0..<rows).map { UInt8($0 % 3) }),
                    dictionary: StringDictionary(["产出指标", "效益指标", "满意度指标"])), validity: someNull),
            Column(
                .narrowString(codes: .pairs((0..<rows).map { UInt16($0) }), dictionary: StringDictionary(many))),
        ]
        return Snapshot(
            tables: [Snapshot.Entry(name: "indicators", table: Table(fields: fields, columns: columns))], warnings: [])
    }

    @Test func narrowColumnsReadBackNarrowWithTheSameValues() throws {
        let original = Self.narrow()
        let bytes = try Self.encode(original)
        let read = try Self.decode(bytes)
        let (a, b) = (original.tables[0].table, read.tables[0].table)
        for (x, y) in zip(a.columns, b.columns) {
            #expect(Self.same(x.widened, y.widened))
            #expect(SnapshotColumnType.of(x).tag == SnapshotColumnType.of(y).tag, "the storage is kept")
        }
        guard case .compact(let score) = b.columns[1].data else { Issue.record("score was widened"); return }
        #expect(score.scale == 2 && !score.isInteger && b.columns[1].type == .double)
        // 4 bytes a number instead of 8, 1 or 2 a code instead of 4 (padded to 8 bytes).
        let plain = try Self.encode(
            Snapshot(
                tables: [
                    Snapshot.Entry(
                        name: "indicators", table: Table(fields: a.fields, columns: a.columns.map(\.widened)))
                ], warnings: []))
        #expect(plain.count - bytes.count == 2 * 1_200 + (1_200 - 304) + (1_200 - 600))
        // Damage anywhere is still caught.
        for i in stride(from: 0, to: bytes.count, by: 3) {
            var damaged = bytes
            damaged[i] ^= 0x10
            #expect((try? Self.decode(damaged)) == nil, "damage at byte \(i)")
        }
    }

    @Test func aNarrowCodeOutsideItsDictionaryIsRefused() throws {
        var snapshot = Self.narrow()
        var columns = snapshot.tables[0].table.columns
        columns[2] = Column(
            .narrowString(
                codes: .bytes((0..<300).map { UInt8($0 % 4) }), dictionary: StringDictionary(["甲", "乙", "丙"])))
        snapshot.tables[0].table = Table(fields: snapshot.tables[0].table.fields, columns: columns)
        #expect(throws: SnapshotError.self) { try Self.decode(try Self.encode(snapshot)) }
    }

    @Test func fileWrittenToDiskReadsBackAndLeavesNoTemporaryFile() throws {
        let directory = NSTemporaryDirectory() + "jixiao-snapshot-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/s.jxdb"
        try SnapshotFile.write(Self.sample(), to: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["s.jxdb"])
        #expect(try SnapshotFile.read(path: path).tables.count == 3)
    }

    @Test func everyDamagedByteIsCaught() throws {
        let bytes = try Self.encode(Self.sample())
        // Flip one bit in each byte of the file in turn (padding aside): none may read as a snapshot.
        var undetected: [Int] = []
        for i in 0..<bytes.count {
            var damaged = bytes
            damaged[i] ^= 0x10
            if (try? Self.decode(damaged)) != nil { undetected.append(i) }
        }
        #expect(undetected.isEmpty, "damage at bytes \(undetected.prefix(10)) was not caught")
        var damaged = bytes
        damaged[bytes.count - 40] ^= 0xFF
        #expect(throws: SnapshotError.self) { try Self.decode(damaged) }
    }

    @Test func aDamagedPayloadNamesTheColumn() throws {
        var bytes = try Self.encode(Self.sample())
        bytes[bytes.count - 10] ^= 1
        do {
            _ = try Self.decode(bytes)
            Issue.record("damage not caught")
        } catch let error as SnapshotError {
            guard case .damaged(_, let part) = error else { Issue.record("\(error)"); return }
            #expect(part.contains("column"))
        }
    }

    @Test func everyTruncationIsCaught() throws {
        let bytes = try Self.encode(Self.sample())
        for length in 0..<bytes.count {
            #expect(throws: SnapshotError.self) { try Self.decode(Array(bytes.prefix(length))) }
        }
        #expect(throws: SnapshotError.truncated("t.jxdb")) { try Self.decode(Array(bytes.prefix(bytes.count - 9))) }
    }

    @Test func foreignFilesAreNotSnapshots() throws {
        for text in ["项目名称,目标值\n", "SQLite format 3\0", "PK\u{3}\u{4}", "\u{89}PNG\r\n\u{1A}\n"] {
            #expect(throws: SnapshotError.notSnapshot("t.jxdb")) { try Self.decode(Array(text.utf8)) }
        }
        var future = try Self.encode(Self.sample())
        future[8] = 2
        // The version is under the header checksum: a changed version is damage unless rewritten whole.
        #expect(throws: SnapshotError.self) { try Self.decode(future) }
    }

    @Test func trailingBytesAreRejected() throws {
        #expect(throws: SnapshotError.self) { try Self.decode(try Self.encode(Self.sample()) + [0]) }
    }

    @Test func structuralChecksHoldWithoutChecksums() throws {
        // The fuzzer's mode: a bad code or offset must still be an error, not a trap.
        let bytes = try Self.encode(Self.sample())
        for i in stride(from: 32, to: bytes.count, by: 3) {
            var damaged = bytes
            damaged[i] = 0xFF
            _ = try? Self.decode(damaged, verify: false)
        }
    }

    /// 640,077 rows: the integer and double buffers are several read slices long and big enough
    /// for 2 MiB pages, and no buffer ends on a slice boundary.
    static func large() -> Snapshot {
        let rows = 640_077
        var valid = Bitmap(count: rows, allSet: true)
        for r in stride(from: 5, to: rows, by: 11) { valid[r] = false }
        let names = (0..<1_000).map { "部门\($0)" }
        let table = Table(
            fields: [Field("id"), Field("x"), Field("ok"), Field("dept")],
            columns: [
                Column(.integer((0..<rows).map { Int64($0) &* 2_654_435_761 })),
                Column(.double((0..<rows).map { Double($0) / 3 }), validity: valid),
                Column(.boolean((0..<rows).map { $0 % 3 == 0 })),
                Column(
                    .string(
                        codes: (0..<rows).map { UInt32(($0 &* 7_919) % 1_000) }, dictionary: StringDictionary(names))),
            ])
        return Snapshot(tables: [Snapshot.Entry(name: "big", table: table)], warnings: [])
    }

    /// Where each section's payload starts, walking the section headers from the file header on.
    static func payloads(_ bytes: [UInt8]) -> [(kind: UInt32, start: Int)] {
        var found: [(kind: UInt32, start: Int)] = []
        var offset = 32
        while offset + 24 <= bytes.count {
            let kind = bytes[offset..<(offset + 4)].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            let length = bytes[(offset + 8)..<(offset + 16)].reversed().reduce(0) { $0 << 8 | Int($1) }
            found.append((kind, offset + 24))
            offset += 24 + (length + 7) / 8 * 8
        }
        return found
    }

    @Test func aLargeFileReadsBackTheSameOnOneTwoAndThreeThreads() throws {
        let path = NSTemporaryDirectory() + "jixiao-snapshot-" + UUID().uuidString + ".jxdb"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let original = Self.large()
        try SnapshotFile.write(original, to: path)
        for threads in [1, 2, 3] {
            let read = try SnapshotFile.read(path: path, threads: threads)
            for (x, y) in zip(original.tables[0].table.columns, read.tables[0].table.columns) {
                #expect(Self.same(x, y), "\(threads) threads")
            }
        }
    }

    @Test func withSeveralDamagedBuffersEveryThreadCountNamesTheFirst() throws {
        var bytes = try Self.encode(Self.sample())
        // Damage the first byte of the first column's bitmap and of the last column's codes.
        let payloads = Self.payloads(bytes)
        bytes[payloads[2].start] ^= 1
        bytes[payloads[payloads.count - 1].start] ^= 1
        var errors: [SnapshotError] = []
        for threads in [1, 2, 3] {
            do {
                _ = try bytes.withUnsafeBytes { buffer in
                    var reader = SnapshotReader(buffer, file: "t.jxdb", threads: threads)
                    return try reader.read()
                }
                Issue.record("damage not caught on \(threads) threads")
            } catch let error as SnapshotError {
                errors.append(error)
            }
        }
        #expect(errors.count == 3 && Set(errors.map(\.description)).count == 1, "\(errors)")
    }

    @Test func xxhash64InPiecesEqualsTheWholeHash() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        bytes.withUnsafeBytes { raw in
            for cut in [0, 32, 96, 992] {
                var state = XXHash64.State()
                state.update(stripes: UnsafeRawBufferPointer(rebasing: raw[0..<cut]))
                #expect(state.finish(tail: UnsafeRawBufferPointer(rebasing: raw[cut...])) == XXHash64.hash(raw))
            }
        }
    }

    @Test func xxhash64MatchesThePublishedValues() {
        #expect(XXHash64.hash([UInt8]()) == 0xEF46_DB37_51D8_E999)
        #expect(XXHash64.hash(Array("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
        #expect(XXHash64.hash(Array("Nobody inspects the spammish repetition".utf8)) == 0xFBCE_A83C_8A37_8BF1)
    }
}
