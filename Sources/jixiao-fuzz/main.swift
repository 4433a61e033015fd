import CLibFuzzer
import Foundation
import JixiaoFuzzTargets

// The libFuzzer binary, built only with JIXIAO_FUZZ=1 and -sanitize=fuzzer (see Scripts/fuzz).
// SwiftPM gives every executable its own main, so instead of libFuzzer's main this one hands
// control to LLVMFuzzerRunDriver. One binary serves every target, chosen by JIXIAO_FUZZ_TARGET,
// so adding a target is one case in FuzzTarget.

let name = ProcessInfo.processInfo.environment["JIXIAO_FUZZ_TARGET"] ?? ""
guard let target = FuzzTarget(rawValue: name) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(Data("jixiao-fuzz: set JIXIAO_FUZZ_TARGET to one of \(names)\n".utf8))
    exit(2)
}
/// The target as a global, since a C callback cannot capture it.
let selectedTarget = target

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        selectedTarget.run(UnsafeBufferPointer(start: data, count: size))
        return 0
    })
