import JixiaoEngine

/// Encodes a snapshot as the sections Docs/jxdb.md describes and hands them, in file order, to
/// `write`. Column buffers go out as they are in memory, narrow storage included (the integers,
/// doubles, mantissas, codes and bitmap words of a little-endian machine are already the file's
/// bytes), so saving is one pass of checksumming and one of writing.
struct SnapshotWriter {
    let write: (UnsafeRawBufferPointer) throws -> Void

    func encode(_ snapshot: Snapshot) throws {
        var sectionCount: UInt64 = 2
        for entry in snapshot.tables {
            for column in entry.table.columns {
                sectionCount += UInt64((column.validity == nil ? 0 : 1) + SnapshotColumnType.of(column).sections.count)
            }
        }
        var header = SnapshotBytes()
        for b in Snapshot.magic { header.u8(b) }
        header.u32(Snapshot.version)
        header.u32(0)
        header.u64(sectionCount)
        header.u64(XXHash64.hash(header.bytes))
        try header.bytes.withUnsafeBytes(write)

        try section(.catalog, Self.catalog(snapshot))
        try section(.warnings, Self.warnings(snapshot.warnings))
        for entry in snapshot.tables {
            for column in entry.table.columns {
                try self.column(column, rows: entry.table.rowCount)
            }
        }
    }

    private func column(_ column: Column, rows: Int) throws {
        if let validity = column.validity { try section(.validity, validity.words) }
        switch column.data {
        case .integer(let values): try section(.integers, values)
        case .double(let values):
            #if _endian(little)
            try values.withUnsafeBytes { try section(.doubles, $0) }
            #else
            try section(.doubles, values.map(\.bitPattern))
            #endif
        case .boolean(let values): try section(.booleans, values.map { $0 ? UInt8(1) : 0 })
        case .string(let codes, let dictionary):
            try section(.dictionary, Self.dictionary(dictionary))
            try section(.codes, codes)
        case .date(let days): try section(.dates, days)
        case .compact(let numbers): try section(.mantissas, numbers.mantissas)
        case .narrowString(let codes, let dictionary):
            try section(.dictionary, Self.dictionary(dictionary))
            switch codes {
            case .bytes(let bytes): try section(.byteCodes, bytes)
            case .pairs(let pairs): try section(.pairCodes, pairs)
            }
        }
    }

    private func section<T: FixedWidthInteger>(_ kind: SnapshotSection, _ values: [T]) throws {
        #if _endian(little)
        try values.withUnsafeBytes { try section(kind, $0) }
        #else
        try values.map(\.littleEndian).withUnsafeBytes { try section(kind, $0) }
        #endif
    }

    /// A section header, the payload, and zeros up to the next multiple of eight bytes, so every
    /// payload starts aligned for a reader that maps the file.
    private func section(_ kind: SnapshotSection, _ payload: UnsafeRawBufferPointer) throws {
        var header = SnapshotBytes()
        header.u32(kind.rawValue)
        header.u32(0)
        header.u64(UInt64(payload.count))
        header.u64(XXHash64.hash(payload))
        try header.bytes.withUnsafeBytes(write)
        if payload.count > 0 { try write(payload) }
        let padding = (8 - payload.count & 7) & 7
        if padding > 0 { try [UInt8](repeating: 0, count: padding).withUnsafeBytes(write) }
    }

    static func catalog(_ snapshot: Snapshot) -> [UInt8] {
        var out = SnapshotBytes()
        out.u64(UInt64(snapshot.tables.count))
        for entry in snapshot.tables {
            out.string(entry.name)
            out.u64(UInt64(entry.table.rowCount))
            out.u64(UInt64(entry.table.columnCount))
            for (field, column) in zip(entry.table.fields, entry.table.columns) {
                out.string(field.name)
                out.u64(UInt64(field.aliases.count))
                for alias in field.aliases { out.string(alias) }
                out.u8(SnapshotColumnType.of(column).tag)
                out.u8(column.validity == nil ? 0 : 1)
            }
        }
        return out.bytes
    }

    static func warnings(_ warnings: [LoadWarning]) -> [UInt8] {
        var out = SnapshotBytes()
        out.u64(UInt64(warnings.count))
        for w in warnings {
            out.string(w.file)
            out.u8(w.line == nil ? 0 : 1)
            out.i64(Int64(w.line ?? 0))
            out.string(w.message)
        }
        return out.bytes
    }

    /// Value count, `count + 1` offsets into the bytes that follow, then every value's UTF-8.
    static func dictionary(_ dictionary: StringDictionary) -> [UInt8] {
        var offsets: [UInt64] = [0]
        offsets.reserveCapacity(dictionary.count + 1)
        var text: [UInt8] = []
        for var value in dictionary.values {
            value.withUTF8 { text.append(contentsOf: $0) }
            offsets.append(UInt64(text.count))
        }
        var out = SnapshotBytes()
        out.u64(UInt64(dictionary.count))
        var bytes = out.bytes
        bytes.reserveCapacity(8 + offsets.count * 8 + text.count)
        for o in offsets { withUnsafeBytes(of: o.littleEndian) { bytes.append(contentsOf: $0) } }
        bytes.append(contentsOf: text)
        return bytes
    }
}
