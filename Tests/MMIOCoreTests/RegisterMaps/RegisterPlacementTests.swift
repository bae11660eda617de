import Testing
@testable import MMIOCore

/// Issue 9 item 4 for register maps: a map's offsets never wrap. A register whose offset
/// (plus a `relative-to` base, plus the region's or peripheral's address) passes 2^64, or
/// whose bytes end past the BAR or region, is an error naming the map file and register.
@Suite struct RegisterPlacementTests {
    let machine = Machine.load(root: Fixtures.root("q35"), names: false)
    let nvme = PCIAddress(bus: 0, device: 3, function: 0)

    func catalog(_ maps: RegisterMap...) -> RegisterMapCatalog {
        var c = RegisterMapCatalog()
        for m in maps { c.add(m) }
        return c
    }

    func failure(_ catalog: RegisterMapCatalog, _ base: Target.NamedRegisterBase, _ register: String, readBase: UInt64 = 0) -> AccessError? {
        do {
            _ = try NamedRegisterResolver(catalog: catalog).resolve(base, register: register, field: nil, machine: machine) { _, _ in readBase }
            return nil
        } catch {
            return error
        }
    }

    @Test func registerPastTheBARIsRefusedNamingFileAndRegister() throws {
        // The nvme BAR0 is 16 KiB.
        let map = RegisterMap(name: "big", title: "big", selectors: [.pciDevice(vendor: 0x1b36, device: 0x0010, subsystemVendor: nil, subsystemDevice: nil)],
                              bar: 0, registers: [RegisterDefinition(name: "LAST", offset: 0x3ffc, width: .bits64),
                                                  RegisterDefinition(name: "END", offset: 0xffff_ffff_ffff_fffc, width: .bits64)],
                              source: "/maps/big.yaml")
        let last = try #require(failure(catalog(map), .bar(nvme, index: 0), "LAST"))
        #expect(last.reason == .outOfRange)
        #expect(last.operation == "register LAST of map big (/maps/big.yaml): 64 bits at offset 0x3ffc end past the 0x4000 bytes there")
        let end = try #require(failure(catalog(map), .bar(nvme, index: 0), "END"))
        #expect(end.operation == "register END of map big (/maps/big.yaml): 64 bits at offset 0xfffffffffffffffc end past 2^64")
    }

    @Test func relativeOffsetPastTwoToTheSixtyFourIsRefused() throws {
        let map = RegisterMap(name: "rel", title: "rel", selectors: [.pciDevice(vendor: 0x1b36, device: 0x0010, subsystemVendor: nil, subsystemDevice: nil)],
                              bar: 0, registers: [RegisterDefinition(name: "BASE", offset: 0, width: .bits64),
                                                  RegisterDefinition(name: "OP", offset: 0x20, width: .bits32, relativeTo: FieldReference(register: "BASE", field: nil))],
                              source: "/maps/rel.yaml")
        #expect(try map.absoluteOffset(of: map.registers[1]) { _ in 0xffff_ffff_ffff_fff0 } == nil)
        #expect(try map.absoluteOffset(of: map.registers[1]) { _ in 0x40 } == 0x60)
        let e = try #require(failure(catalog(map), .bar(nvme, index: 0), "OP", readBase: 0xffff_ffff_ffff_fff0))
        #expect(e.operation == "register OP of map rel (/maps/rel.yaml): its offset 0x20 + BASE passes 2^64")
    }

    @Test func regionAndPeripheralAddressesDoNotWrap() throws {
        // HPET 0 is 1 KiB at 0xfed00000; a peripheral near the top of the address space.
        let hpet = RegisterMap(name: "hpet-big", title: "x", selectors: [.iomemRegion("HPET 0")],
                               registers: [RegisterDefinition(name: "FAR", offset: 0xffff_ffff_0000_0000, width: .bits32)], source: "/maps/hpet.yaml")
        let far = try #require(failure(catalog(hpet), .iomemRegion("HPET 0"), "FAR"))
        #expect(far.operation.hasPrefix("register FAR of map hpet-big (/maps/hpet.yaml): 32 bits at offset 0xffffffff00000000 end past the 0x400 bytes"))
        let top = RegisterMap(name: "TOP", title: "TOP", selectors: [.physical(0xffff_ffff_ffff_f000)],
                              registers: [RegisterDefinition(name: "R", offset: 0x2000, width: .bits32)], source: "/maps/soc.svd")
        let wrapped = try #require(failure(catalog(top), .iomemRegion("TOP"), "R"))
        #expect(wrapped.reason == .outOfRange)
        #expect(wrapped.operation.contains("register R of map TOP (/maps/soc.svd)"))
        #expect(wrapped.operation.contains("past 2^64"))
    }

    @Test func placementProblemUsesCheckedArithmetic() {
        let map = RegisterMap(name: "m", title: "m", selectors: [], registers: [RegisterDefinition(name: "R", offset: 0, width: .bits64)], source: "m.yaml")
        let r = map.registers[0]
        #expect(map.placementProblem(of: r, at: 0, length: 8) == nil)
        #expect(map.placementProblem(of: r, at: 0xffff_ffff_ffff_fff8, length: nil) == nil)
        #expect(map.placementProblem(of: r, at: 0xffff_ffff_ffff_fff9, length: nil) != nil)
        #expect(map.placementProblem(of: r, at: 1, length: 8) != nil)
        #expect(map.placementProblem(of: r, at: nil, length: 8) == "register R of map m (m.yaml): its offset 0x0 passes 2^64")
    }
}
