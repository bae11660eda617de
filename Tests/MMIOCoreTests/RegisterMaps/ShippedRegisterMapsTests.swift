import Foundation
import Testing
@testable import MMIOCore

/// The maps in Resources/RegisterMaps load, validate, and are embedded unchanged in the binary.
@Suite struct ShippedRegisterMapsTests {
    static let resources: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)
        return parts.joined(separator: "/") + "/Resources/RegisterMaps"
    }()

    @Test func everyShippedMapLoadsWithoutProblems() {
        let catalog = RegisterMapCatalog.shipped
        #expect(catalog.problems == [])
        #expect(Set(catalog.maps.map(\.name)) == ["qemu-edu", "nvme", "xhci", "ahci", "intel-hda", "e1000e", "hpet", "local-apic"])
    }

    @Test func embeddedTextsMatchResourcesFolder() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.resources)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        let embedded = ShippedRegisterMapTexts.files.map(\.name).sorted()
        #expect(onDisk == embedded, "run scripts/embed-register-maps.sh")
        for file in ShippedRegisterMapTexts.files {
            let text = try String(contentsOfFile: Self.resources + "/" + file.name, encoding: .utf8)
            #expect(text == file.text, "\(file.name) differs from its embedded copy: run scripts/embed-register-maps.sh")
        }
    }

    @Test(arguments: [
        ("nvme", ["CAP", "VS", "INTMS", "INTMC", "CC", "CSTS", "NSSR", "AQA", "ASQ", "ACQ", "CMBLOC", "CMBSZ", "SQ0TDBL"]),
        ("xhci", ["CAPLENGTH", "HCIVERSION", "HCSPARAMS1", "HCSPARAMS2", "HCSPARAMS3", "HCCPARAMS1", "DBOFF", "RTSOFF", "USBCMD", "USBSTS", "PAGESIZE", "CRCR", "DCBAAP", "CONFIG", "PORTSC1"]),
        ("ahci", ["CAP", "GHC", "IS", "PI", "VS", "CAP2", "BOHC", "P0CLB", "P0IS", "P0CMD", "P0SSTS", "P0SERR"]),
        ("intel-hda", ["GCAP", "VMIN", "VMAJ", "GCTL", "STATESTS", "INTCTL", "INTSTS", "CORBCTL", "RIRBSTS"]),
        ("e1000e", ["CTRL", "STATUS", "EECD", "CTRL_EXT", "ICR", "RAL0", "RAH0"]),
        ("hpet", ["GCAP_ID", "GEN_CONF", "GINTR_STA", "MAIN_COUNTER", "T0_CONF_CAP", "T0_COMPARATOR"]),
        ("local-apic", ["ID", "VERSION", "TPR", "SVR", "LVT_TIMER", "TIMER_INITIAL_COUNT", "TIMER_CURRENT_COUNT", "TIMER_DIVIDE_CONFIG"]),
        ("qemu-edu", ["ID", "LIVENESS", "FACTORIAL", "STATUS", "IRQ_STATUS", "DMA_CMD"]),
    ])
    func mapHasTheSpecRegisters(name: String, registers: [String]) throws {
        let map = try #require(RegisterMapCatalog.shipped.map(named: name))
        // Array elements (P0CMD, T0_CONF_CAP, SQ0TDBL) count too: element 0 exists on any device.
        for r in registers { #expect(map.register(named: r) != nil || map.array(containing: r)?.index == 0, "\(name) lacks \(r)") }
    }

    @Test func e1000eICRIsReadToClear() throws {
        let map = try #require(RegisterMapCatalog.shipped.map(named: "e1000e"))
        #expect(map.register(named: "ICR")?.hasReadSideEffect == true)
        #expect(map.registers.filter(\.hasReadSideEffect).map(\.name) == ["ICR"])
    }

    @Test func nvmeFixtureValuesDecode() throws {
        let nvme = try #require(RegisterMapCatalog.shipped.map(named: "nvme"))
        let vs = try #require(nvme.register(named: "VS")).decode(0x0001_0400)
        #expect(vs.summary == "1.4.0")
        let cap = try #require(nvme.register(named: "CAP")).decode(0x0040_1820_0f01_07ff)
        #expect(cap.field(named: "MQES")?.value == 0x7ff)
        #expect(cap.field(named: "CQR")?.value == 1)
        #expect(cap.field(named: "TO")?.value == 0x0f)
        #expect(cap.field(named: "DSTRD")?.formattedValue == "0 (4_BYTES)")
        #expect(cap.field(named: "CSS")?.value == 0xc1)
        #expect(cap.field(named: "MPSMAX")?.value == 4)
        #expect(cap.field(named: "MPSMIN")?.value == 0)
    }

    @Test func mapsSelectTheQ35Devices() throws {
        let machine = Machine.load(root: Fixtures.root("q35"))
        let catalog = RegisterMapCatalog.shipped
        func mapName(_ bdf: String, _ bar: Int) throws -> String? {
            let address = try #require(PCIAddress(parsing: bdf))
            let f = try #require(machine.function(address))
            return catalog.map(for: f, bar: bar)?.name
        }
        #expect(try mapName("00:02.0", 0) == "qemu-edu")
        #expect(try mapName("00:03.0", 0) == "nvme")
        #expect(try mapName("00:03.0", 2) == nil)
        #expect(try mapName("00:04.0", 0) == "xhci")
        #expect(try mapName("00:05.0", 0) == "intel-hda")
        #expect(try mapName("00:06.0", 0) == "e1000e")
        #expect(try mapName("00:1f.2", 5) == "ahci")
        #expect(catalog.map(forRegionNamed: "HPET 0")?.name == "hpet")
        #expect(catalog.map(forRegionNamed: "Local APIC")?.name == "local-apic")
    }

    @Test func xhciOperationalRegistersFollowCAPLENGTH() throws {
        let xhci = try #require(RegisterMapCatalog.shipped.map(named: "xhci"))
        let usbsts = try #require(xhci.register(named: "USBSTS"))
        #expect(usbsts.relativeTo == FieldReference(register: "CAPLENGTH", field: nil))
    }
}

extension ShippedRegisterMapsTests {
    @Test func relativeOffsetAddsTheBaseRegisterValue() throws {
        let xhci = try #require(RegisterMapCatalog.shipped.map(named: "xhci"))
        let portsc = try #require(xhci.register(named: "PORTSC1"))
        var asked: [String] = []
        let offset = xhci.absoluteOffset(of: portsc) { base in asked.append(base.name); return 0x40 }
        #expect(offset == 0x440)
        #expect(asked == ["CAPLENGTH"])
        let cap = try #require(xhci.register(named: "HCSPARAMS1"))
        #expect(xhci.absoluteOffset(of: cap) { _ in Issue.record("no base needed"); return 0 } == 0x04)
    }
}

extension ShippedRegisterMapsTests {
    @Test func bcdVersionSummaries() throws {
        let ahci = try #require(RegisterMapCatalog.shipped.map(named: "ahci")?.register(named: "VS"))
        #expect(ahci.decode(0x0001_0301).summary == "1.3.1")
        #expect(ahci.decode(0x0001_0000).summary == "1.0.0")   // QEMU ICH9 AHCI, seen in the lab guest
        let xhci = try #require(RegisterMapCatalog.shipped.map(named: "xhci")?.register(named: "HCIVERSION"))
        #expect(xhci.decode(0x0100).summary == "1.0")
        #expect(xhci.decode(0x0120).summary == "1.20")
    }
}
