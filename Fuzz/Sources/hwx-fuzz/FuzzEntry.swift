#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's entry point: one input, handed to the target named by `HWX_FUZZ_TARGET`
/// (`scripts/fuzz.sh` sets it). Nothing is caught: a trap, a stack overflow or a hang is
/// the finding, and libFuzzer writes the input that caused it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    FuzzTarget.selected.run(bytes)
    return 0
}

extension FuzzTarget {
    /// The target `HWX_FUZZ_TARGET` names; the process stops with the list when it names none.
    static let selected: FuzzTarget = {
        let name = getenv("HWX_FUZZ_TARGET").map { String(cString: $0) } ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: " ")
            let message = Array("hwx-fuzz: set HWX_FUZZ_TARGET to one of: \(names) (got '\(name)')\n".utf8)
            _ = write(2, message, message.count)
            exit(2)
        }
        return target
    }()

}
