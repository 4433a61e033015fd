import JixiaoEngine

/// Decodes a snapshot, checking everything before it is used: the signature, the version, each
/// section's checksum and length, and that every code, offset and count points inside what the
/// file holds. Any failure is a `SnapshotError` and nothing is returned, so a damaged, truncated
/// or foreign file never changes a session.
///
/// It reads in two passes. The first reads the small parts in file order: the header, the
/// catalog, the warnings, and every section header (so every length and kind is checked against
/// the catalog before a buffer is allocated). The second reads each column buffer straight into
/// the array the column keeps, checksumming it as it arrives, on `threads` threads at once
/// (`SnapshotPayload.decodeAll`); the columns are the same whatever the thread count.
public struct SnapshotReader {
    let source: SnapshotSource
    /// The fuzzer turns checksums off, so that its mutants reach the structural checks behind them.
    let verifyChecksums: Bool
    let threads: Int
    private var offset = 0
    private var sectionsLeft = 0
    var file: String { source.file }

    /// A reader of bytes in memory, which must stay valid while it reads.
    public init(_ bytes: UnsafeRawBufferPointer, file: String, verifyChecksums: Bool = true, threads: Int = 1) {
        self.init(source: SnapshotSource(bytes, file: file), verifyChecksums: verifyChecksums, threads: threads)
    }

    init(source: SnapshotSource, verifyChecksums: Bool = true, threads: Int) {
        self.source = source
        self.verifyChecksums = verifyChecksums
        self.threads = max(1, threads)
    }

    /// The snapshot the source holds.
    public mutating func read() throws -> Snapshot {
        try readHeader()
        let layouts = try readCatalog(try smallSection(.catalog, part: "catalog"))
        let warnings = try readWarnings(try smallSection(.warnings, part: "warnings"))
        var buffers: [SnapshotBuffer] = []
        for layout in layouts {
            for column in layout.columns {
                let place = "column \"\(column.field.name)\" of table \"\(layout.name)\""
                let kinds = (column.hasValidity ? [SnapshotSection.validity] : []) + column.type.sections
                for kind in kinds {
                    let part = "\(kind.label) of \(place)"
                    let found = try nextSection(kind, part: part)
                    if let expected = kind.payloadSize(rows: layout.rowCount), expected != found.length {
                        throw SnapshotError.invalid(
                            file, reason: "the \(part) has \(found.length) bytes, not \(expected)")
                    }
                    buffers.append(
                        SnapshotBuffer(
                            kind: kind, offset: found.offset, length: found.length, checksum: found.checksum,
                            rows: layout.rowCount, place: place))
                }
            }
        }
        guard sectionsLeft == 0 else {
            throw SnapshotError.invalid(file, reason: "the header counts more sections than the tables use")
        }
        guard offset == source.size else { throw SnapshotError.invalid(file, reason: "bytes follow the last section") }
        let payloads = try SnapshotPayload.decodeAll(
            buffers, from: source, verifyChecksums: verifyChecksums, threads: threads)
        var next = 0
        var tables: [Snapshot.Entry] = []
        tables.reserveCapacity(layouts.count)
        for layout in layouts {
            var columns: [Column] = []
            columns.reserveCapacity(layout.columns.count)
            for column in layout.columns {
                let count = (column.hasValidity ? 1 : 0) + column.type.sections.count
                columns.append(try assemble(payloads[next..<(next + count)], buffers[next], column.type))
                next += count
            }
            let table = Table(fields: layout.columns.map(\.field), columns: columns, rowCount: layout.rowCount)
            tables.append(Snapshot.Entry(name: layout.name, table: table))
        }
        return Snapshot(tables: tables, warnings: warnings)
    }

    /// One column from its decoded sections, which the first pass found in the type's order.
    private func assemble(
        _ payloads: ArraySlice<SnapshotPayload>, _ first: SnapshotBuffer, _ type: SnapshotColumnType
    ) throws -> Column {
        var validity: Bitmap?
        var dictionary = StringDictionary.empty
        var data: ColumnData?
        for payload in payloads {
            switch payload {
            case .validity(let bitmap): validity = bitmap
            case .values(let values): data = values
            case .dictionary(let d): dictionary = d
            case .codes(let codes, let largest):
                try checkCodes(codes, largest: largest, dictionary.count, validity, first.place)
                data = .string(codes: codes, dictionary: dictionary)
            case .byteCodes(let codes, let largest):
                try checkCodes(codes, largest: largest, dictionary.count, validity, first.place)
                data = .narrowString(codes: .bytes(codes), dictionary: dictionary)
            case .pairCodes(let codes, let largest):
                try checkCodes(codes, largest: largest, dictionary.count, validity, first.place)
                data = .narrowString(codes: .pairs(codes), dictionary: dictionary)
            case .mantissas(let mantissas):
                // Any mantissa over any scale of the type decodes to one double: nothing to check.
                let scale = type.scale ?? 0
                data = .compact(CompactNumbers(mantissas: mantissas, scale: scale, isInteger: type.type == .integer))
            }
        }
        guard let data else { throw SnapshotError.invalid(file, reason: "\(first.place) has no values") }
        if case .date(let days) = data { try checkDays(days, validity, first.place) }
        return Column(data, validity: validity)
    }

    /// Only a day of the years 1–9999 has ISO text; another is allowed only on a null row. The
    /// smallest and largest day are checked first, so a good column costs one pass.
    private func checkDays(_ days: [Int32], _ validity: Bitmap?, _ place: String) throws {
        let range = CivilDay.representable
        let (lo, hi) = days.withUnsafeBufferPointer { ($0.min() ?? 0, $0.max() ?? 0) }
        guard !range.contains(Int64(lo)) || !range.contains(Int64(hi)) else { return }
        for (row, day) in days.enumerated() where !range.contains(Int64(day)) {
            guard let v = validity, !v[row] else {
                throw SnapshotError.invalid(
                    file, reason: "\(place) has a day outside the years 1–9999 at row \(row + 1)")
            }
        }
    }

    /// A code outside the dictionary is allowed only on a null row, whose code is never read. The
    /// largest code is checked first, so a good column costs one comparison.
    private func checkCodes<Code: FixedWidthInteger>(
        _ codes: [Code], largest: UInt32, _ count: Int, _ validity: Bitmap?, _ place: String
    ) throws {
        guard !codes.isEmpty, Int(largest) >= count else { return }
        for (row, code) in codes.enumerated() where Int(code) >= count {
            guard let v = validity, !v[row] else {
                throw SnapshotError.invalid(
                    file, reason: "\(place) has a code outside its dictionary at row \(row + 1)")
            }
        }
    }

    // MARK: header and sections

    private mutating func readHeader() throws {
        let magic = Snapshot.magic
        let head = try source.bytes(0, count: min(magic.count, source.size))
        guard head == Array(magic.prefix(head.count)), !head.isEmpty else { throw SnapshotError.notSnapshot(file) }
        guard source.size >= Snapshot.headerSize else { throw SnapshotError.truncated(file) }
        let bytes = try source.bytes(0, count: Snapshot.headerSize)
        try bytes.withUnsafeBytes { raw in
            var cursor = SnapshotCursor(raw, file: file, part: "header")
            for _ in magic { _ = try cursor.u8() }
            let version = try cursor.u32()
            let flags = try cursor.u32()
            let sections = try cursor.u64()
            let checksum = try cursor.u64()
            if verifyChecksums && XXHash64.hash(UnsafeRawBufferPointer(rebasing: raw[0..<24])) != checksum {
                throw SnapshotError.damaged(file, part: "header")
            }
            guard version == Snapshot.version else { throw SnapshotError.unsupportedVersion(file, version: version) }
            guard flags == 0 else {
                throw SnapshotError.invalid(file, reason: "the header has flags this version does not know")
            }
            let fit = UInt64((source.size - Snapshot.headerSize) / Snapshot.sectionHeaderSize)
            guard sections >= 2, sections <= fit else {
                // More sections than headers would fit in the rest of the file: it was cut short.
                throw sections < 2
                    ? SnapshotError.invalid(file, reason: "the header counts too few sections")
                    : SnapshotError.truncated(file)
            }
            sectionsLeft = Int(sections)
        }
        offset = Snapshot.headerSize
    }

    /// The next section's place, which must be of kind `kind`; `part` names it in errors. Its
    /// header, reserved field and padding are checked here, its payload's checksum by the caller.
    private mutating func nextSection(
        _ kind: SnapshotSection, part: @autoclosure () -> String
    ) throws -> (offset: Int, length: Int, checksum: UInt64) {
        guard sectionsLeft > 0 else {
            throw SnapshotError.invalid(file, reason: "the header counts fewer sections than the tables use")
        }
        guard source.size - offset >= Snapshot.sectionHeaderSize else { throw SnapshotError.truncated(file) }
        let header = try source.bytes(offset, count: Snapshot.sectionHeaderSize)
        let (rawKind, reserved, length, checksum) = try header.withUnsafeBytes { raw in
            var cursor = SnapshotCursor(raw, file: file, part: "section header")
            return (try cursor.u32(), try cursor.u32(), try cursor.u64(), try cursor.u64())
        }
        let start = offset + Snapshot.sectionHeaderSize
        guard length <= UInt64(source.size - start) else { throw SnapshotError.truncated(file) }
        let count = Int(length)
        let padded = count + ((8 - count & 7) & 7)
        guard padded <= source.size - start else { throw SnapshotError.truncated(file) }
        guard rawKind == kind.rawValue else {
            let found =
                SnapshotSection(rawValue: rawKind).map { "the \($0.label)" } ?? "a section of unknown kind \(rawKind)"
            throw SnapshotError.invalid(file, reason: "found \(found) where the \(part()) should be")
        }
        // Reserved fields and padding are zero, so that no byte of the file can change unnoticed.
        let padding = try source.bytes(start + count, count: padded - count)
        guard reserved == 0, padding.allSatisfy({ $0 == 0 }) else {
            throw SnapshotError.invalid(file, reason: "the \(part()) has non-zero padding")
        }
        offset = start + padded
        sectionsLeft -= 1
        return (start, count, checksum)
    }

    /// The payload of a section read whole and checked at once: the catalog and the warnings.
    private mutating func smallSection(_ kind: SnapshotSection, part: String) throws -> [UInt8] {
        let found = try nextSection(kind, part: part)
        let payload = try source.bytes(found.offset, count: found.length)
        if verifyChecksums && XXHash64.hash(payload) != found.checksum { throw SnapshotError.damaged(file, part: part) }
        return payload
    }

    // MARK: catalog and warnings

    struct ColumnLayout {
        var field: Field
        var type: SnapshotColumnType
        var hasValidity: Bool
    }

    struct TableLayout {
        var name: String
        var rowCount: Int
        var columns: [ColumnLayout]
    }

    private func readCatalog(_ payload: [UInt8]) throws -> [TableLayout] {
        try payload.withUnsafeBytes { raw in
            var cursor = SnapshotCursor(raw, file: file, part: "catalog")
            // A table takes at least its name's length, row count and column count: 20 bytes.
            let tableCount = try cursor.count(minimumSize: 20)
            var tables: [TableLayout] = []
            var names = Set<String>()
            for _ in 0..<tableCount {
                let name = try cursor.string()
                guard names.insert(name).inserted else {
                    throw SnapshotError.invalid(file, reason: "two tables are called \"\(name)\"")
                }
                let rows = try cursor.u64()
                // Row numbers are 32-bit in the engine (`Selection`).
                guard rows <= UInt64(Int32.max) else {
                    throw SnapshotError.invalid(file, reason: "table \"\(name)\" has too many rows")
                }
                // A column takes at least its name's length, alias count, type and null flag: 14 bytes.
                let columnCount = try cursor.count(minimumSize: 14)
                var columns: [ColumnLayout] = []
                for _ in 0..<columnCount {
                    let columnName = try cursor.string()
                    let aliasCount = try cursor.count(minimumSize: 4)
                    var aliases: [String] = []
                    for _ in 0..<aliasCount { aliases.append(try cursor.string()) }
                    let tag = try cursor.u8()
                    guard let type = SnapshotColumnType.tagged(tag) else {
                        throw SnapshotError.invalid(file, reason: "column \"\(columnName)\" has unknown type \(tag)")
                    }
                    let flag = try cursor.u8()
                    guard flag <= 1 else {
                        throw SnapshotError.invalid(file, reason: "column \"\(columnName)\" has a bad null flag")
                    }
                    columns.append(
                        ColumnLayout(field: Field(columnName, aliases: aliases), type: type, hasValidity: flag == 1))
                }
                tables.append(TableLayout(name: name, rowCount: Int(rows), columns: columns))
            }
            guard cursor.atEnd else {
                throw SnapshotError.invalid(file, reason: "the catalog has bytes after its last table")
            }
            return tables
        }
    }

    private func readWarnings(_ payload: [UInt8]) throws -> [LoadWarning] {
        try payload.withUnsafeBytes { raw in
            var cursor = SnapshotCursor(raw, file: file, part: "warnings")
            let count = try cursor.count(minimumSize: 17)
            var warnings: [LoadWarning] = []
            warnings.reserveCapacity(count)
            for _ in 0..<count {
                let source = try cursor.string()
                let hasLine = try cursor.u8()
                let line = try cursor.i64()
                let message = try cursor.string()
                guard hasLine <= 1, let lineNumber = Int(exactly: line) else {
                    throw SnapshotError.invalid(file, reason: "a warning has a bad line number")
                }
                warnings.append(LoadWarning(file: source, line: hasLine == 1 ? lineNumber : nil, message: message))
            }
            guard cursor.atEnd else {
                throw SnapshotError.invalid(file, reason: "the warnings have bytes after the last one")
            }
            return warnings
        }
    }
}
