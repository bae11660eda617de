import Foundation

/// Drives the real `hwx` binary inside a private, detached tmux server (research §3a):
/// posix_spawn with an empty signal mask (test threads block SIGINT/SIGTERM, a child
/// would inherit that), `-S` socket in a temp dir, exit status from a bash wrapper
/// (tmux 3.3a's pane_dead_status is unreliable), never Foundation.Process (it hangs
/// once tmux daemonizes).
final class Tmux {
    let dir: String

    init(_ command: String, cols: Int = 100, rows: Int = 30, environment: [String: String] = [:]) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("hwx-tmux-\(getpid())-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let conf = dir + "/tmux.conf"
        try "set -g remain-on-exit on\nset -g default-terminal tmux-256color\n".write(toFile: conf, atomically: true, encoding: .utf8)
        // The test runner's environment reaches the tmux server; NO_COLOR from there would
        // silently turn colors off, so it is cleared unless a test sets it.
        let clear = environment["NO_COLOR"] == nil ? "unset NO_COLOR; " : ""
        let wrapped = "bash --norc --noprofile -c '\(clear)\(command); echo $? > \(dir)/rc'"
        var args = ["-f", conf, "new-session", "-d", "-s", "t", "-x", "\(cols)", "-y", "\(rows)"]
        let env = ["LC_ALL": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no"].merging(environment) { $1 }
        for (k, v) in env.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
        try run(args + [wrapped], capture: false)
    }

    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: dir)
    }

    @discardableResult
    func run(_ args: [String], capture: Bool = true) throws -> String {
        let argv = ["/usr/bin/tmux", "-S", dir + "/sock"] + args
        var fa = posix_spawn_file_actions_t(); posix_spawn_file_actions_init(&fa)
        defer { posix_spawn_file_actions_destroy(&fa) }
        var attr = posix_spawnattr_t(); posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t(); sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        var deflt = sigset_t(); sigemptyset(&deflt)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGPIPE, SIGCHLD] { sigaddset(&deflt, sig) }
        posix_spawnattr_setsigdefault(&attr, &deflt)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var fds: [Int32] = [-1, -1]
        posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0)
        spawnLock.lock()
        if capture {
            guard pipe(&fds) == 0 else { spawnLock.unlock(); throw POSIXError(.EIO) }
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC); _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
            posix_spawn_file_actions_adddup2(&fa, fds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0)
        }
        var pid: pid_t = 0
        let cargs = argv.map { strdup($0) } + [nil]
        defer { cargs.forEach { free($0) } }
        let rc = posix_spawn(&pid, argv[0], &fa, &attr, cargs, environ)
        spawnLock.unlock()
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
        var output = [UInt8]()
        if capture {
            close(fds[1])
            var buf = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &buf, buf.count)
                if n <= 0 { break }
                output += buf[0..<n]
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }

    func capture() -> String { (try? run(["capture-pane", "-p", "-t", "t"])) ?? "" }
    /// With escape sequences for colors and attributes.
    func captureStyled() -> String { (try? run(["capture-pane", "-p", "-e", "-t", "t"])) ?? "" }
    func captureAll() -> String { (try? run(["capture-pane", "-p", "-S", "-", "-t", "t"])) ?? "" }
    func send(_ keys: String...) { _ = try? run(["send-keys", "-t", "t"] + keys) }
    func sendLiteral(_ text: String) { _ = try? run(["send-keys", "-t", "t", "-l", text]) }
    func resize(cols: Int, rows: Int) { _ = try? run(["resize-window", "-t", "t", "-x", "\(cols)", "-y", "\(rows)"]) }

    /// Polls capture-pane every 20 ms until `predicate` holds.
    func waitFor(timeout: Double = 10, styled: Bool = false, _ predicate: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let screen = styled ? captureStyled() : capture()
            if predicate(screen) { return screen }
            usleep(20_000)
        } while Date() < deadline
        return nil
    }

    func waitForExit(timeout: Double = 10) -> Int? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let s = try? String(contentsOfFile: dir + "/rc", encoding: .utf8), s.hasSuffix("\n") {
                return Int(s.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            usleep(10_000)
        } while Date() < deadline
        return nil
    }
}

private let spawnLock = NSLock()

/// The `hwx` executable next to the test bundle (.build/<triple>/debug/hwx).
let hwxPath: String = {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("hwx").path
}()
