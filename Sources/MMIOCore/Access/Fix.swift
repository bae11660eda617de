/// What the user can do about an error, as data. The core says *what* to do; the front
/// ends put it into words (`FixText` in the HWXText target: the CLI names flags and verbs,
/// the TUI names keys), so the core never names a command-line flag.
///
/// Cases whose words are the same in every front end (kernel parameters, hardware facts)
/// are worded once there too; `.advice` carries text that names no front end at all.
public indirect enum Fix: Sendable, Equatable {
    /// Register access needs root: sysfs `resourceN`, `config` past 64 bytes, `/dev/mem`,
    /// `/dev/port` and the addresses in `/proc/iomem` are root-only.
    case runAsRoot
    /// A read of sysfs `config` came up short: non-root readers get only 64 bytes.
    case runAsRootForFullConfig
    /// The kernel is locked down (`/sys/kernel/security/lockdown` shows `[mode]`).
    case disableLockdown(mode: String)
    /// Boot with a kernel command-line parameter, e.g. `iomem=relaxed`.
    case bootWith(parameter: String)
    /// Unbind the driver that owns the device (`/sys/bus/pci/drivers/NAME/unbind`);
    /// `name` is nil when the driver is not known.
    case unbindDriver(name: String?, device: PCIAddress)
    /// Writing is not enabled in this front end.
    case enableWrites
    /// The write journal at `path` cannot take a line: choose another journal file.
    case pointJournalElsewhere(path: String)
    /// A file cannot be created in `path` (snapshot, watch recording): choose another place.
    case chooseWritableDirectory(path: String)
    /// The space does not do this width; it does these.
    case useWidth([AccessWidth])
    /// The offset must be a multiple of `bytes` (or the width narrower).
    case alignOffset(bytes: Int)
    /// The value has more bits than the access width of `bits`.
    case fitValue(bits: Int)
    /// A PCI function that is not there: these are (at most a dozen shown; `more` when cut).
    case choosePCIFunction(known: [PCIAddress], more: Bool)
    /// A device BAR without a register map: use `offsetTarget` or add a map.
    case addRegisterMap(offsetTarget: String)
    /// An iomem region name that is not there: these have maps.
    case chooseMappedRegion([String])
    /// A dump of config space cannot be written: write the machine itself.
    case writeTheMachine
    /// A dump has no BAR contents: use the machine, or a capture with BAR files.
    case captureBARs
    /// No `pci.ids` was found in these places: install one, or name a file.
    case installPCIIDs(searched: [String])
    /// hwx misbehaved: what to report.
    case reportBug(String)
    /// Front-end-neutral words: kernel, hardware, map or file facts and what to do.
    case advice(String)
    /// Why the fix applies, then the fix: `the BAR is claimed by ...: boot with ...`.
    case explained(String, Fix)
    /// Any of these helps: `A, or B`.
    case either([Fix])
}
