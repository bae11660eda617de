#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CFileAccess

/// The test suite's guard against touching the machine the tests run on. When the
/// environment names a log file in `HWX_LIVE_MACHINE_GUARD` (the test support sets it for
/// the test process, and so for every hwx it starts), every open that lands on procfs or
/// sysfs, or on /dev/mem or /dev/port, is refused and appended to that log; the test
/// process fails at exit when the log is not empty. Judged on the opened file itself
/// (`fstatfs` magic, device number), so no path spelling, symlink or root gets past it.
/// Unset (every real use of hwx), it costs one branch per open.
public enum LiveRootGuard {
    public static let environmentVariable = "HWX_LIVE_MACHINE_GUARD"

    /// The log of the process (nil: the guard is off).
    static let processLog: String? = getenv(environmentVariable).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }

    /// A test that proves the guard trips sends its own record here instead of to the
    /// process log (which would fail the run).
    @TaskLocal public static var redirectedLog: String?

    /// procfs, sysfs and what is mounted below /sys (securityfs, debugfs, tracefs, configfs,
    /// cgroup2, efivarfs, pstore, bpf), include/uapi/linux/magic.h.
    static let guardedFileSystems: Set<Int> = [
        0x9fa0, 0x6265_6572, 0x7363_6673, 0x6462_6720, 0x7472_6163, 0x6265_6570,
        0x6367_7270, 0xde5e_81e4, 0x6165_676c, 0xcafe_4a11,
    ]
    /// Paths of the live machine (`/` root, or a path the user named) that are guarded by name too.
    static let guardedPrefixes = ["/sys/", "/proc/", "/dev/mem", "/dev/port"]

    /// Whether the guard is on (the test process); off, an open need not `fstat` for it.
    static var isOn: Bool { redirectedLog != nil || processLog != nil }

    /// Throws (and records) when `fd` is this machine's procfs, sysfs, /dev/mem or /dev/port
    /// and the guard is on.
    static func check(_ fd: Int32, status: FileStatus, path: String, role: FileRole) throws(FileAccessError) {
        guard let log = redirectedLog ?? processLog else { return }
        let onLiveFS = guardedFileSystems.contains(Int(cfa_filesystem_type(fd)))
        let device: Bool
        switch status.kind {
        case .characterDevice(1, 1), .characterDevice(1, 4): device = true
        default: device = false
        }
        let named = path == "/sys" || path == "/proc" || guardedPrefixes.contains { path.hasPrefix($0) }
        guard onLiveFS || device || named else { return }
        record(path, in: log)
        throw FileAccessError("open", path: path, role: role, problem: .liveMachineInTest)
    }

    static func record(_ path: String, in log: String) {
        let fd = PathResolver.rawOpen(AT_FDCWD, log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY, 0o600, resolve: nil)
        guard fd >= 0 else { return }
        let line = Array("\(getpid()) \(path)\n".utf8)
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }
}
