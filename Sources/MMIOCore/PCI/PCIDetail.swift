/// How much of each PCI function an enumeration reads from sysfs.
public enum PCIDetail: Sendable, Equatable {
    /// What `hwx list pci` prints, read cheaply: vendor, device, class, revision and header
    /// type from one read of the first 64 bytes of `config` (the part every user may read,
    /// drivers/pci/pci-sysfs.c `pci_read_config`), bridges' bus numbers and a type 0
    /// header's subsystem IDs from the same bytes, and the `driver` link. No `resource`,
    /// `irq`, link speed or bridge subsystem IDs; the function's `config` holds those 64
    /// bytes only. `Machine.function(_:)` reads a function whole when asked.
    case summary
    /// Every attribute hwx shows (`resource` and the `resourceN` files, `irq`, `numa_node`,
    /// link speeds and widths, subsystem IDs, `driver`, `iommu_group`) and all of `config`.
    case full
}
