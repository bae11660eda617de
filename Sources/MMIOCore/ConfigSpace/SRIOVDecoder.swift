/// Single Root I/O Virtualization extended capability (ID 0x0010), PCIe Base 6.0 §9.3.3:
/// capabilities +4, control +8, status +0xa, InitialVFs +0xc, TotalVFs +0xe, NumVFs +0x10,
/// function dependency link +0x12, First VF Offset +0x14, VF Stride +0x16, VF Device ID
/// +0x1a, supported page sizes +0x1c, system page size +0x20, VF BAR0-5 +0x24...+0x38
/// (same encoding as a type 0 BAR), VF Migration State Array Offset +0x3c.
public enum SRIOVDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        typealias F = ConfigField
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Single Root I/O Virtualization (SR-IOV)")
        b.add("IOVCap", 4, 4) { r in [[
            F.flag("Migration", r, bit: 0), F.flag("10BitTagReq", r, bit: 2),
            F.number("InterruptMessageNumber", r, low: 21, count: 11) { "Interrupt Message Number: " + hex($0, 3) },
        ]] }
        b.add("IOVCtl", 8, 2) { r in [[
            F.flag("Enable", r, bit: 0), F.flag("Migration", r, bit: 1), F.flag("Interrupt", r, bit: 2),
            F.flag("MSE", r, bit: 3), F.flag("ARIHierarchy", r, bit: 4), F.flag("10BitTagReq", r, bit: 5),
        ]] }
        b.add("IOVSta", 0xa, 2) { r in [[F.flag("Migration", r, bit: 0)]] }
        b.add("VFs", 0xc, 8) { r in [[
            F.number("Initial", r, low: 0, count: 16) { "Initial VFs: \($0)," },
            F.number("Total", r, low: 16, count: 16) { "Total VFs: \($0)," },
            F.number("Number", r, low: 32, count: 16) { "Number of VFs: \($0)," },
            F.number("FunctionDependencyLink", r, low: 48, count: 8) { "Function Dependency Link: " + hex($0, 2) },
        ]] }
        b.add("VF offset", 0x14, 4) { r in [[
            F.number("FirstVFOffset", r, low: 0, count: 16) { "\($0)," },
            F.number("VFStride", r, low: 16, count: 16) { "stride: \($0)," },
        ]] }
        b.add("VF Device ID", 0x18, 4) { r in [[F.number("VFDeviceID", r, low: 16, count: 16) { hex($0, 4) }]] }
        b.add("Supported Page Size", 0x1c, 4) { r in [[F.number("SupportedPageSizes", r, low: 0, count: 32) { hex($0, 8) + "," }]] }
        b.add("System Page Size", 0x20, 4) { r in [[F.number("SystemPageSize", r, low: 0, count: 32) { hex($0, 8) }]] }
        var i = 0
        while i < 6 {
            let rel = 0x24 + 4 * i
            guard let low = b.value(rel, 4) else { b.add("VF BAR", rel, 4) { _ in [] }; break }
            if low == 0 { i += 1; continue }
            let isIO = low & 1 == 1
            let is64 = !isIO && (low >> 1) & 3 == 2
            let width = is64 && i < 5 ? 8 : 4
            let index = i
            b.add("Region \(index)", rel, width) { r in
                let address = isIO ? r & ~3 : r & ~0xf
                let kind = isIO ? "I/O ports" : "Memory"
                // lspci prints a 64-bit VF BAR with all 16 digits.
                var text = kind + " at " + hex(address, isIO ? 4 : is64 ? 16 : 8)
                if !isIO { text += " (" + (is64 ? "64-bit" : "32-bit") + ", " + (r & 8 != 0 ? "prefetchable" : "non-prefetchable") + ")" }
                return [[F.derived("VFBAR\(index)", raw: r, value: .number(address), text: text)]]
            }
            i += width == 8 ? 2 : 1
        }
        b.add("VF Migration", 0x3c, 4) { r in [[
            F.number("BIR", r, low: 0, count: 3) { "offset: " + hex(r & ~7, 8) + ", BIR: \($0)" },
        ]] }
        return b.result
    }
}
