import Foundation

/// File and folder names for completion inside `load "…`, `run "…`, `save … to "…` and after
/// `.run`/`.output`: the entries of the folder typed so far that start with what follows its
/// last `/`; folders end in `/` so the next Tab goes on into them.
enum FileNameCompletion {
    static func candidates(for typed: String, closing quote: Character?) -> Completion {
        let expanded = (typed as NSString).expandingTildeInPath
        let slash = expanded.lastIndex(of: "/")
        let folder = slash.map { String(expanded[...$0]) } ?? ""
        let prefix = slash.map { String(expanded[expanded.index(after: $0)...]) } ?? expanded
        let listed = folder.isEmpty ? "." : folder
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: listed)) ?? []
        // What is replaced is only the part after the last `/`, so the typed folder stays as typed.
        let replacing =
            typed.count - (typed.lastIndex(of: "/").map { typed.distance(from: typed.startIndex, to: $0) + 1 } ?? 0)
        var hits: [String] = []
        for name in entries.sorted() where name.hasPrefix(prefix) && (!name.hasPrefix(".") || prefix.hasPrefix(".")) {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(
                atPath: (listed as NSString).appendingPathComponent(name), isDirectory: &isFolder)
            hits.append(isFolder.boolValue ? name + "/" : name + (quote.map(String.init) ?? ""))
        }
        return Completion(replacing: replacing, candidates: Array(hits.prefix(200)))
    }
}
