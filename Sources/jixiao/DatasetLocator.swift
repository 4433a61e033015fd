import Foundation

/// Finds the documents to load at start: --datasets, then $JIXIAO_DATASETS, then the `Datasets/`
/// folder of the project the binary was built in, then `./Datasets`.
enum DatasetLocator {
    static func directory(explicit: String?) -> String? {
        if let explicit { return isDirectory(explicit) ? explicit : nil }
        if let fromEnvironment = ProcessInfo.processInfo.environment["JIXIAO_DATASETS"], !fromEnvironment.isEmpty {
            return isDirectory(fromEnvironment) ? fromEnvironment : nil
        }
        // The binary lives in .build/<config>/jixiao: walk up to the folder holding Package.swift.
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
        var url = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent("Datasets").path
            if isDirectory(candidate),
                FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path)
            {
                return candidate
            }
            url.deleteLastPathComponent()
        }
        let local = FileManager.default.currentDirectoryPath + "/Datasets"
        return isDirectory(local) ? local : nil
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
