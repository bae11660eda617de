import Foundation

/// Runs the built `hwx` binary (next to the test bundle in .build/<triple>/debug) and
/// captures its output and exit code. Only ever with `--root <fixture>` or `file:`
/// targets: tests never touch this machine's hardware.
struct HWXProcess {
    struct Result {
        let stdout: String
        let stderr: String
        let status: Int32
    }

    static let executable: String = {
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidates = [bundle.appendingPathComponent("hwx").path,
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("hwx").path]
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) { return found }
        // .build/<triple>/debug/hwxPackageTests.xctest → .build/<triple>/debug/hwx
        var dir = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0])
        for _ in 0..<4 {
            dir.deleteLastPathComponent()
            let path = dir.appendingPathComponent("hwx").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return candidates[0]
    }()

    static let fixtures: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(2)
        return parts.joined(separator: "/") + "/Fixtures"
    }()

    /// Runs hwx, or `executable` (a shell wrapping hwx, e.g. with a file-size limit).
    static func run(_ arguments: [String], environment: [String: String] = [:], executable: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? Self.executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "interactive=no"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                      status: process.terminationStatus)
    }

    /// A writable copy of a fixture machine in a fresh temporary directory.
    static func copyFixture(_ name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hwx-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/cp")
        copy.arguments = ["-a", fixtures + "/" + name, dir.path + "/" + name]
        try copy.run()
        copy.waitUntilExit()
        return dir.path + "/" + name
    }

    /// Golden text stored under Tests/HWXCommandsTests/Golden/NAME.txt.
    static func golden(_ name: String) throws -> String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast()
        return try String(contentsOfFile: parts.joined(separator: "/") + "/Golden/\(name).txt", encoding: .utf8)
    }
}
