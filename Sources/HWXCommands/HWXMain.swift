import ArgumentParser
import MMIOCore
#if canImport(Glibc)
import Glibc
#endif

/// Entry point used by `Sources/hwx/main.swift`: parses, runs, and maps failures to the
/// documented exit codes (0 ok, 1 failure, 2 usage).
public enum HWXMain {
    public static func run(arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            var command = try HWX.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let failure as CommandFailure {
            writeStderr("hwx: " + failure.description + "\n")
            exit(failure.exitCode)
        } catch {
            let code = HWX.exitCode(for: error)
            let message = HWX.fullMessage(for: error)
            if code == .success {
                print(message)
                exit(0)
            }
            writeStderr(message + "\n")
            exit(code == .validationFailure ? 2 : (code.rawValue == 0 ? 0 : 1))
        }
    }
}

/// Writes to standard error without buffering.
func writeStderr(_ text: String) {
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}
