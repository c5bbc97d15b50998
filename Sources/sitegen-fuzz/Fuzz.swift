import Foundation
import SitegenCore

// `make fuzz` builds this with libFuzzer (`-sanitize=fuzzer -DFUZZING`) and runs it once per stage
// (`SITEGEN_FUZZ_STAGE`); a broken promise is a crash that libFuzzer saves as an input to keep.
// Built without the fuzzer, it replays inputs: `sitegen-fuzz <stage> <file>...`.

#if FUZZING
    let stage: FuzzStage = {
        let name = ProcessInfo.processInfo.environment["SITEGEN_FUZZ_STAGE"] ?? ""
        guard let stage = FuzzStage(rawValue: name) else {
            let names = FuzzStage.allCases.map(\.rawValue).joined(separator: ", ")
            fatalError("set SITEGEN_FUZZ_STAGE to one of \(names)")
        }
        return stage
    }()

    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOne(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
        if let failure = stage.run(Array(UnsafeRawBufferPointer(start: start, count: count))) {
            fatalError("\(stage.rawValue): \(failure)")
        }
        return 0
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    func runDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt
    ) -> CInt

    // SwiftPM links an executable's entry point under this name; libFuzzer's driver takes over.
    @_cdecl("sitegen_fuzz_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return runDriver(&count, &arguments) { fuzzOne($0, $1) }
    }
#else
    @main struct Replay {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            guard let name = arguments.first, let stage = FuzzStage(rawValue: name) else {
                print("usage: sitegen-fuzz <\(FuzzStage.allCases.map(\.rawValue).joined(separator: "|"))> FILE...")
                exit(2)
            }
            var failures = 0
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                if let failure = stage.run(Array(data)) {
                    print("\(path): \(failure)")
                    failures += 1
                }
            }
            exit(failures == 0 ? 0 : 1)
        }
    }
#endif
