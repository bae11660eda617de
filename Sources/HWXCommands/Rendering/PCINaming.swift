import MMIOCore

/// lspci-style names for a function: `Non-Volatile memory controller [0108]: Red Hat, Inc.
/// QEMU NVM Express Controller [1b36:0010] (rev 02)`, numeric where pci.ids has no entry.
enum PCINaming {
    static func className(_ f: PCIFunction, _ names: PCIIDs) -> String {
        let code = hex(f.classCode >> 8, 4)
        if let name = names.classDescription(f.classCode) { return "\(name) [\(code)]" }
        return "Class [\(code)]"
    }

    static func deviceName(_ f: PCIFunction, _ names: PCIIDs) -> String {
        let ids = "[\(hex(f.vendorID, 4)):\(hex(f.deviceID, 4))]"
        let vendor = names.vendorName(f.vendorID)
        let device = names.deviceName(f.vendorID, f.deviceID)
        switch (vendor, device) {
        case let (v?, d?): return "\(v) \(d) \(ids)"
        case let (v?, nil): return "\(v) Device \(ids)"
        default: return "Device \(ids)"
        }
    }

    /// One line as `hwx list pci` prints it.
    static func line(_ f: PCIFunction, _ names: PCIIDs) -> String {
        // pci.ids names are the file's text: controls are shown `\xNN`.
        var s = "\(f.address.display) \(TerminalSafe.escape(className(f, names))): \(TerminalSafe.escape(deviceName(f, names)))"
        if f.revision != 0 { s += " (rev \(hex(f.revision, 2)))" }
        if let driver = f.driver { s += "  driver: \(driver)" }
        return s
    }
}
