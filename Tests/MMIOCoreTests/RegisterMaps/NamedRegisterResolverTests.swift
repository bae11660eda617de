import Testing
@testable import MMIOCore

/// Named targets on the q35 capture: BAR registers, fields, iomem regions, relative
/// registers, and errors that say what exists.
@Suite struct NamedRegisterResolverTests {
    let machine = Machine.load(root: Fixtures.root("q35"))
    let resolver = NamedRegisterResolver(catalog: .shipped)
    let nvme = PCIAddress(bus: 0, device: 3, function: 0)

    func resolve(_ text: String, base: UInt64 = 0) throws -> NamedRegister {
        guard case .named(let b, let reg, let field) = try TargetParser.parse(text) else { throw AccessError(.notFound, operation: "not named") }
        return try resolver.resolve(b, register: reg, field: field, machine: machine) { _, _ in base }
    }

    func failure(_ text: String) -> AccessError? {
        do { _ = try resolve(text); return nil } catch let e as AccessError { return e } catch { return nil }
    }

    @Test func barRegisterAndField() throws {
        let vs = try resolve("00:03.0/bar0/VS")
        #expect(vs.map.name == "nvme")
        #expect(vs.target == .bar(nvme, index: 0, offset: 8))
        #expect(vs.field == nil)
        let mqes = try resolve("00:03.0/bar0/cap.mqes")
        #expect(mqes.register.name == "CAP")
        #expect(mqes.field?.name == "MQES")
        #expect(mqes.qualifiedName == "CAP.MQES")
    }

    @Test func iomemRegionBecomesAPhysicalWindow() throws {
        let counter = try resolve("iomem:HPET 0/MAIN_COUNTER")
        #expect(counter.target == .physical(0xfed0_00f0))
        #expect(counter.register.width == .bits64)
        let svr = try resolve("iomem:Local APIC/SVR.APIC_ENABLE")
        #expect(svr.target == .physical(0xfee0_00f0))
    }

    @Test func xhciOperationalRegisterReadsCAPLENGTH() throws {
        let usbsts = try resolve("00:04.0/bar0/USBSTS", base: 0x40)
        #expect(usbsts.target == .bar(PCIAddress(bus: 0, device: 4, function: 0), index: 0, offset: 0x44))
    }

    @Test func errorsListWhatExists() {
        let reg = failure("00:03.0/bar0/NOPE")
        #expect(reg?.operation == "map nvme has no register NOPE")
        if case .advice(let text)? = reg?.fix { #expect(text.hasPrefix("registers: CAP VS INTMS")) } else { Issue.record("no register list: \(String(describing: reg?.fix))") }
        #expect(failure("00:03.0/bar0/CC.NOPE")?.fix == .advice("fields: EN RSVD1 CSS MPS AMS SHN IOSQES IOCQES CRIME RSVD25"))
        let noMap = failure("00:01.0/bar0/X")
        #expect(noMap?.operation == "no register map for 00:01.0 BAR0 (1234:1111, class 030000)")
        #expect(failure("00:03.0/bar2/CAP")?.fix == .advice("maps exist for bar0 (nvme)"))
        #expect(noMap?.fix == .addRegisterMap(offsetTarget: "00:01.0/bar0+0x0"))
        if case .chooseMappedRegion(let names)? = failure("iomem:HPET 9/MAIN_COUNTER")?.fix { #expect(names.contains("HPET 0")) } else { Issue.record("no region list") }
        #expect(failure("09:00.0/bar0/CAP")?.reason == .notFound)
    }

    @Test func svdPeripheralIsReachableByMapName() throws {
        var catalog = RegisterMapCatalog.shipped
        catalog.add(RegisterMap(name: "UART0", title: "UART0", selectors: [.physical(0x4000_1000)],
                                registers: [RegisterDefinition(name: "DATA", offset: 4, width: .bits32)], source: "soc.svd"))
        let r = NamedRegisterResolver(catalog: catalog)
        let named = try r.resolve(.iomemRegion("UART0"), register: "DATA", field: nil, machine: machine) { _, _ in 0 }
        #expect(named.target == .physical(0x4000_1004))
    }
}
