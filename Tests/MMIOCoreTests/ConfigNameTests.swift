import Testing
@testable import MMIOCore

/// Named config registers: setpci's names, lspci's register and field labels, and field
/// writes planned from the config layouts (RW1C left alone, RsvdP kept, RsvdZ written 0).
@Suite struct ConfigNameTests {
    static func function(_ address: String) throws -> (PCIAddress, ConfigSpace) {
        let text = try String(contentsOfFile: Fixtures.directory + "/dumps/decoders.lspci", encoding: .utf8)
        let f = try #require(LspciDumpParser.parse(text).functions.first { $0.address.display == address })
        return (f.address, f.config)
    }

    static func resolve(_ name: String, _ address: String = "00:01.0") throws -> ConfigNamedRegister {
        let (a, config) = try function(address)
        return try ConfigNameResolver.resolve(try ConfigRegisterName.parse(name), in: config, function: a)
    }

    @Test func parsesSetpciSpellings() throws {
        let n = try ConfigRegisterName.parse("cap_exp+0x10.W@1")
        #expect(n.base == .capability(0x10))
        #expect(n.offset == 0x10 && n.width == .bits16 && n.instance == 1 && n.field == nil)
        #expect(try ConfigRegisterName.parse("ECAP1.l").base == .extendedCapability(1))
        #expect(try ConfigRegisterName.parse("CAP10+8.w").base == .capability(0x10))
        #expect(try ConfigRegisterName.parse("COMMAND.BusMaster").field == "BusMaster")
        #expect(try ConfigRegisterName.parse("CAP_EXP.DevCtl").register == "DevCtl")
        #expect(try ConfigRegisterName.parse("CAP_EXP+8.MaxPayload").field == "MaxPayload")
        let both = try ConfigRegisterName.parse("CAP_EXP.DevCtl.MaxReadReq")
        #expect(both.register == "DevCtl" && both.field == "MaxReadReq")
    }

    @Test func refusesAmbiguousAndUnknownNames() {
        #expect(throws: ConfigRegisterName.SyntaxError.self) { try ConfigRegisterName.parse("CAP_EXP+10.w") }
        #expect(throws: ConfigRegisterName.SyntaxError.self) { try ConfigRegisterName.parse("NO_SUCH_REG") }
        #expect(throws: ConfigRegisterName.SyntaxError.self) { try ConfigRegisterName.parse("COMMAND@1") }
        #expect(throws: ConfigRegisterName.SyntaxError.self) { try ConfigRegisterName.parse("CAP_EXP..w") }
        #expect(throws: ConfigRegisterName.SyntaxError.self) { try ConfigRegisterName.parse("CAP_EXP+8.DevCtl.MaxPayload") }
        do {
            _ = try ConfigRegisterName.parse("CAP_EXP+10.w")
        } catch {
            #expect(error.problem.contains("0x10"), "the fix names the hex spelling setpci means")
        }
    }

    @Test func resolvesHeaderAndCapabilityRegisters() throws {
        let command = try Self.resolve("COMMAND.BusMaster")
        #expect(command.offset == 4 && command.width == .bits16)
        #expect(command.field?.bits == BitRange(bit: 2) && command.field?.access == .readWrite)
        // decoders.lspci 00:01.0 (root port): Express capability at 0x60.
        let devctl = try Self.resolve("CAP_EXP.DevCtl.MaxPayload")
        #expect(devctl.offset == 0x68 && devctl.width == .bits16 && devctl.field?.bits == BitRange(lsb: 5, msb: 7))
        let same = try Self.resolve("CAP_EXP+8.w.MaxPayload")
        #expect(same.offset == 0x68 && same.layout?.label == "DevCtl")
        #expect(try Self.resolve("CAP_EXP+8.MaxPayload").width == .bits16, "a field's register gives the width")
        #expect(try Self.resolve("ECAP_AER+4.l").layout?.label == "UESta")
        #expect(try Self.resolve("ECAP_AER.UESta.DLP").field?.access == .writeOneToClear)
    }

    @Test func errorsSayWhatIsMissing() throws {
        // 00:03.0 is conventional PCI: no Express capability, no extended list.
        #expect(throws: AccessError.self) { try Self.resolve("CAP_EXP.w", "00:03.0") }
        #expect(throws: AccessError.self) { try Self.resolve("ECAP_AER.l", "00:03.0") }
        #expect(throws: AccessError.self) { try Self.resolve("PRIMARY_BUS", "00:00.0") }
        #expect(throws: AccessError.self) { try Self.resolve("CAP_EXP") }
        #expect(throws: AccessError.self) { try Self.resolve("COMMAND+1") }
        #expect(throws: AccessError.self) { try Self.resolve("COMMAND.NoSuchField") }
        do {
            _ = try Self.resolve("CAP_EXP.w", "00:03.0")
            Issue.record("resolved a capability the function lacks")
        } catch let error as AccessError {
            #expect(error.operation.contains("no instance #0 of capability CAP_EXP, ID 0x10"))
            guard case .advice(let text)? = error.fix else { Issue.record("no advice in \(error)"); return }
            #expect(text.contains("[90] CAP_MSI"), "the fix lists the capabilities it has")
        }
    }

    @Test func bridgeConfigRetryOnlyOnPCIeToPCIBridges() throws {
        let layouts = ExpressCapabilityLayout.registers.filter { $0.label == "DevCtl" }
        #expect(layouts.count == 2)
        #expect(layouts.first { $0.applies(to: .pcieToPCIBridge) }?.field(named: "BrConfRtry") != nil)
        #expect(layouts.first { $0.applies(to: .endpoint) }?.field(named: "FLReset") != nil)
    }

    /// A field write of STATUS-adjacent registers: targeting a RW field leaves the RW1C
    /// status bits and RsvdZ bits written as 0, and RsvdP bits as read.
    @Test func fieldWritesKeepStatusBitsAndReservedBits() throws {
        let devsta = try #require(ExpressCapabilityLayout.registers.first { $0.label == "DevSta" }).definition(base: 0x60)
        let planner = FieldWritePlanner(register: devsta)
        // Writing a RW1C bit on purpose clears only it: the other status bits are written 0.
        let a = try planner.assignment(field: "CorrErr", value: "1")
        #expect(planner.newValue(current: 0x000f | 0x0030 | 0xff80, [a]) & 0xffcf == 0x0001)
        let command = try #require(ConfigHeaderLayout.register(setpciName: "COMMAND")).definition()
        let cmd = FieldWritePlanner(register: command)
        let bm = try cmd.assignment(field: "BusMaster", value: "1")
        // Command bits 15:11 are RsvdP: kept as read.
        #expect(cmd.newValue(current: 0xf803, [bm]) == 0xf807)
        let status = try #require(ConfigHeaderLayout.register(setpciName: "STATUS")).definition()
        #expect(throws: FieldWriteError.self) { try FieldWritePlanner(register: status).assignment(field: "Cap", value: "0") }
        let pm = try #require(PowerManagementLayout.registers.first { $0.label == "Status" }).definition(base: 0x40)
        let state = try FieldWritePlanner(register: pm).assignment(field: "PowerState", value: "D3hot")
        // PME_Status (bit 15, RW1C) set on read is not written back as 1.
        #expect(FieldWritePlanner(register: pm).newValue(current: 0x8100, [state]) == 0x0103)
    }
}
