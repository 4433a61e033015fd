import Foundation

/// The real sqlite3 shell as the reference: one process runs a whole batch of queries, each
/// preceded by a marker row, in `.mode quote` so NULL, text and numbers stay distinguishable.
enum SQLiteOracle {
    static let executable = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/bin/sqlite3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The rows of each query, or the error sqlite3 gave for it.
    static func run(setup: String, queries: [String]) throws -> [Result<[[ResultCell]], OracleError>] {
        guard let executable else { throw OracleError("sqlite3 is not installed; run Scripts/setup") }
        var script = setup + "\n.mode quote\n.headers off\n"
        // Each query is one line, so sqlite3's "near line N" names the query at fault.
        var queryOfLine: [Int: Int] = [:]
        var line = script.split(separator: "\n", omittingEmptySubsequences: false).count
        for (i, query) in queries.enumerated() {
            script += "SELECT 'Q:\(i)';\n\(query.replacingOccurrences(of: "\n", with: " "));\n"
            queryOfLine[line + 1] = i
            line += 2
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Feed stdin on another thread so a full stdout pipe cannot deadlock the two.
        let data = Data(script.utf8)
        let writer = Thread {
            input.fileHandleForWriting.write(data); try? input.fileHandleForWriting.close()
        }
        writer.start()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var results: [Result<[[ResultCell]], OracleError>] = parse(
            String(decoding: outData, as: UTF8.self), count: queries.count
        )
        .map { .success($0) }
        for message in errorText.components(separatedBy: "\n") where message.contains("near line ") {
            let digits = message.components(separatedBy: "near line ")[1].prefix { $0.isNumber }
            if let n = Int(digits), let i = queryOfLine[n] { results[i] = .failure(OracleError(message)) }
        }
        return results
    }

    private static func parse(_ text: String, count: Int) -> [[[ResultCell]]] {
        var results = [[[ResultCell]]](repeating: [], count: count)
        var current: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("'Q:"), line.hasSuffix("'"), let i = Int(line.dropFirst(3).dropLast()) {
                current = i
                results[i] = []
                continue
            }
            guard let i = current, !line.isEmpty else { continue }
            results[i].append(cells(String(line)))
        }
        return results
    }

    /// Splits one quote-mode row: `NULL`, numbers, and '…' strings with '' for a quote.
    static func cells(_ line: String) -> [ResultCell] {
        var cells: [ResultCell] = []
        var scalars = Array(line.unicodeScalars)[...]
        while !scalars.isEmpty {
            if scalars.first == "'" {
                scalars.removeFirst()
                var text = String.UnicodeScalarView()
                while let c = scalars.popFirst() {
                    if c == "'" {
                        if scalars.first == "'" { scalars.removeFirst(); text.append(c) } else { break }
                    } else {
                        text.append(c)
                    }
                }
                cells.append(.text(String(text)))
            } else {
                var token = ""
                while let c = scalars.first, c != "," { token.unicodeScalars.append(c); scalars.removeFirst() }
                cells.append(token == "NULL" ? .null : Double(token).map(ResultCell.number) ?? .text(token))
            }
            if scalars.first == "," { scalars.removeFirst() }
        }
        return cells
    }
}

struct OracleError: Error, CustomStringConvertible, Equatable {
    let description: String
    init(_ description: String) { self.description = description }
}
