/// How many lanes a function's per-lane registers cover: the PCI Express capability's Link
/// Capabilities Maximum Link Width (PCIe Base 6.0 §7.5.3.6, bits 9:4). The Secondary PCIe
/// (§7.7.3.4), Physical Layer 16.0/32.0 GT/s (§7.7.5.9, §7.7.6.9) and Lane Margining
/// (§7.7.7.4) capabilities have one register per lane up to that width.
public enum ExpressLinkWidth {
    /// The widest link hwx describes per-lane registers for (x32, encoded 10_0000b; a larger
    /// value read from LnkCap is cut to it).
    public static let largest = 32

    /// Maximum Link Width of `config`'s PCI Express capability, at most `largest`; 0 when the
    /// function has none or LnkCap was not read.
    public static func maximum(in config: ConfigSpace) -> Int {
        guard let express = CapabilityWalker.standard(config).entries.first(where: { $0.standardID == .express }),
              let lnkcap = config.value(at: express.offset + 0x0c, width: 4) else { return 0 }
        return min(Int((lnkcap >> 4) & 0x3f), largest)
    }

    /// `layout` once per lane of `config`'s link, `stride` bytes apart, labelled `Lane0 EqCtl`,
    /// `Lane1 EqCtl`, … (the per-lane equalization control registers).
    public static func perLane(_ layout: ConfigRegisterLayout, stride: Int, in config: ConfigSpace) -> [ConfigRegisterLayout] {
        (0..<maximum(in: config)).map { layout.moved(by: stride * $0, label: "Lane\($0) " + layout.label) }
    }
}
