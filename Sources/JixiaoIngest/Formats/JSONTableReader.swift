import JixiaoEngine

/// Reads a JSON array of objects, or JSON Lines (one object per line), into a table: keys become
/// columns in the order first seen, a key an object lacks is null there, and each column takes the
/// narrowest type that holds all its values (integer, double, boolean, else text, with nested
/// objects and arrays kept as their JSON text). An element that is not an object is skipped with a warning.
struct JSONTableReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String

    private var names: [String] = []
    private var index: [String: Int] = [:]
    private var cells: [[JSONScanner.Scalar]] = []
    private var rows = 0
    private var rowLines: [Int32] = []
    private var warnings: [LoadWarning] = []

    /// The most cells (rows × columns) the table may have: objects that each bring new keys make
    /// every earlier row grow a null per key, so 10,000 lines of `{"k1":1}`, `{"k2":1}`, … would
    /// ask for 100 million cells from 100 KB. Sixteen cells per byte of the file leaves room for
    /// any real table, however sparse.
    var cellBudget: Int { max(1 << 20, 16 * bytes.count) }

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    mutating func read() throws -> TableLoad {
        var scanner = JSONScanner(bytes: bytes, start: DelimitedTableReader.bomLength(bytes))
        let isArray: Bool
        do {
            isArray = scanner.peek() == UInt8(ascii: "[")
            if isArray { try readArray(&scanner) } else { try readLines(&scanner) }
        } catch {
            throw DocumentImportError(
                file: file,
                reason: .malformed(line: error.line, (error.isSyntax ? "not valid JSON: " : "") + error.message))
        }
        let columns = cells.map { column($0) }
        let table = Table(fields: names.map { Field($0) }, columns: columns, rowCount: rows)
        return TableLoad(table: table, warnings: warnings, format: isArray ? "JSON" : "JSON Lines", rowLines: rowLines)
    }

    private mutating func readArray(_ scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        try scanner.expect(UInt8(ascii: "["), "[")
        if !scanner.take(UInt8(ascii: "]")) {
            repeat { try element(&scanner) } while scanner.take(UInt8(ascii: ","))
            try scanner.expect(UInt8(ascii: "]"), "',' or ']' after an element")
        }
        if scanner.peek() != nil { throw scanner.failure("text after the closing ]") }
    }

    private mutating func readLines(_ scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        while scanner.peek() != nil { try element(&scanner) }
    }

    /// One element of the array or one line: an object becomes a row.
    private mutating func element(_ scanner: inout JSONScanner) throws(JSONScanner.Failure) {
        let first = scanner.peek()
        let line = scanner.line
        guard first == UInt8(ascii: "{") else {
            let skipped = try scanner.value(depth: 1)
            warnings.append(
                LoadWarning(
                    file: file, line: line, message: "\(Self.noun(skipped)) where a row object was expected; skipped"))
            return
        }
        try scanner.expect(UInt8(ascii: "{"), "{")
        if !scanner.take(UInt8(ascii: "}")) {
            repeat {
                let key = try scanner.string()
                try scanner.expect(UInt8(ascii: ":"), "':' after a key")
                try set(key, try scanner.value(depth: 2), line: line)
            } while scanner.take(UInt8(ascii: ","))
            try scanner.expect(UInt8(ascii: "}"), "',' or '}' after a value")
        }
        rows += 1
        guard rows * names.count <= cellBudget else {
            throw JSONScanner.Failure(
                line: line, message: "\(names.count) different keys over \(rows) objects: too sparse to be one table",
                isSyntax: false)
        }
        rowLines.append(Int32(clamping: line))
        for c in cells.indices where cells[c].count < rows { cells[c].append(.null) }
    }

    private mutating func set(_ key: String, _ value: JSONScanner.Scalar, line: Int) throws(JSONScanner.Failure) {
        let c: Int
        if let known = index[key] {
            c = known
        } else {
            guard (names.count + 1) * (rows + 1) <= cellBudget else {
                throw JSONScanner.Failure(
                    line: line,
                    message: "\(names.count + 1) different keys over \(rows + 1) objects: too sparse to be one table",
                    isSyntax: false)
            }
            c = names.count
            index[key] = c
            names.append(key)
            cells.append(Array(repeating: .null, count: rows))
        }
        // A key repeated within one object: the last value wins, as in JavaScript.
        if cells[c].count > rows { cells[c][rows] = value } else { cells[c].append(value) }
    }

    private static func noun(_ value: JSONScanner.Scalar) -> String {
        switch value {
        case .null: return "null"
        case .boolean: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .nested(let text): return text.hasPrefix("[") ? "an array" : "an object"
        }
    }

    private func column(_ values: [JSONScanner.Scalar]) -> Column {
        var type: DataType?
        for v in values {
            let t: DataType
            switch v {
            case .null: continue
            case .boolean: t = .boolean
            case .number(.integer, _): t = .integer
            case .number(.double, _): t = .double
            case .string, .nested: t = .string
            }
            type = type.map { DataType.widened($0, t) } ?? t
        }
        var builder = ColumnBuilder(type: type ?? .string, capacity: values.count)
        for v in values {
            switch v {
            case .null: builder.appendNull()
            case .boolean(let b): builder.append(boolean: b)
            case .number(let n, let range):
                if builder.type == .string {
                    builder.append(string: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
                } else if case .integer(let i) = n {
                    builder.append(integer: i)
                } else if case .double(let d) = n {
                    builder.append(double: d)
                }
            case .string(let s), .nested(let s): builder.append(string: s)
            }
        }
        return builder.build()
    }
}
