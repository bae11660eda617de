import MMIOCore

/// Reads a range at one width and formats it like `xxd`, with words shown as the values
/// read (little-endian on PCI): `0010: 010000ed 00000000 ...  |................|`.
///
/// Streams: the range is read in blocks of `blockBytes` through `RegisterSpace.readBlock`
/// (one fault guard per block on a mapping), each block formatted straight into a byte
/// buffer (no String per word) and written out before the next is read, so memory stays
/// flat whatever the length. Stops at the first failing read, after writing the words
/// before it, and returns the error.
struct HexDump {
    let space: any RegisterSpace
    let start: UInt64
    let length: UInt64
    let width: AccessWidth
    /// Bytes read per block (a multiple of 16).
    var blockBytes = 64 * 1024

    private static let digits = Array("0123456789abcdef".utf8)

    /// Writes the dump with `sink` (called once per formatted block).
    func stream(to sink: (UnsafeRawBufferPointer) -> Void) -> AccessError? {
        let end = start + length
        let offsetDigits = max(4, hex(end == 0 ? 0 : end - 1, 1).count)
        let wordBytes = width.bytes
        let perLine = 16 / wordBytes
        let hexWidth = perLine * width.hexDigits + (perLine - 1)
        let lineBytes = offsetDigits + 2 + hexWidth + 3 + 16 + 2
        let input = UnsafeMutableRawPointer.allocate(byteCount: blockBytes, alignment: 8)
        let output = UnsafeMutablePointer<UInt8>.allocate(capacity: (blockBytes / 16 + 1) * lineBytes)
        defer { input.deallocate(); output.deallocate() }
        var offset = start
        while offset < end {
            let bytes = Int(min(UInt64(blockBytes), end - offset))
            let result = space.readBlock(at: offset, width: width, count: bytes / wordBytes, into: input)
            let got = result.count * wordBytes
            var o = 0
            var lineStart = 0
            while lineStart < got {
                o = formatLine(offset + UInt64(lineStart), input + lineStart, min(16, got - lineStart),
                               offsetDigits: offsetDigits, hexWidth: hexWidth, into: output, at: o)
                lineStart += 16
            }
            if o > 0 { sink(UnsafeRawBufferPointer(start: output, count: o)) }
            if let error = result.error { return error }
            space.releasePages(at: offset, length: UInt64(bytes))
            offset += UInt64(bytes)
        }
        return nil
    }

    /// One line of up to 16 bytes at `p`; returns the new end of `out`.
    private func formatLine(_ offset: UInt64, _ p: UnsafeMutableRawPointer, _ count: Int,
                            offsetDigits: Int, hexWidth: Int, into out: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        let d = Self.digits
        var o = start
        for i in stride(from: offsetDigits - 1, through: 0, by: -1) {
            out[o + offsetDigits - 1 - i] = d[Int((offset >> UInt64(4 * i)) & 0xf)]
        }
        o += offsetDigits
        out[o] = 0x3a; out[o + 1] = 0x20; o += 2  // ": "
        let hexStart = o
        let wordBytes = width.bytes
        var w = 0
        while w < count {
            if w > 0 { out[o] = 0x20; o += 1 }
            // bytes are little-endian: the most significant digit comes from the last byte
            for b in stride(from: wordBytes - 1, through: 0, by: -1) {
                let byte = p.load(fromByteOffset: w + b, as: UInt8.self)
                out[o] = d[Int(byte >> 4)]; out[o + 1] = d[Int(byte & 0xf)]; o += 2
            }
            w += wordBytes
        }
        while o - hexStart < hexWidth { out[o] = 0x20; o += 1 }
        out[o] = 0x20; out[o + 1] = 0x20; out[o + 2] = 0x7c; o += 3  // "  |"
        for i in 0..<count {
            let byte = p.load(fromByteOffset: i, as: UInt8.self)
            out[o] = (0x20...0x7e).contains(byte) ? byte : 0x2e; o += 1
        }
        out[o] = 0x7c; out[o + 1] = 0x0a; o += 2  // "|\n"
        return o
    }

    /// Streams the dump to standard output.
    func write() -> AccessError? {
        StandardOutput.flushPrinted()
        return stream { chunk in StandardOutput.write(chunk) }
    }
}
