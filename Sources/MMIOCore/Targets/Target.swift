/// What a `read`/`write`/`dump`/`watch` command (and the TUI's go-to) points at.
///
/// Grammar (numbers as `NumberSyntax` reads them: `0x1f`, `31`, `0b11`; the exact grammar
/// is on `TargetParser`):
/// ```
/// <device>/config[+OFF]        PCI config space through sysfs `config`
/// <device>/config/NAME[.FIELD]  a config register by setpci's name (`ConfigRegisterName`)
/// <device>/barN[+OFF]          BAR N (0-5) through sysfs `resourceN` (mmap; I/O BARs by read/write)
/// <device>/rom[+OFF]           the expansion ROM through sysfs `rom` (read-only)
/// <device>/barN/REG[.FIELD]    a register (and field) named by a register map
/// phys:ADDR                    physical address through /dev/mem (mmap, never pread)
/// port:ADDR                    x86 I/O port through /dev/port
/// file:PATH[+OFF]              any mmap-able file
/// iomem:NAME/REG[.FIELD]       a register of the /proc/iomem region NAME (e.g. `HPET 0`)
/// ```
/// `<device>` is `DDDD:BB:DD.F` or `BB:DD.F`, as `lspci -s` takes it.
public enum Target: Equatable, Sendable, CustomStringConvertible {
    case config(PCIAddress, offset: UInt64)
    /// BAR `index` 0-5, or the expansion ROM as index 6 (the line sysfs `resource` gives it).
    case bar(PCIAddress, index: Int, offset: UInt64)
    case physical(UInt64)
    case port(UInt64)
    case file(path: String, offset: UInt64)
    /// A register by name within a BAR or an iomem region; resolved through register maps.
    case named(NamedRegisterBase, register: String, field: String?)

    /// Where a named register lives.
    public enum NamedRegisterBase: Equatable, Sendable, CustomStringConvertible {
        case bar(PCIAddress, index: Int)
        case iomemRegion(String)
        /// A config register by setpci's name (`ConfigRegisterName`); needs no register map.
        case config(PCIAddress)

        public var description: String {
            switch self {
            case .config(let a): "\(a.display)/config"
            case .bar(let a, let i): "\(a.display)/bar\(i)"
            case .iomemRegion(let name): "iomem:\(name)"
            }
        }
    }

    /// The grammar, shown with every syntax error and in `--help`. Every line fits in 79
    /// columns, so help at 80 columns shows it as written (longer lines are rewrapped).
    public static let grammar = """
    targets:
      <device>/config+OFF       config space       00:03.0/config+0x10
      <device>/config/NAME      setpci name        00:03.0/config/CAP_EXP+8.w
        [+OFF][.b|.w|.l][.FIELD]                   00:03.0/config/COMMAND.BusMaster
      <device>/barN+OFF         memory or I/O BAR  00:02.0/bar0+0x04
      <device>/rom+OFF          ROM (read-only)    00:02.0/rom+0x0
      <device>/barN/REG[.FIELD] map register       00:03.0/bar0/CAP.MQES
      phys:ADDR                 physical address   phys:0xfed000f0
      port:ADDR                 I/O port           port:0x70
      file:PATH+OFF             mmap-able file     file:/tmp/regs.bin+0x10
      iomem:NAME/REG[.FIELD]    in an iomem region 'iomem:HPET 0/MAIN_COUNTER'
    N is 0-5; +OFF at most once;
    <device> is DDDD:BB:DD.F or BB:DD.F (hex, as lspci -s);
    \(NumberSyntax.summary.replacing("; ", with: ";\n")).
    """

    public var description: String {
        switch self {
        case .config(let a, let off): "\(a.display)/config+0x\(hex(off, 2))"
        case .bar(let a, let i, let off): "\(a.display)/\(i == 6 ? "rom" : "bar\(i)")+0x\(hex(off, 2))"
        case .physical(let addr): "phys:0x\(hex(addr, 8))"
        case .port(let addr): "port:0x\(hex(addr, 4))"
        case .file(let path, let off): "file:\(path)+0x\(hex(off, 1))"
        case .named(let base, let reg, let field): "\(base)/\(reg)" + (field.map { ".\($0)" } ?? "")
        }
    }

    /// The same target moved by `delta` bytes (for `--count` and dumps); nil when the
    /// offset or address would pass 2^64 - 1 (or a port 0xffff).
    public func advanced(by delta: UInt64) -> Target? {
        func add(_ a: UInt64) -> UInt64? {
            let (sum, overflow) = a.addingReportingOverflow(delta)
            return overflow ? nil : sum
        }
        switch self {
        case .config(let a, let off): return add(off).map { .config(a, offset: $0) }
        case .bar(let a, let i, let off): return add(off).map { .bar(a, index: i, offset: $0) }
        case .physical(let addr): return add(addr).map { .physical($0) }
        case .port(let addr): return add(addr).flatMap { $0 <= 0xffff ? .port($0) : nil }
        case .file(let p, let off): return add(off).map { .file(path: p, offset: $0) }
        case .named: return self
        }
    }
}
