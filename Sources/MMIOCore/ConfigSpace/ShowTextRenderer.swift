/// Renders a `DecodedFunction` as text that reads like `lspci -v/-vv`: the address first,
/// `Capabilities: [40] Power Management version 3`, register lines with lspci's names and
/// `+`/`-` flags. It only arranges the decoded values; every token comes from the decoders.
/// Returns lines (MMIOCore never prints); the CLI prints them, the TUI draws them.
public enum ShowTextRenderer {
    /// - Parameters:
    ///   - verbosity: 0 = identity, BARs, windows, capability list; 1 (`-v`) adds header
    ///     registers and each capability's headline; 2 (`-vv`) adds every decoded register.
    ///   - sysfs: the enumerated function, when the config came from a machine (IRQ, driver).
    ///   - domains: print the PCI domain even when it is 0000, as lspci does for every
    ///     function once the machine has a function outside domain 0.
    public static func lines(_ f: DecodedFunction, names: PCIIDs, sysfs: PCIFunction? = nil, verbosity: Int, domains: Bool = false) -> [String] {
        var out: [String] = [titleLine(f, names: names, domains: domains)]
        let h = f.header
        if let sv = h.subsystemVendorID, let sd = h.subsystemDeviceID, sv != 0 || sd != 0, sv != 0xffff {
            out.append("\tSubsystem: " + subsystemName(h, names: names))
        } else if h.subsystemVendorID == nil, let sv = sysfs?.subsystemVendorID, let sd = sysfs?.subsystemDeviceID, sv != 0 || sd != 0 {
            // A bridge's subsystem lives in a capability non-root readers cannot reach; sysfs
            // (subsystem_vendor/subsystem_device) still knows it.
            out.append("\tSubsystem: " + subsystemName(sv, sd, names: names))
        }
        if f.configBytes == 0 {
            out.append("\tConfig space: not readable (no config bytes); run as root or capture with lspci -xxxx")
            return out
        }
        if h.vendorID == 0xffff {
            out.append("\tConfig space reads all ones: the function does not answer (removed, powered off, or in reset)")
            return out
        }
        if verbosity >= 1 {
            for name in ["Control", "Status"] {
                if let r = h.register(name) { out += registerLines(r, indent: "\t") }
            }
            // Like lspci: latency matters for bus masters, or when firmware set something.
            if let r = h.register("Latency"), r.raw != 0 || h.register("Control")?.field("BusMaster")?.isSet == true {
                out += registerLines(r, indent: "\t")
            }
            if let r = h.register("Interrupt"), let pin = r.field("Pin") {
                let irq = sysfs?.irq.map { "routed to IRQ \($0)" } ?? r.field("Line")?.text ?? ""
                out.append("\tInterrupt: " + pin.text + " " + irq)
            }
            // PCI 3.0 §6.2.4: a BIST-capable function reports its last completion code, or that it is running.
            if let r = h.register("BIST"), r.field("Capable")?.isSet == true {
                if r.field("Start")?.isSet == true { out.append("\tBIST is running") } else { out += registerLines(r, indent: "\t") }
            }
        }
        for bar in h.bars { out.append("\t" + bar.text) }
        if h.headerType.flatMap(ConfigHeaderType.init(rawValue:)).map({ $0 != .endpoint }) == true {
            if verbosity >= 1, let r = h.register("Bus") { out += registerLines(r, indent: "\t") }
            for w in h.windows { out.append("\t" + w.text) }
            if verbosity >= 1 {
                for name in ["Secondary status", "BridgeCtl", "Legacy"] {
                    if let r = h.register(name) { out += registerLines(r, indent: "\t") }
                }
            }
        }
        if let rom = h.rom { out.append("\t" + rom.text) }
        out += chainLines(f.capabilities, end: f.standardEnd, verbosity: verbosity, names: names)
        out += chainLines(f.extendedCapabilities, end: f.extendedEnd, verbosity: verbosity, names: names)
        if let driver = sysfs?.driver { out.append("\tKernel driver in use: " + driver) }
        return out
    }

    static func chainLines(_ caps: [DecodedCapability], end: ChainEnd, verbosity: Int, names: PCIIDs) -> [String] {
        var out: [String] = []
        for cap in caps {
            if cap.standardID == .bridgeSubsystemVendorID, let ssvid = cap.register("SSVID") {
                // Bridge Subsystem ID: named like the header's Subsystem line.
                let vendor = UInt16(truncatingIfNeeded: ssvid.raw), device = UInt16(truncatingIfNeeded: ssvid.raw >> 16)
                out.append("\tCapabilities: " + cap.offsetTag + " Subsystem: " + subsystemName(vendor, device, names: names))
                continue
            }
            if verbosity >= 1 {
                out.append("\tCapabilities: " + cap.headlineText)
            } else {
                out.append("\tCapabilities: " + cap.offsetTag + " " + cap.title)
            }
            if verbosity >= 2 {
                var index = 0
                while index < cap.registers.count {
                    let r = cap.registers[index]
                    // lspci pairs MSI's Address with Data and Masking with Pending on one line.
                    if index + 1 < cap.registers.count, pairedRegisters[r.name] == cap.registers[index + 1].name,
                       let left = registerLines(r, indent: "\t\t").first, let right = registerLines(cap.registers[index + 1], indent: "").first {
                        out.append(left + "  " + right)
                        index += 2
                        continue
                    }
                    // A register without a label continues the line of the label-less register
                    // before it (lspci prints virtio's BAR, offset and size on one line), unless
                    // it starts a line of its own (a Resizable BAR entry).
                    let lines = registerLines(r, indent: "\t\t")
                    if r.printedName.isEmpty, !r.startsLine, index > 0, cap.registers[index - 1].printedName.isEmpty,
                       let first = lines.first, let last = out.popLast() {
                        out.append(last + " " + first.dropFirst(2))
                        out += lines.dropFirst()
                    } else {
                        out += lines
                    }
                    index += 1
                }
                for note in cap.notes { out.append("\t\t" + note) }
            }
        }
        if end.isProblem { out.append("\tCapabilities: " + end.explanation) }
        return out
    }

    static let pairedRegisters = ["Address": "Data", "Masking": "Pending"]

    /// `Name:\tfield field` and continuation lines; fields with empty text are data-only.
    public static func registerLines(_ r: ConfigRegister, indent: String) -> [String] {
        var out: [String] = []
        var first = true
        for line in r.lines {
            let text = line.map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
            if text.isEmpty { continue }
            if first {
                out.append(indent + (r.printedName.isEmpty ? "" : r.printedName + ": ") + text)
                first = false
            } else {
                out.append(indent + "\t" + text)
            }
        }
        return out
    }

    /// `00:03.0 Non-Volatile memory controller: Red Hat, Inc. QEMU NVM Express Controller (rev 02) (prog-if 02 [NVM Express])`.
    /// `domains`: the address with its domain even in domain 0 (see `lines`).
    public static func titleLine(_ f: DecodedFunction, names: PCIIDs, domains: Bool = false) -> String {
        let h = f.header
        let address = domains ? f.address.description : f.address.display
        guard let vendor = h.vendorID, let device = h.deviceID else {
            return address + " <config space not readable>"
        }
        let classCode = h.classCode ?? 0
        let base = UInt8(truncatingIfNeeded: classCode >> 16), sub = UInt8(truncatingIfNeeded: classCode >> 8)
        let progIF = UInt8(truncatingIfNeeded: classCode)
        let className = names.subclassName(base, sub) ?? names.className(base).map { $0 + " [" + hex(classCode >> 8, 4) + "]" } ?? "Class " + hex(classCode >> 8, 4)
        var s = address + " " + className + ": " + deviceName(vendor, device, names: names)
        if let rev = h.revision, rev != 0 { s += " (rev " + hex(rev, 2) + ")" }
        if progIF != 0 || names.progIFName(base, sub, progIF) != nil {
            s += " (prog-if " + hex(progIF, 2)
            if let p = names.progIFName(base, sub, progIF) { s += " [" + p + "]" }
            s += ")"
        }
        return s
    }

    static func deviceName(_ vendor: UInt16, _ device: UInt16, names: PCIIDs) -> String {
        if let v = names.vendorName(vendor) {
            return v + " " + (names.deviceName(vendor, device) ?? "Device " + hex(device, 4))
        }
        return "Device " + hex(vendor, 4) + ":" + hex(device, 4)
    }

    static func subsystemName(_ h: DecodedHeader, names: PCIIDs) -> String {
        let sv = h.subsystemVendorID ?? 0, sd = h.subsystemDeviceID ?? 0
        if let vendor = h.vendorID, let device = h.deviceID,
           let n = names.subsystemName(vendor, device, subVendor: sv, subDevice: sd) {
            return (names.vendorName(sv).map { $0 + " " } ?? "") + n
        }
        return subsystemName(sv, sd, names: names)
    }

    static func subsystemName(_ sv: UInt16, _ sd: UInt16, names: PCIIDs) -> String {
        if let v = names.vendorName(sv) { return v + " Device " + hex(sd, 4) }
        return "Device " + hex(sv, 4) + ":" + hex(sd, 4)
    }
}
