import Foundation
import Testing
@testable import MMIOCore

/// Named fields of the capabilities described by tables (ATS, DPC, PCI-X…) on the command
/// line: read from a dump, and a DPC field write on a temp copy of the q35 root whose root
/// port 00:08.0 gets the config of decoders.lspci's root port (which has DPC) with status
/// and reserved bits set, so the masked read-modify-write shows what it keeps and clears.
@Suite struct CapabilityTargetCLITests {
    static let dump = HWXProcess.fixtures + "/dumps/decoders.lspci"

    @Test func readsCapabilityFieldsByNameFromADump() throws {
        let ats = try HWXProcess.run(["read", "--from-dump", Self.dump, "00:00.0/config/ECAP_ATS+6.w.Enable"])
        #expect(ats.status == 0, "\(ats.stderr)")
        #expect(ats.stdout == "00:00.0/config/ECAP_ATS+6.w.Enable  16-bit  0x8000\n  Enable  15  1\n")
        let dpc = try HWXProcess.run(["read", "--from-dump", Self.dump, "00:01.0/config/ECAP_DPC.DpcCap"])
        #expect(dpc.stdout.hasPrefix("00:01.0/config/ECAP_DPC.DpcCap  16-bit  0x1f81\n"))
        #expect(dpc.stdout.contains("RPPIOLogSize  11:8  0xf  [RO]"))
        let pcix = try HWXProcess.run(["read", "--from-dump", Self.dump, "00:03.0/config/CAP_PCIX.Status.DC"])
        #expect(pcix.stdout.contains("DC  20  0 (simple)  [RO]"), "\(pcix.stdout)\(pcix.stderr)")
        let unknown = try HWXProcess.run(["read", "--from-dump", Self.dump, "00:01.0/config/ECAP_DPC.DpcSta.Nope"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("DpcSta has no field Nope"))
        #expect(unknown.stderr.contains("Trigger Reason INT RPBusy TriggerExt RPPIOErrPtr"))
    }

    @Test func dpcFieldWritesAreMaskedReadModifyWrites() throws {
        let root = try HWXProcess.copyFixture("q35")
        let state = root + "/../state"
        let text = try String(contentsOfFile: Self.dump, encoding: .utf8)
        let port = try #require(LspciDumpParser.parse(text).functions.first { $0.address.display == "00:01.0" })
        var bytes = port.config.bytes
        bytes[0x187] = 0xff                  // DPC Control 15:8 (RsvdP) set
        bytes[0x188] = 0x0d; bytes[0x189] = 0xe0  // DPC Status: Trigger, Reason 2, INT, RsvdZ 15:13 set
        let config = root + "/sys/devices/pci0000:00/0000:00:08.0/config"
        try Data(bytes).write(to: URL(fileURLWithPath: config))
        let environment = ["XDG_STATE_HOME": state]
        let clear = try HWXProcess.run(["write", "00:08.0/config/ECAP_DPC.DpcSta.Trigger", "1", "--yes", "--root", root], environment: environment)
        #expect(clear.status == 0, "\(clear.stderr)")
        #expect(clear.stdout.contains("old       0xe00d"))
        #expect(clear.stdout.contains("new       0x0005  (mask 0x0001)"), "INT (RW1C) written 0, RsvdZ 0, Reason as read: \(clear.stdout)")
        #expect(clear.stdout.contains("fields    INT 1 → 0, RsvdZ15_13 7 → 0"))
        let control = try HWXProcess.run(["write", "00:08.0/config/ECAP_DPC.DpcCtl.Trigger", "non-fatal or fatal", "--yes", "--root", root],
                                         environment: environment)
        #expect(control.status == 0, "\(control.stderr)")
        #expect(control.stdout.contains("new       0xff02  (mask 0x0003)"), "RsvdP 15:8 kept: \(control.stdout)")
        let after = try HWXProcess.run(["read", "00:08.0/config/ECAP_DPC+6.w", "--root", root])
        #expect(after.stdout.hasPrefix("00:08.0/config/ECAP_DPC+6.w  16-bit  0xff02"), "\(after.stdout)")
        let readOnly = try HWXProcess.run(["write", "00:08.0/config/ECAP_DPC.DpcSta.RPBusy", "1", "--dry-run", "--root", root])
        #expect(readOnly.status == 1)
        #expect(readOnly.stderr.contains("is read-only (RO)"))
    }
}
