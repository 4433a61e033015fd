// swift-tools-version:6.0
import Foundation
import PackageDescription

/// The libFuzzer binary exists only in fuzz builds (`JIXIAO_FUZZ=1 Scripts/fuzz …`): it needs
/// `-sanitize=fuzzer`, whose runtime brings its own `main`, so a normal build must not see it.
let fuzzing = ProcessInfo.processInfo.environment["JIXIAO_FUZZ"] == "1"

let package = Package(
    name: "jixiao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jixiao", targets: ["jixiao"])
    ],
    dependencies: [
        // Command-line flags, --help and --version: the one external dependency.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The ZIP containers of .xlsx and .docx (inflate through the system zlib).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // PostgreSQL's client library, for `attach "postgresql://…"`: only its header. No pkgConfig,
        // which would link libpq (and Kerberos, LDAP, TLS) into every start, ~12 ms; JixiaoRemote
        // loads it with dlopen on the first `attach` (`LibPQ`).
        .systemLibrary(
            name: "CPostgres",
            providers: [.apt(["libpq-dev"])]
        ),
        .systemLibrary(
            name: "CXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CFreeXL",
            pkgConfig: "freexl",
            providers: [.apt(["libfreexl-dev"])]
        ),
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // The REPL's signals, locale and terminal size (one SIGINT flag for the process).
        .target(name: "CTerminal"),
        // SSE2 splitting of plain CSV records (header-only, inlined into JixiaoIngest).
        .target(name: "CLoadKernels"),
        // libfreexl run in a forked child, so that its over-reads on damaged .xls files stay there.
        .target(name: "CXLSChild", dependencies: ["CFreeXL"]),
        // Leaf: the width of text in terminal cells, for everything drawn for people.
        .target(name: "JixiaoText"),
        .target(name: "JixiaoEngine", dependencies: ["JixiaoText"]),
        .target(name: "JixiaoLanguage", dependencies: ["JixiaoText"]),
        .target(name: "JixiaoQuery", dependencies: ["JixiaoEngine", "JixiaoLanguage"]),
        .target(name: "JixiaoDomain", dependencies: ["JixiaoEngine"]),
        .target(
            name: "JixiaoIngest",
            dependencies: [
                "JixiaoEngine", "JixiaoDomain", "CSQLite", "CLoadKernels", "CXML2", "CFreeXL", "CXLSChild",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Attached databases: libpq connections, the catalogue, push-down of leading verbs to SQL, COPY.
        .target(
            name: "JixiaoRemote",
            dependencies: ["JixiaoEngine", "JixiaoLanguage", "JixiaoQuery", "JixiaoIngest", "CPostgres", "CSQLite"]),
        .target(name: "JixiaoRender", dependencies: ["JixiaoEngine", "JixiaoText", "CXlsxWriter"]),
        .target(
            name: "JixiaoWorkbench",
            dependencies: [
                "JixiaoText", "JixiaoEngine", "JixiaoLanguage", "JixiaoQuery", "JixiaoDomain", "JixiaoIngest",
                "JixiaoRender",
                "JixiaoRemote",
            ]
        ),
        .executableTarget(
            name: "jixiao",
            dependencies: [
                "JixiaoWorkbench", "CEditLine", "CTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Synthetic data and the benchmark against sqlite3 (Scripts/bench); not shipped.
        .executableTarget(
            name: "jixiao-bench",
            dependencies: ["JixiaoWorkbench", "JixiaoEngine", "JixiaoIngest"]
        ),
        .target(
            name: "JixiaoFuzzTargets",
            dependencies: [
                "JixiaoLanguage", "JixiaoQuery", "JixiaoDomain", "JixiaoIngest", "JixiaoWorkbench", "JixiaoEngine",
            ]
        ),
        // Shared by the test targets: the seeded generator, the repository's paths, session fixtures.
        .target(name: "JixiaoTestSupport", dependencies: ["JixiaoWorkbench"], path: "Tests/JixiaoTestSupport"),
        .testTarget(
            name: "JixiaoFuzzTargetsTests", dependencies: ["JixiaoFuzzTargets", "JixiaoTestSupport"], exclude: ["Seeds"]
        ),
        .testTarget(name: "JixiaoEngineTests", dependencies: ["JixiaoEngine"]),
        .testTarget(
            name: "JixiaoLanguageTests",
            dependencies: ["JixiaoLanguage", "JixiaoQuery", "JixiaoText", "JixiaoTestSupport"]
        ),
        .testTarget(
            name: "JixiaoQueryTests",
            dependencies: ["JixiaoQuery", "JixiaoLanguage", "JixiaoEngine", "JixiaoTestSupport"]
        ),
        .testTarget(name: "JixiaoDomainTests", dependencies: ["JixiaoDomain", "JixiaoEngine"]),
        .testTarget(
            name: "JixiaoIngestTests",
            dependencies: ["JixiaoIngest", "JixiaoDomain", "JixiaoEngine", "JixiaoTestSupport"],
            exclude: ["Golden", "Corpus", "Fixtures", "CorpusREADME.md"]
        ),
        .testTarget(name: "JixiaoRenderTests", dependencies: ["JixiaoRender", "JixiaoEngine", "JixiaoText"]),
        .testTarget(name: "JixiaoTextTests", dependencies: ["JixiaoText"]),
        .testTarget(
            name: "JixiaoWorkbenchTests",
            dependencies: [
                "JixiaoWorkbench", "JixiaoEngine", "JixiaoLanguage", "JixiaoQuery", "JixiaoRender", "JixiaoIngest",
                "JixiaoTestSupport",
                "JixiaoRemote",
            ],
            exclude: ["Cases"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["JixiaoTestSupport"]),
    ]
)

if fuzzing {
    package.targets += [
        .target(name: "CLibFuzzer"),
        .executableTarget(name: "jixiao-fuzz", dependencies: ["JixiaoFuzzTargets", "CLibFuzzer"]),
    ]
}
