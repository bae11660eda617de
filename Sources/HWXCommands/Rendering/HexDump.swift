import MMIOCore

/// Reads a range word by word at one width and formats it like `xxd`, with words shown
/// as the values read (little-endian on PCI): `0010: 010000ed 00000000 ...  |................|`.
/// Stops at the first failing read and returns the lines so far plus the error.
struct HexDump {
    let space: any RegisterSpace
    let start: UInt64
    let length: UInt64
    let width: AccessWidth

    func render() -> (String, AccessError?) {
        var out = ""
        let end = start + length
        let offsetDigits = max(4, hex(end == 0 ? 0 : end - 1, 1).count)
        var lineStart = start
        while lineStart < end {
            var words: [String] = []
            var bytes: [UInt8] = []
            var offset = lineStart
            while offset < min(lineStart + 16, end) {
                do {
                    let value = try space.read(at: offset, width: width)
                    words.append(hex(value, width.hexDigits))
                    for i in 0..<width.bytes { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
                } catch {
                    if !words.isEmpty { out += line(lineStart, words, bytes, offsetDigits) }
                    return (out, error)
                }
                offset += UInt64(width.bytes)
            }
            out += line(lineStart, words, bytes, offsetDigits)
            lineStart += 16
        }
        return (out, nil)
    }

    private func line(_ offset: UInt64, _ words: [String], _ bytes: [UInt8], _ digits: Int) -> String {
        let perLine = 16 / width.bytes
        var hexPart = words.joined(separator: " ")
        let full = perLine * width.hexDigits + (perLine - 1)
        hexPart += String(repeating: " ", count: max(0, full - hexPart.count))
        let ascii = String(bytes.map { (0x20...0x7e).contains($0) ? Character(Unicode.Scalar($0)) : "." })
        return hex(offset, digits) + ": " + hexPart + "  |" + ascii + "|\n"
    }
}
