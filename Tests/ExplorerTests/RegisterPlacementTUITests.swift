import Explorer
import MMIOCore
import Testing

/// A map whose registers end past the space on screen (or past 2^64) labels the ones that
/// fit, builds its register table without trapping, and names the others with file and register.
@Suite struct RegisterPlacementTUITests {
    @Test func registersOutsideTheSpaceAreNamedNotPlaced() {
        let map = RegisterMap(name: "big", title: "big", selectors: [], bar: 0,
                              registers: [RegisterDefinition(name: "OK", offset: 0, width: .bits32),
                                          RegisterDefinition(name: "EDGE", offset: 0xfc, width: .bits64),
                                          RegisterDefinition(name: "TOP", offset: 0xffff_ffff_ffff_fffc, width: .bits64)],
                              source: "/maps/big.yaml")
        let space = MemorySpace(name: "bar", bytes: [UInt8](repeating: 0, count: 0x100))
        let labels = MapRegisterLabels(map: map, space: space)
        #expect(labels.registerNames == ["OK"])
        #expect(labels.unplaced == [
            "register EDGE of map big (/maps/big.yaml): 64 bits at offset 0xfc end past the 0x100 bytes there",
            "register TOP of map big (/maps/big.yaml): 64 bits at offset 0xfffffffffffffffc end past 2^64",
        ])
        let table = RegisterTable(labels: labels, length: space.length)
        #expect(table.entries.map(\.register.name) == ["OK"])
        #expect(labels.label(at: 0xf8, width: .bits64, value: 0) == nil)
    }
}
