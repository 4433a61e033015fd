import Foundation
import JixiaoFuzzTargets
import Testing

/// A short, deterministic stand-in for `Scripts/fuzz` that runs in every test run: each target's
/// seeds (which include every input a fuzzer ever crashed on, as `regression-*` files) and a
/// couple of thousand mutants of them must pass through the target without trapping.
@Suite("Fuzz targets survive their seeds and mutants")
struct FuzzSmokeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// Mutants per target: a few seconds each in a debug build; the documents and the value lists
    /// are long inputs, so they get fewer.
    static func mutants(of target: FuzzTarget) -> Int {
        switch target {
        case .document, .grid, .form: return 250
        case .targetValue: return 400
        // Each PDF input starts pdftotext; office files are inflated and parsed whole.
        case .pdf: return 60
        case .xlsx, .docx, .xls, .html: return 600
        default: return 2_000
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func seedsAndMutantsRunCleanly(_ target: FuzzTarget) throws {
        let seeds = Self.seeds(of: target)
        try #require(!seeds.isEmpty, "no seeds for \(target.rawValue)")
        for seed in seeds { Self.run(target, seed) }
        var mutator = ByteMutator(seed: UInt64(target.rawValue.utf8.reduce(17) { $0 &* 31 &+ UInt64($1) }))
        for _ in 0..<Self.mutants(of: target) {
            let input = seeds[mutator.below(seeds.count)]
            let other = seeds[mutator.below(seeds.count)]
            Self.run(target, mutator.mutate(input, other: other))
        }
    }

    @Test func everyTargetHasSeedFoldersThatExist() {
        for target in FuzzTarget.allCases {
            for folder in target.seedFolders {
                var isDirectory: ObjCBool = false
                #expect(
                    FileManager.default.fileExists(
                        atPath: Self.root.appendingPathComponent(folder).path, isDirectory: &isDirectory)
                        && isDirectory.boolValue, "\(target.rawValue): \(folder)")
            }
        }
    }

    static func run(_ target: FuzzTarget, _ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { target.run($0) }
    }

    /// Every file of the target's seed folders, largest inputs cut to 64 KB as `Scripts/fuzz` does.
    static func seeds(of target: FuzzTarget) -> [[UInt8]] {
        target.seedFolders.flatMap { folder -> [[UInt8]] in
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.sorted().compactMap { name in
                FileManager.default.contents(atPath: url.appendingPathComponent(name).path).map {
                    Array($0.prefix(65_536))
                }
            }
        }
    }
}
