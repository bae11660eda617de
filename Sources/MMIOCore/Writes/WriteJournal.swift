#if canImport(Glibc)
import Glibc
#endif

/// Append-only log of committed writes: one JSON object per line (JSON Lines) with
/// time, target, physical address, width, old, new and read-back, fsync'ed before the
/// command returns, so a crash or a hung machine right after a poke still leaves a record.
///
/// Default location: `$XDG_STATE_HOME/hwx/journal.jsonl`, else
/// `~/.local/state/hwx/journal.jsonl` (XDG Base Directory Specification).
public struct WriteJournal: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public static func defaultPath(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/hwx/journal.jsonl"
        }
        let home = environment["HOME"] ?? "/root"
        return home + "/.local/state/hwx/journal.jsonl"
    }

    /// The process environment as a dictionary (Foundation-free).
    public static func processEnvironment() -> [String: String] {
        var env: [String: String] = [:]
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") { env[String(s[..<eq])] = String(s[s.index(after: eq)...]) }
            p += 1
        }
        return env
    }

    /// The JSON line for one committed write (no trailing newline).
    public static func line(for result: WriteResult, machine: MachineRoot, time: Double) -> String {
        let plan = result.plan
        let fields: [(String, JSONValue)] = [
            ("time", .string(iso8601(time))),
            ("machine", .string(machine.directory)),
            ("target", .string(plan.target)),
            ("physical_address", plan.physicalAddress.map { JSONValue.hex($0, digits: 8) } ?? .null),
            ("offset", .hex(plan.offset)),
            ("width", .int(Int64(plan.width.bits))),
            ("old", .hex(result.before, digits: plan.width.hexDigits)),
            ("new", .hex(result.written, digits: plan.width.hexDigits)),
            ("read_back", .hex(result.readBack, digits: plan.width.hexDigits)),
            ("mask", .hex(plan.mask, digits: plan.width.hexDigits)),
        ]
        return JSONValue.object(fields).render(pretty: false)
    }

    /// Appends and fsyncs one entry.
    public func append(_ result: WriteResult, machine: MachineRoot, time: Double = WriteJournal.now()) throws(AccessError) {
        let dir = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !dir.isEmpty, let e = FileIO.makeDirectories(dir) {
            throw AccessError(.systemError, operation: "create journal directory \(dir)", path: dir, errno: e,
                              fix: .pointJournalElsewhere(path: path))
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw AccessError(.systemError, operation: "open journal \(path)", path: path, errno: SystemError(errno),
                              fix: .pointJournalElsewhere(path: path))
        }
        defer { close(fd) }
        let bytes = Array((Self.line(for: result, machine: machine, time: time) + "\n").utf8)
        let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard n == bytes.count, fsync(fd) == 0 else {
            throw AccessError(.systemError, operation: "append to journal \(path)", path: path, errno: SystemError(errno))
        }
    }

    /// Entries in file order, as raw JSON lines.
    public func lines() -> [String] {
        guard let bytes = FileIO.readAll(path) else { return [] }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// `2026-11-28T18:21:19.123Z`.
    public static func iso8601(_ time: Double) -> String {
        var t = time_t(time)
        var tm = tm()
        gmtime_r(&t, &tm)
        let ms = Int((time - Double(Int(time))) * 1000)
        func pad(_ v: Int32, _ n: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, n - s.count)) + s }
        return "\(pad(tm.tm_year + 1900, 4))-\(pad(tm.tm_mon + 1, 2))-\(pad(tm.tm_mday, 2))T\(pad(tm.tm_hour, 2)):\(pad(tm.tm_min, 2)):\(pad(tm.tm_sec, 2)).\(pad(Int32(ms), 3))Z"
    }
}
