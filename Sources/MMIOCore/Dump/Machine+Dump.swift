extension Machine {
    /// A machine whose PCI functions come from an lspci text dump: identity and config from
    /// the dump, no sysfs (so no BAR sizes, no driver, no BAR files) and no address maps.
    /// Functions keep the file's order. `root` names the dump so errors can point at it.
    public static func fromDump(_ dump: LspciDump, path: String, pciIDs: String? = nil) -> Machine {
        let functions = dump.functions.map { d in
            let c = d.config
            return PCIFunction(
                address: d.address,
                vendorID: c.vendorID ?? 0xffff,
                deviceID: c.deviceID ?? 0xffff,
                classCode: c.u32(0x08).map { $0 >> 8 } ?? 0,
                revision: c.u8(0x08) ?? 0,
                subsystemVendorID: c.header == .endpoint ? c.u16(0x2c) : nil,
                subsystemDeviceID: c.header == .endpoint ? c.u16(0x2e) : nil,
                sysfsPath: "dump:" + path + ":\(d.line)",
                config: c)
        }
        return Machine(root: MachineRoot(path + ".no-sysfs"), iomem: nil, ioports: nil, functions: functions, names: PCIIDs.load(path: pciIDs))
    }
}
