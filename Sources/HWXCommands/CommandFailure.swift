import ArgumentParser
import FixText
import MMIOCore

/// A failure a command reports to the user: the explained access error or message, and
/// the exit code (1 failure, 2 usage).
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    let exitCode: Int32

    static func access(_ error: AccessError) -> CommandFailure {
        CommandFailure(description: "error: " + FixText.cli.explain(error), exitCode: 1)
    }

    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(description: "usage error: " + message, exitCode: 2)
    }

    static func failure(_ message: String) -> CommandFailure {
        CommandFailure(description: message, exitCode: 1)
    }
}

/// Parses a target argument, turning syntax errors into usage failures with the grammar.
func parseTarget(_ text: String) throws(CommandFailure) -> Target {
    do {
        return try TargetParser.parse(text)
    } catch {
        throw CommandFailure.usage(error.description)
    }
}

/// Parses `--width`.
func parseWidth(_ bits: Int?) throws(CommandFailure) -> AccessWidth? {
    guard let bits else { return nil }
    guard let width = AccessWidth(bits: bits) else {
        throw CommandFailure.usage("--width must be 8, 16, 32 or 64 (got \(bits))")
    }
    return width
}
