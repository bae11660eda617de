import Testing
@testable import MMIOCore

/// Register labels and field names with a space (lspci's `Max snoop latency`, `Uses Driver`)
/// are typed with `_` in a target, so no target needs shell quoting, and errors list them so.
@Suite struct ConfigTypedNameTests {
    static let dump = LspciDumpParser.parse(MachineRoot(Fixtures.directory).readText("/dumps/decoders.lspci") ?? "")

    func resolve(_ text: String) throws -> ConfigNamedRegister {
        let address = try #require(PCIAddress(parsing: "00:00.0"))
        let function = try #require(Self.dump.functions.first { $0.address == address })
        return try ConfigNameResolver.resolve(try ConfigRegisterName.parse(text), in: function.config, function: address)
    }

    @Test func aSpaceInALabelIsTypedAsUnderscore() throws {
        let spaced = try resolve("ECAP_LTR.Max snoop latency.Scale")
        let typed = try resolve("ECAP_LTR.max_snoop_latency.Scale")
        #expect(typed.offset == spaced.offset && typed.width == spaced.width && typed.field?.name == "Scale")
    }

    @Test func errorsListTheTypedNames() {
        #expect(throws: AccessError.self) { try resolve("ECAP_LTR.Nope") }
        do {
            _ = try resolve("ECAP_LTR.Nope")
        } catch let error as AccessError {
            guard case .advice(let text)? = error.fix else { Issue.record("no advice in \(error)"); return }
            #expect(text == "its registers: Max_snoop_latency Max_no_snoop_latency")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aSpaceInAFieldNameIsTypedAsUnderscore() {
        let layout = ConfigRegisterLayout(label: "PortCap", offset: 4, width: .bits16,
                                          fields: [ConfigFieldTable.bit("Uses Driver", 0, .readOnly)], spec: "PCIe 6.0 §7.7.8.2")
        #expect(layout.field(named: "uses_driver")?.name == "Uses Driver")
        #expect(layout.field(named: "Uses Driver")?.name == "Uses Driver")
        #expect(layout.isLabelled("portcap") && !layout.isLabelled("Port_Cap"))
    }
}
