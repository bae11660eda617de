import MMIOCore

/// Puts the core's `Fix` into words for one front end. Both front ends share this one
/// renderer: kernel, hardware and file advice reads the same everywhere; where the action
/// differs, the CLI names its flags and verbs (`--width 16`, `--yes`, `hwx list pci`) and
/// the TUI names its keys (`w`) or how to restart it (`hwx --write`).
public struct FixText: Sendable {
    public enum FrontEnd: Sendable { case cli, tui }

    public let frontEnd: FrontEnd

    public init(_ frontEnd: FrontEnd) { self.frontEnd = frontEnd }

    public static let cli = FixText(.cli)
    public static let tui = FixText(.tui)

    private var cli: Bool { frontEnd == .cli }

    /// What to do, as one sentence (no trailing period).
    public func words(_ fix: Fix) -> String {
        switch fix {
        case .runAsRoot:
            return "this needs root: run hwx as root (sudo hwx ...); non-root users see zeroed /proc/iomem addresses, 64 bytes of config space, and no BAR, /dev/mem or /dev/port access"
        case .runAsRootForFullConfig:
            return "the file is shorter than expected: non-root readers get only 64 bytes of config space; run as root"
        case .disableLockdown(let mode):
            return "the kernel is locked down (\(mode) mode, /sys/kernel/security/lockdown), which forbids raw hardware access even for root; boot without lockdown (e.g. lockdown=none where Secure Boot policy allows, or disable Secure Boot)"
        case .bootWith(let parameter):
            return "boot with \(parameter)"
        case .unbindDriver(let name, let device):
            return name.map { "unbind it (echo \(device) > /sys/bus/pci/drivers/\($0)/unbind)" } ?? "unbind the driver that owns it"
        case .enableWrites:
            return cli ? "add --yes to write (hwx write TARGET VALUE --yes)"
                       : "restart hwx with --write to poke registers (e.g. hwx --root DIR --write)"
        case .pointJournalElsewhere:
            return cli ? "point --journal at a writable file (e.g. --journal /tmp/hwx-journal.jsonl), or set XDG_STATE_HOME to a writable directory"
                       : "restart hwx with --journal FILE naming a writable file, or with XDG_STATE_HOME set to a writable directory"
        case .chooseWritableDirectory:
            return cli ? "choose a writable directory"
                       : "restart hwx with --journal FILE in a writable directory (recordings go beside the journal), or with XDG_STATE_HOME set to one"
        case .useWidth(let widths):
            return cli ? "use one of: " + widths.map { "--width \($0.bits)" }.joined(separator: ", ")
                       : "press w for one of: " + widths.map { "\($0)" }.joined(separator: ", ")
        case .alignOffset(let bytes):
            return cli ? "use an offset aligned to \(bytes) bytes, or a narrower --width"
                       : "move to an offset aligned to \(bytes) bytes, or press w for a narrower width"
        case .fitValue(let bits):
            return cli ? "use a wider --width or a smaller value"
                       : "type a value of at most \(bits) bits, or press w for a wider width"
        case .choosePCIFunction(let known, let more):
            let see = cli ? "see hwx list pci" : "see the PCI section of the tree"
            guard !known.isEmpty else { return see }
            return "functions here: " + known.map(\.display).joined(separator: " ") + (more ? " ..." : "") + " (\(see))"
        case .addRegisterMap(let offsetTarget):
            return cli ? "use an offset (\(offsetTarget)), or add a map to $XDG_CONFIG_HOME/hwx/maps or --maps DIR (see hwx maps)"
                       : "open an offset instead (o \(offsetTarget)), or add a map to $XDG_CONFIG_HOME/hwx/maps (or restart hwx with --maps DIR)"
        case .chooseMappedRegion(let names):
            return "regions with maps: " + names.map { "\"\($0)\"" }.joined(separator: ", ")
                + (cli ? " (see hwx list iomem)" : " (see the physical address map)")
        case .writeTheMachine:
            return cli ? "a dump (--from-dump) is read-only: write on the machine itself"
                       : "a dump is read-only: write on the machine itself"
        case .captureBARs:
            return "an lspci dump holds config space only; BAR contents need the machine (or a capture with hwx snapshot --with-bars)"
        case .installPCIIDs(let searched):
            return "no pci.ids found (looked in \(searched.joined(separator: ", "))); showing numeric IDs. Install Debian's pci.ids package or "
                + (cli ? "pass --pci-ids FILE." : "restart hwx with --pci-ids FILE.")
        case .reportBug(let what):
            return what + " — report this as a bug"
        case .advice(let text):
            return text
        case .explained(let why, let then):
            return why + ": " + words(then)
        case .either(let fixes):
            return fixes.map(words).joined(separator: ", or ")
        }
    }

    /// An error over several lines, as the CLI prints it: `summary\n  fix: words`.
    public func explain(_ error: AccessError) -> String {
        error.fix.map { error.summary + "\n  fix: " + words($0) } ?? error.summary
    }

    /// An error on one line, as the TUI's status line shows it: `summary; words`.
    public func statusLine(_ error: AccessError) -> String {
        error.fix.map { error.summary + "; " + words($0) } ?? error.summary
    }

    /// A field-write error on one line: `message; words`.
    public func statusLine(_ error: FieldWriteError) -> String {
        error.message + "; " + words(error.fix)
    }

    /// The one hint line shown when no `pci.ids` was found, or nil.
    public func pciIDsHint(_ names: PCIIDs) -> String? {
        names.missingFix.map { "hint: " + words($0) }
    }
}
