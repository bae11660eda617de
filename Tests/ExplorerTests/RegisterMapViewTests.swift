import Explorer
import MMIOCore
import Testing

/// The register view with register maps: names and decoded fields per row, and registers
/// with read side effects shown but never polled.
@MainActor
@Suite struct RegisterMapViewTests {
    @Test func eduRegisterViewShowsNamesAndFields() {
        let d = AppDriver(machine: Fixtures.machine(), rows: 30, cols: 140)
        d.app.open(.bar(.q35("00:02.0"), 0))
        d.press(.char("r"))
        Golden.check(d.screen, "registers-edu-bar0-maps-140x30")
    }

    @Test func nvmeRegisterViewNamesRegistersOfAnotherWidth() {
        let d = AppDriver(machine: Fixtures.machine(), rows: 30, cols: 140)
        d.app.open(.bar(.q35("00:03.0"), 0))
        d.press(.char("r"))
        Golden.check(d.screen, "registers-nvme-bar0-maps-140x30")
    }

    @Test func readToClearRegisterIsLabelledAndNotPolled() throws {
        let map = try #require(RegisterMapCatalog.shipped.map(named: "e1000e"))
        let space = MemorySpace(name: "e1000e BAR0", bytes: [UInt8](repeating: 0, count: 0x6000))
        let labels = MapRegisterLabels(map: map, space: space)
        var view = LiveView(node: .bar(.q35("00:06.0"), 0), title: "e1000e", baseTarget: .bar(.q35("00:06.0"), index: 0, offset: 0),
                            space: space, openError: nil)
        view.labels = labels
        view.mode = .registers
        view.visibleRows = 8
        view.jump(to: 0xc0)
        view.top = 0xb8
        #expect(view.visibleOffsets == [0xb8, 0xbc, 0xc4, 0xc8, 0xcc, 0xd0, 0xd4])
        #expect(labels.label(at: 0xc0, width: .bits32, value: nil)
                == RegisterLabel(name: "ICR", fields: "not polled: read-to-clear: every read clears all pending interrupt causes"))
        view.cycleWidth() // 64-bit: the word at 0xc0 still covers ICR
        view.top = 0xb8
        #expect(!view.visibleOffsets.contains(0xc0))
        #expect(labels.label(at: 0x08, width: .bits32, value: 0x0008_0083)?.fields
                == "FD=1 LU=1 TXOFF=0 SPEED=2 (1000MBPS) ASDV=0 PHYRA=0 GIO_MASTER_ENABLE=1")
    }

    @Test func xhciOperationalRegistersAreLabelledAtCAPLENGTH() throws {
        let map = try #require(RegisterMapCatalog.shipped.map(named: "xhci"))
        var bytes = [UInt8](repeating: 0, count: 0x1000)
        bytes[0] = 0x40
        let labels = MapRegisterLabels(map: map, space: MemorySpace(name: "xhci", bytes: bytes))
        #expect(labels.label(at: 0x44, width: .bits32, value: 1)?.name == "USBSTS")
        #expect(labels.label(at: 0x44, width: .bits32, value: 1)?.fields.hasPrefix("HCH=1 HSE=0") == true)
        #expect(labels.label(at: 0x440, width: .bits32, value: nil)?.name == "PORTSC1")
    }
}

@Suite struct RegisterRulerTests {
    @Test func fieldsLineUpWithTheBinaryDigits() {
        let ruler = RegisterRuler(register: "VS", description: "Version.", fields: [
            .init(name: "TER", msb: 7, lsb: 0), .init(name: "MNR", msb: 15, lsb: 8), .init(name: "MJR", msb: 31, lsb: 16),
        ])
        // binary: "0000 0000 0000 0001 0000 0100 0000 0000"
        #expect(ruler.line(hi: 31, lo: 0) == "|MJR                |MNR      |TER     ")
        #expect(ruler.line(hi: 31, lo: 0).count == "0000 0000 0000 0001 0000 0100 0000 0000".count)
    }

    @Test func narrowFieldsAndReservedBits() {
        let ruler = RegisterRuler(register: "S", description: "", fields: [
            .init(name: "RDY", msb: 0, lsb: 0), .init(name: "SHST", msb: 3, lsb: 2), .init(name: "R", msb: 7, lsb: 4, isReserved: true),
        ])
        #expect(ruler.line(hi: 7, lo: 0) == ".... |S |")    // "0000 0000": SHST gets two columns
    }

    @Test func upperHalfOfA64BitRegister() {
        let ruler = RegisterRuler(register: "C", description: "", fields: [.init(name: "PERIOD", msb: 63, lsb: 32), .init(name: "ID", msb: 31, lsb: 0)])
        #expect(ruler.line(hi: 63, lo: 32).hasPrefix("|PERIOD   "))
        #expect(ruler.line(hi: 31, lo: 0).hasPrefix("|ID  "))
    }
}
