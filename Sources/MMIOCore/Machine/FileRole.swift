#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// What an open site expects to find, and so what the file-access layer lets it open and
/// how much it lets it read. Every open names one: a FIFO, socket, device or directory
/// where a file is expected is refused before a byte is read, and no read goes past the
/// most the file can legitimately hold (past it is an error, never a silent cut).
public enum FileRole: Sendable, Equatable, CustomStringConvertible {
    /// A sysfs attribute (`vendor`, `resource`, `driver_override`, ...): the kernel's
    /// show() fills at most one page (Documentation/filesystems/sysfs.rst, "Reading/Writing
    /// Attribute Data").
    case attribute
    /// sysfs `config`: at most 4096 bytes (PCIe extended configuration space, PCIe 6.0 §7.2.2).
    case configSpace
    /// sysfs `resourceN`: mapped or accessed with pread/pwrite, never read whole.
    case resource
    /// procfs text (`/proc/iomem`, `/proc/ioports`, `/proc/sys/kernel/osrelease`).
    case procText
    /// The PCI ID database (`pci.ids`, about 1.4 MB today).
    case namesDatabase
    /// An lspci text dump (`--from-dump`) or hwx's own journal, read whole.
    case textFile
    /// `/dev/mem` (drivers/char/mem.c, character device 1:1): a device on the live root,
    /// a plain (sparse) file in a capture.
    case physicalMemory
    /// `/dev/port` (drivers/char/mem.c, character device 1:4): likewise.
    case portSpace
    /// A `file:PATH` target: a plain file, mapped whole.
    case plainFile
    /// A file hwx writes: the journal, a snapshot's files, a watch recording.
    case output
    /// A directory to list or to resolve names in.
    case directory

    public var description: String {
        switch self {
        case .attribute: "sysfs attribute"
        case .configSpace: "config space file"
        case .resource: "BAR resource file"
        case .procText: "procfs table"
        case .namesDatabase: "pci.ids file"
        case .textFile: "text file"
        case .physicalMemory: "physical memory device"
        case .portSpace: "I/O port device"
        case .plainFile: "plain file"
        case .output: "output file"
        case .directory: "directory"
        }
    }

    /// Largest number of bytes a whole read of this file may return; nil for files that are
    /// never read whole (mapped or accessed at offsets).
    public var readLimit: Int? {
        switch self {
        case .attribute: FileRole.pageSize
        case .configSpace: 4096
        case .procText: 16 << 20
        case .namesDatabase: 64 << 20
        // A full PCI domain dumped with `lspci -xxx` (65,536 functions, ~1.3 KB each) fits.
        case .textFile: 256 << 20
        case .resource, .physicalMemory, .portSpace, .plainFile, .output, .directory: nil
        }
    }

    /// Whether a file of `kind` is what this role expects; `live` is true on the root `/`.
    /// Device nodes are accepted only where the access path is meant to open one: `/dev/mem`
    /// and `/dev/port` on the live root, each with its own device number. In a capture
    /// they are plain files, and a device node there is refused.
    public func accepts(_ kind: FileStatus.Kind, live: Bool) -> Bool {
        switch (self, kind) {
        case (.directory, .directory): true
        case (.directory, _): false
        case (.physicalMemory, .characterDevice(1, 1)), (.portSpace, .characterDevice(1, 4)): live
        case (_, .regular): true
        default: false
        }
    }

    /// The kind of file this role wants, for error messages.
    public func expected(live: Bool) -> String {
        switch self {
        case .directory: "a directory"
        case .physicalMemory: live ? "the character device 1:1 (/dev/mem)" : "a regular file (a capture's dev/mem)"
        case .portSpace: live ? "the character device 1:4 (/dev/port)" : "a regular file (a capture's dev/port)"
        default: "a regular file"
        }
    }

    static let pageSize: Int = {
        let p = sysconf(Int32(_SC_PAGESIZE))
        return p > 0 ? p : 4096
    }()
}
