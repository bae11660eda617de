import Foundation
import Testing

/// `<device>/config/NAME[.FIELD]` with setpci's names on the command line: read, field
/// writes (masked read-modify-write of a copy's sysfs `config`), watch, dumps (read-only)
/// and the errors for a capability the function lacks.
@Suite struct ConfigNamedTargetCLITests {
    static let dump = HWXProcess.fixtures + "/dumps/decoders.lspci"

    @Test func readsByNameWithFieldsFromADump() throws {
        let devctl = try HWXProcess.run(["read", "--from-dump", Self.dump, "00:01.0/config/CAP_EXP.DevCtl"])
        #expect(devctl.status == 0, "\(devctl.stderr)")
        #expect(devctl.stdout.hasPrefix("00:01.0/config/CAP_EXP.DevCtl  16-bit  0x202f\n"))
        #expect(devctl.stdout.contains("MaxPayload   7:5    1 (256B)"))
        let same = try HWXProcess.run(["read", "--from-dump", Self.dump, "00:01.0/config/CAP_EXP+8.w", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(same.stdout.utf8)) as? [[String: Any]])
        #expect(json.first?["value"] as? String == "0x202f")
        #expect(json.first?["offset"] as? String == "0x68")
        let field = try HWXProcess.run(["read", "--from-dump", Self.dump, "00:01.0/config/COMMAND.BusMaster"])
        #expect(field.stdout.contains("BusMaster  2  1"))
    }

    @Test func refusesWhatSetpciRefuses() throws {
        let missing = try HWXProcess.run(["read", "--from-dump", Self.dump, "00:03.0/config/CAP_EXP.w"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("00:03.0 has no instance #0 of capability CAP_EXP, ID 0x10"))
        let ambiguous = try HWXProcess.run(["read", "--from-dump", Self.dump, "00:01.0/config/CAP_EXP+10.w"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("write 0x10"))
        let bridgeOnly = try HWXProcess.run(["read", "--from-dump", Self.dump, "00:00.0/config/PRIMARY_BUS"])
        #expect(bridgeOnly.status == 1)
        #expect(bridgeOnly.stderr.contains("does not have register PRIMARY_BUS"))
        let write = try HWXProcess.run(["write", "--from-dump", Self.dump, "00:01.0/config/COMMAND.BusMaster", "0", "--yes"])
        #expect(write.status == 1)
        #expect(write.stderr.contains("read-only"))
    }

    @Test func fieldWriteIsAMaskedReadModifyWrite() throws {
        let root = try HWXProcess.copyFixture("q35")
        let state = root + "/../state"
        let write = try HWXProcess.run(["write", "00:03.0/config/COMMAND.BusMaster", "0", "--yes", "--root", root],
                                       environment: ["XDG_STATE_HOME": state])
        #expect(write.status == 0, "\(write.stderr)")
        #expect(write.stdout.contains("old       0x0507"))
        #expect(write.stdout.contains("new       0x0503  (mask 0x0004)"))
        #expect(write.stdout.contains("read back 0x0503"))
        let after = try HWXProcess.run(["read", "00:03.0/config/COMMAND", "--root", root])
        #expect(after.stdout.hasPrefix("00:03.0/config/COMMAND  16-bit  0x0503"))
        let named = try HWXProcess.run(["write", "00:03.0/config/CAP_EXP.DevCtl.MaxReadReq", "4096B", "--dry-run", "--root", root])
        #expect(named.stdout.contains("(mask 0x7000)"), "\(named.stdout)\(named.stderr)")
        let readOnly = try HWXProcess.run(["write", "00:03.0/config/STATUS.Cap", "0", "--dry-run", "--root", root])
        #expect(readOnly.status == 1)
        #expect(readOnly.stderr.contains("STATUS.Cap is read-only"))
        let watch = try HWXProcess.run(["watch", "00:03.0/config/COMMAND", "--count", "1", "--interval", "10", "--root", root])
        #expect(watch.stdout.contains("00:03.0/config/COMMAND  0x0503"), "\(watch.stdout)\(watch.stderr)")
    }
}
