#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The directory hwx reads a machine from: `/` for the live machine, or a capture laid
/// out like `/` (`DIR/proc/iomem`, `DIR/proc/ioports`, `DIR/sys/bus/pci/devices/...`,
/// `DIR/dev/mem`, `DIR/dev/port`). Every file hwx opens is named through this type, so
/// pointing it at a capture can never reach the live machine's files.
public struct MachineRoot: Sendable, Equatable, CustomStringConvertible {
    /// Absolute or relative directory, without a trailing slash (`/` stays `/`).
    public let directory: String

    public init(_ directory: String = "/") {
        var d = directory
        while d.count > 1 && d.hasSuffix("/") { d.removeLast() }
        self.directory = d.isEmpty ? "/" : d
    }

    public static let live = MachineRoot("/")

    /// True for the running machine (`/`), false for a capture.
    public var isLive: Bool { directory == "/" }

    /// `relative` is an absolute path on the machine, e.g. `/proc/iomem`.
    public func path(_ relative: String) -> String {
        let r = relative.hasPrefix("/") ? relative : "/" + relative
        return directory == "/" ? r : directory + r
    }

    public var description: String { directory }

    /// Whole file as text, or `nil` when it cannot be read.
    public func readText(_ relative: String) -> String? {
        FileIO.readAll(path(relative)).flatMap { String(decoding: $0, as: UTF8.self) }
    }

    public func exists(_ relative: String) -> Bool {
        access(path(relative), F_OK) == 0
    }

    /// Directory entries (no `.`/`..`), sorted; empty when the directory is missing.
    public func list(_ relative: String) -> [String] {
        FileIO.list(path(relative))
    }

    /// The target of a symlink, or `nil` when `relative` is not a symlink.
    public func linkTarget(_ relative: String) -> String? {
        FileIO.readLink(path(relative))
    }
}
