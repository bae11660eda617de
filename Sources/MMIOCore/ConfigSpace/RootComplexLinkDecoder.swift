/// Root Complex Link Declaration extended capability (ID 0x0005), PCIe Base 6.0 §7.9.8,
/// decoded from `RootComplexLinkLayout`. A configuration-space link's address also reads as
/// the target's `BB:DD.F` and the whole address (`CfgSpace=`), as lspci prints it.
public enum RootComplexLinkDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Root Complex Link")
        b.addTable(RootComplexLinkLayout.registers(base: entry.offset, in: context.config))
        b.capability.registers = b.capability.registers.map { r in
            guard r.name.hasSuffix(" Addr"), let bus = r.field("Bus"), let dev = r.field("Device"), let fn = r.field("Function") else { return r }
            let bdf = ConfigField.derived("Target", raw: r.raw, value: .text(hex(bus.raw, 2) + ":" + hex(dev.raw, 2) + "." + "\(fn.raw)"),
                                          text: hex(bus.raw, 2) + ":" + hex(dev.raw, 2) + "." + "\(fn.raw)")
            let whole = ConfigField.derived("CfgSpace", raw: r.raw, value: .number(r.raw), text: " CfgSpace=" + hex(r.raw, 16))
            return ConfigRegister(name: r.name, offset: r.offset, width: r.width, raw: r.raw,
                                  lines: [[bdf, whole] + r.fields], printedName: r.printedName)
        }
        return b.result
    }
}
