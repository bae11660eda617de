/// Power Budgeting extended capability (ID 0x0004), PCIe Base 6.0 §7.8.1, decoded from
/// `PowerBudgetingLayout`.
public enum PowerBudgetingDecoder: CapabilityDecoder {
    public static func decode(_ entry: CapabilityChain.Entry, in context: DecodeContext) -> DecodedCapability {
        var b = CapabilityBuilder(entry, context, space: .extended, name: "Power Budgeting")
        b.addTable(PowerBudgetingLayout.registers)
        return b.result
    }
}
