import Glibc

/// Records watch-list events as CSV, the same columns as `hwx watch --csv`:
/// `time,elapsed_ms,target,event,value,delta,rate_per_s,error`. Each line is written
/// (unbuffered) as it happens, so a recording survives an interrupted session.
public final class WatchRecorder {
    public static let header = "time,elapsed_ms,target,event,value,delta,rate_per_s,error"
    public let path: String
    private let file: FileDescriptor

    /// Creates (or truncates) `path`, making its directory, and writes the header.
    public init(path: String) throws(AccessError) {
        let dir = PathName.directory(of: path)
        if !dir.isEmpty, let e = FileIO.makeDirectories(dir) {
            throw AccessError(.systemError, operation: "create \(dir) for the watch recording", path: dir, errno: e,
                              fix: .chooseWritableDirectory(path: dir))
        }
        let file: FileDescriptor
        do {
            file = try FileIO.open(path, role: .output, mode: .create(permissions: 0o644))
        } catch {
            throw AccessError(error.errno == nil ? .refusedFile : .systemError, operation: "create the watch recording \(path)",
                              path: path, errno: error.errno, fix: .chooseWritableDirectory(path: dir))
        }
        self.path = path
        self.file = file
        if let e = writeAll(Self.header + "\n") {
            throw AccessError(.systemError, operation: "write the watch recording \(path)", path: path, errno: e,
                              fix: .chooseWritableDirectory(path: dir))
        }
    }

    deinit { file.close() }

    /// Writes all of `text` (retrying short writes and EINTR); the errno when the write fails.
    @discardableResult
    private func writeAll(_ text: String) -> SystemError? {
        file.writeAll(Array(text.utf8))
    }

    /// `$XDG_STATE_HOME/hwx/watch-<UTC time>.csv` (else `~/.local/state/hwx/`).
    public static func defaultPath(environment: [String: String], time: Double) -> String {
        let dir = WriteJournal.defaultPath(environment: environment)
        let stamp = WriteJournal.iso8601(time).filter { $0 != ":" }
        return PathName.directory(of: dir) + "/watch-\(stamp).csv"
    }

    public func record(_ events: [WatchEvent], items: [WatchItem], wallClock: Double = WriteJournal.now()) {
        guard !events.isEmpty else { return }
        let text = events.map { Self.csvLine($0, item: items[$0.item], wallClock: wallClock) }.joined(separator: "\n") + "\n"
        writeAll(text)
    }

    /// One CSV line; `wallClock` is seconds since 1970 for the `time` column.
    public static func csvLine(_ e: WatchEvent, item: WatchItem, wallClock: Double) -> String {
        let event: String
        var error = ""
        switch e.kind {
        case .initial: event = "initial"
        case .changed: event = "change"
        case .failed(let err): event = "error"; error = err.summary
        }
        let value = e.value.map { "0x" + hex($0, item.hexDigits) } ?? ""
        return [WriteJournal.iso8601(wallClock), "\(Int64((e.time * 1000).rounded()))", csvField(item.label), event, value,
                e.delta.map { "\($0)" } ?? "", e.ratePerSecond.map { CFormat.string("%.3f", $0) } ?? "",
                csvField(error)].joined(separator: ",")
    }

    static func csvField(_ s: String) -> String {
        s.contains(",") || s.contains("\"") ? "\"" + s.replacing("\"", with: "\"\"") + "\"" : s
    }
}
