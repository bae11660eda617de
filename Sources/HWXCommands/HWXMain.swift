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
            var command = try HWX.parseAsRoot(globalOptionsMovedAfterVerb(arguments))
            try command.run()
            exit(0)
        } catch let failure as CommandFailure {
            writeStderr("hwx: " + failure.description + "\n")
            exit(failure.exitCode)
        } catch {
            let code = HWX.exitCode(for: error)
            let message = HWX.fullMessage(for: error)
            if code == .success {
                printOut(message)
                exit(0)
            }
            writeStderr(message + "\n")
            exit(code == .validationFailure ? 2 : (code.rawValue == 0 ? 0 : 1))
        }
    }
}

/// Options that every verb takes and that users naturally write before the verb
/// (`hwx --root DIR list pci`), each followed by a value.
let globalOptionNames: Set<String> = ["--root", "--pci-ids", "--from-dump", "--maps"]

/// `hwx --root DIR list pci --tree` → `hwx list pci --tree --root DIR`: global options given
/// before a verb are moved behind its arguments, where the verb's parser looks for them.
/// Without a verb (`hwx --root DIR`, the TUI) the arguments stay as they are.
func globalOptionsMovedAfterVerb(_ arguments: [String]) -> [String] {
    var leading: [String] = []
    var index = 0
    while index < arguments.count {
        let arg = arguments[index]
        if globalOptionNames.contains(arg), index + 1 < arguments.count {
            leading += [arg, arguments[index + 1]]
            index += 2
        } else if let eq = arg.firstIndex(of: "="), globalOptionNames.contains(String(arg[..<eq])) {
            leading.append(arg)
            index += 1
        } else {
            break
        }
    }
    let verbs = Set(HWX.configuration.subcommands.map { $0._commandName })
    guard !leading.isEmpty, index < arguments.count, verbs.contains(arguments[index]) else { return arguments }
    var rest = Array(arguments[index...])
    let insertAt = rest.firstIndex(of: "--") ?? rest.count
    rest.insert(contentsOf: leading, at: insertAt)
    return rest
}

/// Writes to standard error without buffering; control characters that came with a name
/// or a file name are escaped (`TerminalSafe`), line ends and tabs kept.
func writeStderr(_ text: String) {
    var bytes = Array(TerminalSafe.escape(text, keepingLayout: true).utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
}

/// Every line hwx prints to standard output goes through here: control characters that
/// came with a name (an iomem region, pci.ids, a register map, a file name) are written
/// `\xNN` (`TerminalSafe`), never sent to the terminal; hwx's own line ends and tabs stay.
/// JSON carries none (JSONValue escapes them as `\uXXXX`).
func printOut(_ text: String, terminator: String = "\n") {
    print(TerminalSafe.escape(text, keepingLayout: true), terminator: terminator)
}
