import Foundation
import JixiaoEngine
import JixiaoIngest
import JixiaoLanguage

/// `load "PATH" [as NAME] [year=…] [region=…] [sheet="名称" | sheet=2]`.
struct LoadStatementRunner {
    let session: Session
    let baseDirectory: String?

    static let optionNames = ["year", "region", "sheet"]

    func run(_ load: LoadStatement) throws {
        var year: Int?
        var region: String?
        var sheet: SheetChoice?
        let scalars = StatementRunner(session: session, source: "", file: nil)
        for option in load.options {
            switch option.key.name {
            case "year":
                guard case .integer(let y) = option.value.kind, (1900...2200).contains(y) else {
                    throw Diagnostic("year= needs a year such as 2024", at: option.value.span)
                }
                year = Int(y)
            case "region":
                guard case .string(let text) = try scalars.scalar(option.value) else {
                    throw Diagnostic("region= needs text in quotes, e.g. region=\"六安市金安区\"", at: option.value.span)
                }
                region = text
            case "sheet":
                switch try scalars.scalar(option.value) {
                case .string(let name): sheet = .name(name)
                case .integer(let n) where n >= 1: sheet = .position(Int(n))
                default:
                    throw Diagnostic(
                        "sheet= needs a sheet's name in quotes or its position from 1, e.g. sheet=\"项目1\" or sheet=2",
                        at: option.value.span)
                }
            default:
                throw Diagnostic.unknown("load option", option.key.name, at: option.key.span, among: Self.optionNames)
            }
        }
        let path = session.resolvePath(load.path.value, relativeTo: baseDirectory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic(
                "no such file or folder: \(load.path.value)", at: load.path.span,
                suggestion: "paths are relative to the current folder (\(FileManager.default.currentDirectoryPath))")
        }
        let failures = session.load(
            path: path, year: year, region: region, sheet: sheet, as: load.alias?.name, announce: true)
        try session.context.checkInterrupt()
        if failures > 0 {
            throw Diagnostic(
                "\(failures) file\(failures == 1 ? "" : "s") could not be loaded (see above)", at: load.path.span)
        }
    }
}
