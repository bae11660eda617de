import Testing
@testable import HWXCommands
@testable import MMIOCore

/// Golden text and JSON for `hwx show` on the q35 fixtures and their lspci dumps.
@Suite struct ShowCommandTests {
    static let fixtures: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(2)
        return parts.joined(separator: "/") + "/Fixtures"
    }()

    /// A few pci.ids entries so golden text does not depend on the system's pci.ids.
    static let names = PCIIDs(text: """
        1af4  Red Hat, Inc.
        1b36  Red Hat, Inc.
        \t0010  QEMU NVM Express Controller
        \t000c  QEMU PCIe Root port
        C 01  Mass storage controller
        \t08  Non-Volatile memory controller
        \t\t02  NVM Express
        C 06  Bridge
        \t04  PCI bridge
        \t\t00  Normal decode

        """, source: "test")

    static func machine(_ name: String) -> Machine {
        let m = Machine.load(root: MachineRoot(fixtures + "/" + name), pciIDs: "/nonexistent")
        return Machine(root: m.root, iomem: m.iomem, ioports: m.ioports, functions: m.functions, names: names)
    }

    static func dumpMachine(_ file: String) throws -> Machine {
        let text = try #require(MachineRoot(fixtures).readText("/dumps/" + file))
        let m = Machine.fromDump(LspciDumpParser.parse(text), path: file, pciIDs: "/nonexistent")
        return Machine(root: m.root, iomem: nil, ioports: nil, functions: m.functions, names: names)
    }

    @Test func nvmeVerboseListsBAR0WithSizeAndCapabilitiesWithOffsets() throws {
        let out = try ShowCommand.render(machine: Self.machine("q35"), device: "00:03.0", verbosity: 1, json: false)
        #expect(out == """
            00:03.0 Non-Volatile memory controller: Red Hat, Inc. QEMU NVM Express Controller (rev 02) (prog-if 02 [NVM Express])
            \tSubsystem: Red Hat, Inc. Device 1100
            \tControl: I/O+ Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR+ FastB2B- DisINTx+
            \tStatus: Cap+ 66MHz- UDF- FastB2B- ParErr- DEVSEL=fast >TAbort- <TAbort- <MAbort- >SERR- <PERR- INTx-
            \tLatency: 0
            \tInterrupt: pin A routed to IRQ 23
            \tRegion 0: Memory at feb50000 (64-bit, non-prefetchable) [size=16K]
            \tCapabilities: [40] MSI-X: Enable+ Count=65 Masked-
            \tCapabilities: [80] Express (v2) Root Complex Integrated Endpoint, MSI 00
            \tCapabilities: [60] Power Management version 3
            \tKernel driver in use: nvme

            """)
    }

    @Test func nonRootSaysWhatIsMissingInsteadOfFailing() throws {
        let out = try ShowCommand.render(machine: Self.machine("q35-nonroot"), device: "00:03.0", verbosity: 1, json: false)
        #expect(out.contains("\tRegion 0: Memory at feb50000 (64-bit, non-prefetchable) [size=16K]\n"))
        #expect(out.contains("\tCapabilities: <access denied> capability at [40] is beyond the 64 bytes that could be read; sysfs gives non-root users only the first 64 bytes: run as root"))
        let bridge = try ShowCommand.render(machine: Self.machine("q35-nonroot"), device: "00:08.0", verbosity: 0, json: false)
        #expect(bridge.contains("\tSubsystem: Red Hat, Inc. Device 0000\n"), "sysfs supplies what the unreadable Subsystem capability holds")
    }

    @Test func veryVerboseRootPortReadsLikeLspci() throws {
        let out = try ShowCommand.render(machine: Self.machine("q35"), device: "00:08.0", verbosity: 2, json: false)
        for line in [
            "00:08.0 PCI bridge: Red Hat, Inc. QEMU PCIe Root port (prog-if 00 [Normal decode])",
            "\tSubsystem: Red Hat, Inc. Device 0000",
            "\tBus: primary=00, secondary=01, subordinate=01, sec-latency=0",
            "\tI/O behind bridge: 1000-1fff [size=4K] [16-bit]",
            "\tCapabilities: [54] Express (v2) Root Port (Slot+), MSI 00",
            "\t\tDevCtl: CorrErr+ NonFatalErr+ FatalErr+ UnsupReq+",
            "\t\t\tMaxPayload 128 bytes, MaxReadReq 128 bytes",
            "\t\tLnkCap: Port #0, Speed 16GT/s, Width x32, ASPM L0s, Exit Latency L0s <64ns",
            "\t\tLnkSta: Speed 2.5GT/s, Width x1",
            "\t\tSltCap: AttnBtn+ PwrCtrl+ MRL- AttnInd+ PwrInd+ HotPlug+ Surprise+",
            "\t\tRootSta: PME ReqID 0000, PMEStatus- PMEPending-",
            "\tCapabilities: [100 v2] Advanced Error Reporting",
            "\t\tRootCmd: CERptEn+ NFERptEn+ FERptEn+",
        ] {
            #expect(out.contains(line + "\n"), "missing: \(line)")
        }
    }

    @Test func fromDumpWithoutDeviceShowsEveryFunctionInFileOrder() throws {
        let machine = try Self.dumpMachine("q35.lspci")
        let out = try ShowCommand.render(machine: machine, device: nil, verbosity: 0, json: false)
        let firstLines = out.split(separator: "\n").filter { !$0.hasPrefix("\t") }.map { String($0.prefix(7)) }
        #expect(firstLines == machine.functions.map(\.address.short))
        #expect(firstLines.first == "00:00.0" && firstLines.last == "01:00.0")
        // A dump has no sysfs: no sizes, no driver.
        #expect(out.contains("\tRegion 0: Memory at feb50000 (64-bit, non-prefetchable)\n"))
        #expect(!out.contains("Kernel driver"))
    }

    @Test func jsonHasFieldsAndChainEnds() throws {
        let out = try ShowCommand.render(machine: Self.machine("q35"), device: "00:03.0", verbosity: 0, json: true)
        #expect(out.hasPrefix("{\n  \"address\": \"0000:00:03.0\",\n  \"description\": \"Non-Volatile memory controller: Red Hat, Inc. QEMU NVM Express Controller (rev 02) (prog-if 02 [NVM Express])\",\n  \"source\": \"sysfs\",\n  \"driver\": \"nvme\","))
        #expect(out.contains("\"capabilitiesEnd\": {\n    \"reason\": \"terminated\""))
        #expect(out.contains("\"size\": 16384"))
        let nonroot = try ShowCommand.render(machine: Self.machine("q35-nonroot"), device: "00:03.0", verbosity: 0, json: true)
        #expect(nonroot.contains("\"reason\": \"access-denied\""))
        #expect(nonroot.contains("\"readableBytes\": 64"))
    }

    @Test func unknownDeviceAndBadAddressAreExplained() {
        #expect(throws: CommandFailure.self) { try ShowCommand.render(machine: Self.machine("q35"), device: "00:09.0", verbosity: 0, json: false) }
        do {
            _ = try ShowCommand.render(machine: Self.machine("q35"), device: "zz", verbosity: 0, json: false)
            Issue.record("expected a usage failure")
        } catch {
            #expect(error.exitCode == 2)
            #expect(error.description.contains("BB:DD.F"))
        }
    }
}
