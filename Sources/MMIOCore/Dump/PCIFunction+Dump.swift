extension PCIFunction {
    /// The function came from an lspci text dump (`Machine.fromDump`): it has config bytes
    /// and nothing else (no sysfs files, no BAR sizes, no BAR contents).
    public var isFromDump: Bool { sysfsPath.hasPrefix("dump:") }

    /// Config space from a dump as a read-only in-memory register space, so `read`/`dump`
    /// and the TUI work on a dump like on a machine. Config-space widths: 8, 16, 32.
    public func dumpConfigSpace() -> MemorySpace {
        MemorySpace(name: "\(address.display) config (from dump)", bytes: config.bytes, writable: false,
                    widths: [.bits8, .bits16, .bits32])
    }
}
