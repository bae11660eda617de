import FixText
import MMIOCore
import Testing

/// The words for the core's fixes: the CLI names flags and verbs, the TUI names keys and
/// how to restart it; kernel and hardware advice reads the same in both.
@Suite struct FixTextTests {
    let nvme = PCIAddress(bus: 0, device: 3, function: 0)

    @Test func cliNamesFlagsTuiNamesKeys() {
        let widths = Fix.useWidth([.bits8, .bits16, .bits32])
        #expect(FixText.cli.words(widths) == "use one of: --width 8, --width 16, --width 32")
        #expect(FixText.tui.words(widths) == "press w for one of: 8-bit, 16-bit, 32-bit")
        #expect(FixText.cli.words(.alignOffset(bytes: 4)) == "use an offset aligned to 4 bytes, or a narrower --width")
        #expect(FixText.tui.words(.alignOffset(bytes: 4)).contains("press w"))
        #expect(FixText.cli.words(.fitValue(bits: 8)) == "use a wider --width or a smaller value")
        #expect(!FixText.tui.words(.fitValue(bits: 8)).contains("--width"))
        #expect(FixText.cli.words(.enableWrites).contains("--yes"))
        #expect(!FixText.cli.words(.enableWrites).contains("--write "))
        #expect(FixText.tui.words(.enableWrites).contains("--write"))
        #expect(!FixText.tui.words(.enableWrites).contains("--yes"))
        #expect(FixText.cli.words(.pointJournalElsewhere(path: "/dev/full")).hasPrefix("point --journal at a writable file"))
        #expect(FixText.tui.words(.pointJournalElsewhere(path: "/dev/full")).hasPrefix("restart hwx with --journal FILE"))
        #expect(FixText.cli.words(.choosePCIFunction(known: [nvme], more: true)) == "functions here: 00:03.0 ... (see hwx list pci)")
        #expect(FixText.tui.words(.choosePCIFunction(known: [nvme], more: false)) == "functions here: 00:03.0 (see the PCI section of the tree)")
        #expect(FixText.cli.words(.chooseMappedRegion(["HPET 0"])) == #"regions with maps: "HPET 0" (see hwx list iomem)"#)
        #expect(FixText.cli.words(.writeTheMachine).contains("--from-dump"))
        #expect(!FixText.tui.words(.writeTheMachine).contains("--"))
    }

    @Test func composedFixesKeepTheKernelWords() {
        let driverOwned = Fix.explained("the BAR is claimed by the nvme driver and this kernel has CONFIG_IO_STRICT_DEVMEM",
                                        .either([.bootWith(parameter: "iomem=relaxed"), .unbindDriver(name: "nvme", device: nvme)]))
        let words = "the BAR is claimed by the nvme driver and this kernel has CONFIG_IO_STRICT_DEVMEM: boot with iomem=relaxed, or unbind it (echo 0000:00:03.0 > /sys/bus/pci/drivers/nvme/unbind)"
        #expect(FixText.cli.words(driverOwned) == words)
        #expect(FixText.tui.words(driverOwned) == words, "kernel advice reads the same in both front ends")
        #expect(FixText.cli.words(.unbindDriver(name: nil, device: nvme)) == "unbind the driver that owns it")
    }

    @Test func errorsAreRenderedPerFrontEnd() {
        let error = AccessError(.misaligned, operation: "32-bit access at offset 0x2 of m is misaligned", fix: .alignOffset(bytes: 4))
        #expect(FixText.cli.explain(error) == "32-bit access at offset 0x2 of m is misaligned\n  fix: use an offset aligned to 4 bytes, or a narrower --width")
        #expect(FixText.tui.statusLine(error) == "32-bit access at offset 0x2 of m is misaligned; move to an offset aligned to 4 bytes, or press w for a narrower width")
        let plain = AccessError(.systemError, operation: "open x")
        #expect(FixText.cli.explain(plain) == "open x")
        #expect(FixText.cli.pciIDsHint(PCIIDs.load(path: "/nonexistent/pci.ids"))?.hasSuffix("or pass --pci-ids FILE.") == true)
        #expect(FixText.cli.pciIDsHint(PCIIDs(text: "8086  Intel\n", source: "x")) == nil)
    }
}
