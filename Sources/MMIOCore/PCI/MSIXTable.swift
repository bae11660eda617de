/// The live contents of a function's MSI-X table and PBA, read through register spaces of
/// the BARs the capability names (`MSIXCapability`), with aligned DWORD reads only.
public struct MSIXTable: Sendable {
    public let capability: MSIXCapability
    public let entries: [MSIXEntry]
    /// The first read that failed, with what to do (the other entries keep their values).
    public let error: AccessError?

    public init(capability: MSIXCapability, entries: [MSIXEntry], error: AccessError?) {
        self.capability = capability
        self.entries = entries
        self.error = error
    }

    /// Builds the table from DWORD values already read, e.g. by the refresh scheduler:
    /// `tableWord(offset)` and `pbaWord(offset)` return a DWORD at that offset of the
    /// table's and the PBA's BAR, nil when it was not read.
    public init(capability c: MSIXCapability, error: AccessError? = nil,
                tableWord: (UInt64) -> UInt32?, pbaWord: (UInt64) -> UInt32?) {
        capability = c
        self.error = error
        entries = (0..<c.count).map { i in
            let pba = pbaWord(c.pbaOffset + UInt64(i / 32 * 4))
            return MSIXEntry(index: i, addressLow: tableWord(c.tableOffset(entry: i, dword: 0)),
                             addressHigh: tableWord(c.tableOffset(entry: i, dword: 1)),
                             data: tableWord(c.tableOffset(entry: i, dword: 2)),
                             vectorControl: tableWord(c.tableOffset(entry: i, dword: 3)),
                             pending: pba.map { ($0 >> UInt32(i % 32)) & 1 != 0 })
        }
    }

    /// Reads every entry and the PBA once from `table` and `pba` (the same space when the
    /// capability names one BAR for both).
    public static func read(_ c: MSIXCapability, table: any RegisterSpace, pba: any RegisterSpace) -> MSIXTable {
        var firstError: AccessError?
        func word(_ space: any RegisterSpace, _ offset: UInt64) -> UInt32? {
            do { return UInt32(truncatingIfNeeded: try space.read(at: offset, width: .bits32)) } catch {
                if firstError == nil { firstError = error }
                return nil
            }
        }
        var tableWords: [UInt64: UInt32] = [:]
        for o in c.tableDWORDOffsets { tableWords[o] = word(table, o) }
        var pbaWords: [UInt64: UInt32] = [:]
        for o in c.pbaDWORDOffsets { pbaWords[o] = word(pba, o) }
        return MSIXTable(capability: c, error: firstError, tableWord: { tableWords[$0] }, pbaWord: { pbaWords[$0] })
    }

    /// `hwx show --msix --json`.
    public var json: JSONValue {
        let c = capability
        var pairs: [(String, JSONValue)] = [
            ("capability_offset", .string("0x" + hex(UInt64(c.capabilityOffset), 2))),
            ("enabled", .bool(c.enabled)),
            ("function_masked", .bool(c.functionMasked)),
            ("count", .int(Int64(c.count))),
            ("table", .object([("bar", .int(Int64(c.tableBAR))), ("offset", .string("0x" + hex(c.tableOffset, 1)))])),
            ("pba", .object([("bar", .int(Int64(c.pbaBAR))), ("offset", .string("0x" + hex(c.pbaOffset, 1)))])),
            ("entries", .array(entries.map(\.json))),
        ]
        if let error { pairs.append(("error", .string(error.summary))) }
        return .object(pairs)
    }
}
