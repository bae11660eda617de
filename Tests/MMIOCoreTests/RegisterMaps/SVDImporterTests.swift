import Foundation
import Testing
@testable import MMIOCore

/// CMSIS-SVD import, and the small XML reader under it.
@Suite struct SVDImporterTests {
    static let eduSVD = Fixtures.directory + "/svd/qemu-edu.svd"

    func importEdu() throws -> RegisterMap {
        let text = try String(contentsOfFile: Self.eduSVD, encoding: .utf8)
        let maps = try SVDImporter(file: Self.eduSVD).importMaps(text)
        return try #require(maps.first)
    }

    @Test func eduSVDDecodesLikeTheNativeMap() throws {
        let svd = try importEdu()
        let native = try #require(RegisterMapCatalog.shipped.map(named: "qemu-edu"))
        #expect(svd.name == "EDU")
        #expect(svd.selectors == [.physical(0xfea0_0000)])
        #expect(svd.title == "EDU: QEMU edu educational device & its MMIO BAR")
        #expect(svd.registers.map(\.name) == native.registers.map(\.name))
        let samples: [UInt64] = [0x0100_00ed, 0xffff_ffff, 0, 0x8000_0081, 0x5, 0xdead_beef_0000_0003]
        for (s, n) in zip(svd.registers, native.registers) {
            #expect(s.offset == n.offset && s.width == n.width, "\(s.name)")
            for v in samples {
                let a = s.decode(v), b = n.decode(v)
                #expect(a.fieldsLine == b.fieldsLine, "\(s.name) = 0x\(hex(v, 1))")
            }
            let writable = n.fields.filter { $0.access != .reserved }
            #expect(s.fields.map(\.access) == writable.map(\.access), "\(s.name) access")
        }
        #expect(svd.register(named: "DMA_CMD")?.field(named: "DIRECTION")?.values.map(\.name) == ["TO_DEVICE", "FROM_DEVICE"])
    }

    @Test func importedMapRetargetsToPCI() throws {
        let text = try String(contentsOfFile: Self.eduSVD, encoding: .utf8)
        let maps = try SVDImporter(file: "edu.svd", selectors: [.pciDevice(vendor: 0x1234, device: 0x11e8, subsystemVendor: nil, subsystemDevice: nil)], bar: 0).importMaps(text)
        let f = PCIFunction(address: PCIAddress(bus: 0, device: 2, function: 0), vendorID: 0x1234, deviceID: 0x11e8, classCode: 0x00ff00)
        #expect(maps.first?.specificity(for: f, bar: 0) == 4)
    }

    @Test func inheritanceDerivedFromDimClustersAndReadActions() throws {
        let svd = """
        <?xml version="1.0"?>
        <device>
          <name>SOC</name><size>32</size><access>read-write</access>
          <peripherals>
            <peripheral>
              <name>UART0</name><baseAddress>0x40001000</baseAddress>
              <registers>
                <register>
                  <name>DATA</name><addressOffset>0x0</addressOffset><size>8</size>
                  <readAction>clear</readAction>
                </register>
                <register>
                  <dim>2</dim><dimIncrement>4</dimIncrement>
                  <name>CH%s</name><addressOffset>0x10</addressOffset>
                  <fields><field><name>IF</name><bitRange>[3:0]</bitRange><modifiedWriteValues>oneToClear</modifiedWriteValues>
                    <enumeratedValues><enumeratedValue><name>ANY</name><value>#1x00</value></enumeratedValue>
                      <enumeratedValue><name>ONE</name><value>0x1</value></enumeratedValue></enumeratedValues></field></fields>
                </register>
                <register>
                  <dim>2</dim><dimIncrement>4</dimIncrement><dimIndex>A,B</dimIndex>
                  <name>PORT_%s</name><addressOffset>0x30</addressOffset>
                </register>
                <register>
                  <dim>2</dim><dimIncrement>4</dimIncrement><dimIndex>4-5</dimIndex>
                  <name>IRQ[%s]</name><addressOffset>0x40</addressOffset>
                </register>
                <cluster>
                  <name>DMA</name><addressOffset>0x20</addressOffset>
                  <register><name>CTRL</name><addressOffset>0x4</addressOffset><access>read-only</access></register>
                </cluster>
              </registers>
            </peripheral>
            <peripheral derivedFrom="UART0"><name>UART1</name><baseAddress>0x40002000</baseAddress></peripheral>
          </peripherals>
        </device>
        """
        let maps = try SVDImporter(file: "soc.svd").importMaps(svd)
        #expect(maps.map(\.name) == ["UART0", "UART1"])
        let uart = maps[0]
        // dim registers are arrays (CH%s, PORT_%s with dimIndex A,B, IRQ%s with 4-5), placed per element.
        let placed = uart.placedRegisters(within: 0x100) { (_: RegisterDefinition) -> UInt64 in 0 }
        #expect(placed.map(\.register.name) == ["DATA", "CH0", "CH1", "DMA_CTRL", "PORT_A", "PORT_B", "IRQ4", "IRQ5"])
        #expect(placed.map(\.offset) == [0x0, 0x10, 0x14, 0x24, 0x30, 0x34, 0x40, 0x44])
        #expect(uart.arrays.map(\.name) == ["CH%s", "PORT_%s", "IRQ%s"])
        #expect(uart.register(named: "DATA")?.width == .bits8)
        #expect(uart.register(named: "DATA")?.readSideEffect == "reading clears the register (SVD readAction clear)")
        let ch1 = try #require(try uart.register(named: "CH1") { (_: RegisterDefinition) -> UInt64 in 0 }?.get())
        #expect(ch1.field(named: "IF")?.access == .writeOneToClear)
        #expect(ch1.field(named: "IF")?.values.map(\.name) == ["ONE"])
        #expect(uart.register(named: "DMA_CTRL")?.fields.first?.access == .readOnly)
        #expect(maps[1].registers == uart.registers && maps[1].arrays == uart.arrays)
        #expect(maps[1].selectors == [.physical(0x4000_2000)])
    }

    @Test func svdErrorsNameLineAndField() {
        func failure(_ text: String) -> RegisterMapError? {
            do { _ = try SVDImporter(file: "bad.svd").importMaps(text); return nil } catch { return error }
        }
        let unclosed = failure("<device>\n<peripherals>\n<peripheral>\n</device>")
        #expect(unclosed?.line == 4)
        #expect(unclosed?.message == "not valid XML: </device> closes <peripheral> opened on line 3")
        #expect(failure("<svd/>")?.message.contains("not a CMSIS-SVD file") == true)
        // A broken field is skipped with a warning; the register and the file still import.
        let noBits = try? SVDImporter(file: "bad.svd").importing("""
        <device><peripherals><peripheral><name>P</name><baseAddress>0</baseAddress><registers>
        <register><name>R</name><addressOffset>0</addressOffset><fields>
        <field><name>F</name></field></fields></register></registers></peripheral></peripherals></device>
        """)
        #expect(noBits?.warnings.first?.line == 3)
        #expect(noBits?.warnings.first?.field == "peripheral P.R.F")
        #expect(noBits?.maps.first?.register(named: "R") != nil)
    }

    @Test func xmlReaderHandlesEntitiesCDATAAndComments() throws {
        let root = try XMLTreeReader().read("""
        <?xml version="1.0"?>
        <!DOCTYPE x>
        <a k='v &amp; w'><!-- c --><b>1 &lt; 2 &#x41;&#66;</b><c><![CDATA[<raw>]]></c><d/></a>
        """)
        #expect(root.name == "a")
        #expect(root.attributes == ["k": "v & w"])
        #expect(root.value("b") == "1 < 2 AB")
        #expect(root.value("c") == "<raw>")
        #expect(root.child("d") != nil)
        #expect(root.line == 3)
    }
}
