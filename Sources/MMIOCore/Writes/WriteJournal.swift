#if canImport(Glibc)
import Glibc
#endif

/// Append-only log of register writes, one JSON object per line (JSON Lines), written
/// *journal first*: before the device is touched, an `intent` line (id, time, machine,
/// target, physical address, offset, width, old, new, mask) is appended and fsync'ed;
/// after the write, an `outcome` line with the same id carries the read-back value (or
/// the error). A crash or a hung machine between the two leaves an intent without an
/// outcome, which `JournalHistory` reports. When the intent cannot be made durable the
/// write is refused (`commit`, in WriteJournal+Commit.swift).
///
/// Lines are written with one `write(2)` on an `O_APPEND` descriptor (POSIX: each write
/// goes to the end of the file atomically with respect to other appenders), then
/// `fsync(2)`; the directory is fsync'ed too when the file was new, so the file's name
/// survives a crash as well (fsync(2): "does not necessarily ensure that the entry in the
/// directory containing the file has also reached disk").
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

    /// The `intent` line of a write about to be made (no trailing newline).
    public static func intentLine(id: String, time: Double, machine: MachineRoot, plan: WritePlan,
                                  before: UInt64, written: UInt64) -> String {
        let d = plan.width.hexDigits
        let fields: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("event", .string("intent")),
            ("time", .string(iso8601(time))),
            ("machine", .string(machine.directory)),
            ("target", .string(plan.target)),
            ("physical_address", plan.physicalAddress.map { JSONValue.hex($0, digits: 8) } ?? .null),
            ("offset", .hex(plan.offset)),
            ("width", .int(Int64(plan.width.bits))),
            ("old", .hex(before, digits: d)),
            ("new", .hex(written, digits: d)),
            ("mask", .hex(plan.mask, digits: d)),
        ]
        return JSONValue.object(fields).render(pretty: false)
    }

    /// The `outcome` line: the read-back value, or what failed and whether the device was written.
    public static func outcomeLine(id: String, time: Double, plan: WritePlan, readBack: UInt64?,
                                   written: Bool, error: String?) -> String {
        var fields: [(String, JSONValue)] = [
            ("id", .string(id)),
            ("event", .string("outcome")),
            ("time", .string(iso8601(time))),
            ("target", .string(plan.target)),
            ("written", .bool(written)),
        ]
        if let readBack { fields.append(("read_back", .hex(readBack, digits: plan.width.hexDigits))) }
        if let error { fields.append(("error", .string(error))) }
        return JSONValue.object(fields).render(pretty: false)
    }

    /// Appends one line and makes it durable, or throws `.journalUnavailable` having left
    /// the file as it was (a short write is truncated away, so no torn line remains; a file
    /// this call created is removed).
    /// Refuses anything but a regular file: `/dev/null` would swallow the line and
    /// `/dev/full` cannot take it; a FIFO is opened non-blocking, so it never hangs.
    /// `context` opens the error's operation, e.g. `the journal cannot hold the intent`.
    public func appendDurably(_ line: String, context: String) throws(AccessError) {
        func refuse(_ step: String, _ e: SystemError?) -> AccessError {
            AccessError(.journalUnavailable, operation: "\(context): \(path): \(step)",
                        path: path, errno: e, fix: .pointJournalElsewhere(path: path))
        }
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        if dir != "/" && dir != ".", let e = FileIO.makeDirectories(dir) {
            throw refuse("create the directory \(dir)", e)
        }
        // Through the file-access layer: looked at with O_PATH first, so a journal that is a
        // device or FIFO is refused before any driver sees an open.
        // Whether this attempt creates the file: a refused first intent then removes it
        // again, so a full disk leaves no empty journal behind (one that was there stays).
        let existed = FileIO.status(path) != nil
        let fd: FileDescriptor
        do {
            fd = try FileIO.open(path, role: .output, mode: .append(permissions: 0o644))
        } catch {
            if case .wrongKind(let found) = error.problem {
                throw refuse("it is \(found), not a regular file", nil)
            }
            throw refuse("open", error.errno)
        }
        defer { fd.close() }
        let sizeBefore = fd.status.size
        func undo() {
            _ = fd.truncate(to: sizeBefore)
            if !existed && sizeBefore == 0 { unlink(path) }
        }
        if let e = fd.writeAll(Array((line + "\n").utf8)) {
            undo()
            throw refuse("write", e)
        }
        if let e = fd.sync() {
            undo()
            throw refuse("fsync", e)
        }
        if sizeBefore == 0 {
            let directory: FileDescriptor
            do {
                directory = try FileIO.open(dir, role: .directory)
            } catch {
                throw refuse("open the directory \(dir) to fsync it", error.errno)
            }
            defer { directory.close() }
            // EINVAL: the file system cannot sync directories (it has nothing to flush).
            if let e = directory.sync(), e.code != EINVAL { throw refuse("fsync the directory \(dir)", e) }
        }
    }

    /// A fresh id linking an intent to its outcome: 16 hex digits from the system's
    /// random source.
    public static func newID() -> String {
        var g = SystemRandomNumberGenerator()
        return hex(g.next(), 16)
    }

    /// The journal's lines in file order (for tests and tools; `JournalHistory` parses them).
    public func lines() -> [String] {
        guard let bytes = FileIO.readAll(path) else { return [] }
        return TextLines(String(decoding: bytes, as: UTF8.self)).filter { !$0.text.isEmpty }.map { String($0.text) }
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
