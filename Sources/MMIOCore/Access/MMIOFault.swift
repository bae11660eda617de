import CMMIO
#if canImport(Glibc)
import Glibc
#endif

/// A SIGBUS or SIGSEGV caught during a guarded access (CMMIO's sigsetjmp guard).
public struct MMIOFault: Error, Equatable, Sendable, CustomStringConvertible {
    public let signal: Int32
    public let code: Int32
    public let address: UInt

    init(_ f: cmmio_fault) {
        signal = f.signo
        code = f.code
        address = UInt(f.address)
    }

    public var signalName: String {
        signal == SIGBUS ? "SIGBUS" : signal == SIGSEGV ? "SIGSEGV" : "signal \(signal)"
    }

    public var description: String {
        "\(signalName) (si_code \(code)) at 0x\(String(address, radix: 16))"
    }
}
