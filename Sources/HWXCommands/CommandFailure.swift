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

/// Parses `--width` (a number: 8, 16, 32 or 64).
func parseWidth(_ text: String?) throws(CommandFailure) -> AccessWidth? {
    guard let bits = try parseNumber(text, "--width") else { return nil }
    guard bits <= 64, let width = AccessWidth(bits: Int(bits)) else {
        throw CommandFailure.usage("--width must be 8, 16, 32 or 64 (got \(bits))")
    }
    return width
}

/// Parses a number given on the command line (an option or an argument) with the one
/// number syntax of hwx (`NumberSyntax`: `0x1f`, `31`, `0b11`); nil when not given.
func parseNumber(_ text: String?, _ what: String) throws(CommandFailure) -> UInt64? {
    guard let text else { return nil }
    do {
        return try NumberSyntax.parse(text)
    } catch {
        throw CommandFailure.usage("\(what): \(error)")
    }
}

/// A number option that must lie in `range` (e.g. `--count` at least 1).
func parseNumber(_ text: String?, _ what: String, in range: ClosedRange<UInt64>) throws(CommandFailure) -> UInt64? {
    guard let value = try parseNumber(text, what) else { return nil }
    guard range.contains(value) else {
        throw CommandFailure.usage("\(what) must be \(range.upperBound == .max ? "at least \(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)") (got \(text!))")
    }
    return value
}
