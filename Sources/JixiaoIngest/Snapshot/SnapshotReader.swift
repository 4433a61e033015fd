import JixiaoEngine

/// Decodes a snapshot from its bytes, checking everything before it is used: the signature, the
/// version, each section's checksum and length, and that every code, offset and count points
/// inside what the file holds. Any failure is a `SnapshotError` and nothing is returned, so a
/// damaged, truncated or foreign file never changes a session.
public struct SnapshotReader {
    let bytes: UnsafeRawBufferPointer
    let file: String
    /// The fuzzer turns checksums off, so that its mutants reach the structural checks behind them.
    let verifyChecksums: Bool
    private var offset = 0
    private var sectionsLeft = 0

    public init(_ bytes: UnsafeRawBufferPointer, file: String, verifyChecksums: Bool = true) {
        self.bytes = bytes
        self.file = file
        self.verifyChecksums = verifyChecksums
    }

    /// The snapshot in `bytes`.
    public mutating func read() throws -> Snapshot {
        try readHeader()
        let layouts = try readCatalog(try nextSection(.catalog, part: "catalog"))
        let warnings = try readWarnings(try nextSection(.warnings, part: "warnings"))
        var tables: [Snapshot.Entry] = []
        tables.reserveCapacity(layouts.count)
        for layout in layouts {
            var columns: [Column] = []
            columns.reserveCapacity(layout.columns.count)
            for column in layout.columns {
                columns.append(try readColumn(column, table: layout.name, rows: layout.rowCount))
            }
            let table = Table(fields: layout.columns.map(\.field), columns: columns, rowCount: layout.rowCount)
            tables.append(Snapshot.Entry(name: layout.name, table: table))
        }
        guard sectionsLeft == 0 else {
            throw SnapshotError.invalid(file, reason: "the header counts more sections than the tables use")
        }
        guard offset == bytes.count else { throw SnapshotError.invalid(file, reason: "bytes follow the last section") }
        return Snapshot(tables: tables, warnings: warnings)
    }

    // MARK: header and sections

    private mutating func readHeader() throws {
        let magic = Snapshot.magic
        let head = Array(UnsafeRawBufferPointer(rebasing: bytes.prefix(magic.count)))
        guard head == Array(magic.prefix(head.count)), !head.isEmpty else { throw SnapshotError.notSnapshot(file) }
        guard bytes.count >= Snapshot.headerSize else { throw SnapshotError.truncated(file) }
        var cursor = SnapshotCursor(
            UnsafeRawBufferPointer(rebasing: bytes[0..<Snapshot.headerSize]), file: file, part: "header")
        for _ in magic { _ = try cursor.u8() }
        let version = try cursor.u32()
        let flags = try cursor.u32()
        let sections = try cursor.u64()
        let checksum = try cursor.u64()
        if verifyChecksums && XXHash64.hash(UnsafeRawBufferPointer(rebasing: bytes[0..<24])) != checksum {
            throw SnapshotError.damaged(file, part: "header")
        }
        guard version == Snapshot.version else { throw SnapshotError.unsupportedVersion(file, version: version) }
        guard flags == 0 else {
            throw SnapshotError.invalid(file, reason: "the header has flags this version does not know")
        }
        guard sections >= 2, sections <= UInt64((bytes.count - Snapshot.headerSize) / Snapshot.sectionHeaderSize) else {
            // More sections than headers would fit in the rest of the file: it was cut short.
            throw sections < 2
                ? SnapshotError.invalid(file, reason: "the header counts too few sections")
                : SnapshotError.truncated(file)
        }
        sectionsLeft = Int(sections)
        offset = Snapshot.headerSize
    }

    /// The payload of the next section, which must be of kind `kind`; `part` names it in errors.
    private mutating func nextSection(
        _ kind: SnapshotSection, part: @autoclosure () -> String
    ) throws -> UnsafeRawBufferPointer {
        guard sectionsLeft > 0 else {
            throw SnapshotError.invalid(file, reason: "the header counts fewer sections than the tables use")
        }
        guard bytes.count - offset >= Snapshot.sectionHeaderSize else { throw SnapshotError.truncated(file) }
        var cursor = SnapshotCursor(
            UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + Snapshot.sectionHeaderSize)]),
            file: file, part: "section header")
        let rawKind = try cursor.u32()
        let reserved = try cursor.u32()
        let length = try cursor.u64()
        let checksum = try cursor.u64()
        let start = offset + Snapshot.sectionHeaderSize
        guard length <= UInt64(bytes.count - start) else { throw SnapshotError.truncated(file) }
        let count = Int(length)
        let padded = count + ((8 - count & 7) & 7)
        guard padded <= bytes.count - start else { throw SnapshotError.truncated(file) }
        let payload = UnsafeRawBufferPointer(rebasing: bytes[start..<(start + count)])
        if verifyChecksums && XXHash64.hash(payload) != checksum { throw SnapshotError.damaged(file, part: part()) }
        guard rawKind == kind.rawValue else {
            let found =
                SnapshotSection(rawValue: rawKind).map { "the \($0.label)" } ?? "a section of unknown kind \(rawKind)"
            throw SnapshotError.invalid(file, reason: "found \(found) where the \(part()) should be")
        }
        // Reserved fields and padding are zero, so that no byte of the file can change unnoticed.
        guard reserved == 0, bytes[(start + count)..<(start + padded)].allSatisfy({ $0 == 0 }) else {
            throw SnapshotError.invalid(file, reason: "the \(part()) has non-zero padding")
        }
        offset = start + padded
        sectionsLeft -= 1
        return payload
    }

    // MARK: catalog and warnings

    struct ColumnLayout {
        var field: Field
        var type: DataType
        var hasValidity: Bool
    }

    struct TableLayout {
        var name: String
        var rowCount: Int
        var columns: [ColumnLayout]
    }

    private func readCatalog(_ payload: UnsafeRawBufferPointer) throws -> [TableLayout] {
        var cursor = SnapshotCursor(payload, file: file, part: "catalog")
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
                let type: DataType
                switch try cursor.u8() {
                case 0: type = .integer
                case 1: type = .double
                case 2: type = .boolean
                case 3: type = .string
                case let tag:
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

    private func readWarnings(_ payload: UnsafeRawBufferPointer) throws -> [LoadWarning] {
        var cursor = SnapshotCursor(payload, file: file, part: "warnings")
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

    // MARK: columns

    private mutating func readColumn(_ layout: ColumnLayout, table: String, rows: Int) throws -> Column {
        let place = "column \"\(layout.field.name)\" of table \"\(table)\""
        var validity: Bitmap?
        if layout.hasValidity {
            let words = try fixedWidth(UInt64.self, count: (rows + 63) >> 6, .validity, place)
            validity = Bitmap(words: words, count: rows)
        }
        let data: ColumnData
        switch layout.type {
        case .integer:
            data = .integer(try fixedWidth(Int64.self, count: rows, .integers, place))
        case .double:
            let bits = try fixedWidth(UInt64.self, count: rows, .doubles, place)
            #if _endian(little)
            data = .double(bits.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) })
            #else
            data = .double(bits.map(Double.init(bitPattern:)))
            #endif
        case .boolean:
            let raw = try fixedWidth(UInt8.self, count: rows, .booleans, place)
            guard raw.allSatisfy({ $0 <= 1 }) else {
                throw SnapshotError.invalid(file, reason: "\(place) holds a boolean that is neither 0 nor 1")
            }
            data = .boolean(raw.map { $0 == 1 })
        case .string:
            let dictionary = try readDictionary(
                try nextSection(.dictionary, part: "string dictionary of \(place)"), place)
            let codes = try fixedWidth(UInt32.self, count: rows, .codes, place)
            for (row, code) in codes.enumerated() where Int(code) >= dictionary.count {
                // A null row may hold any placeholder code; it is never read as a value.
                guard let v = validity, !v[row] else {
                    throw SnapshotError.invalid(
                        file, reason: "\(place) has a code outside its dictionary at row \(row + 1)")
                }
            }
            data = .string(codes: codes, dictionary: dictionary)
        }
        return Column(data, validity: validity)
    }

    /// The next section's payload as `count` little-endian values of `T`, copied in one go.
    private mutating func fixedWidth<T: FixedWidthInteger>(
        _: T.Type, count: Int, _ kind: SnapshotSection, _ place: String
    ) throws -> [T] {
        let payload = try nextSection(kind, part: "\(kind.label) of \(place)")
        guard payload.count == count * MemoryLayout<T>.size else {
            throw SnapshotError.invalid(
                file,
                reason: "the \(kind.label) of \(place) has \(payload.count) bytes, not \(count * MemoryLayout<T>.size)")
        }
        let values = [T](unsafeUninitializedCapacity: count) { out, initialized in
            if count > 0, let source = payload.baseAddress, let target = out.baseAddress {
                UnsafeMutableRawPointer(target).copyMemory(from: source, byteCount: payload.count)
            }
            initialized = count
        }
        #if _endian(little)
        return values
        #else
        return values.map { T(littleEndian: $0) }
        #endif
    }

    private func readDictionary(_ payload: UnsafeRawBufferPointer, _ place: String) throws -> StringDictionary {
        var cursor = SnapshotCursor(payload, file: file, part: "string dictionary of \(place)")
        let count = try cursor.count(minimumSize: 8)
        let offsetsStart = cursor.offset
        guard payload.count - offsetsStart >= (count + 1) * 8 else {
            throw SnapshotError.invalid(file, reason: "the string dictionary of \(place) ends inside its offsets")
        }
        let textStart = offsetsStart + (count + 1) * 8
        let textLength = UInt64(payload.count - textStart)
        var values: [String] = []
        values.reserveCapacity(count)
        var previous: UInt64 = 0
        for i in 0...count {
            let end = UInt64(littleEndian: payload.loadUnaligned(fromByteOffset: offsetsStart + i * 8, as: UInt64.self))
            guard end >= previous, end <= textLength, i > 0 || end == 0 else {
                throw SnapshotError.invalid(
                    file, reason: "the string dictionary of \(place) has an offset out of order")
            }
            if i > 0 {
                let lo = textStart + Int(previous), hi = textStart + Int(end)
                values.append(String(decoding: UnsafeRawBufferPointer(rebasing: payload[lo..<hi]), as: UTF8.self))
            }
            previous = end
        }
        guard previous == textLength else {
            throw SnapshotError.invalid(
                file, reason: "the string dictionary of \(place) has bytes after its last value")
        }
        return StringDictionary(values)
    }
}
