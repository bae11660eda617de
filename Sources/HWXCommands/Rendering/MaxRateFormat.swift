import FixText
import MMIOCore

/// Lines of `hwx watch --interval 0`, as bytes (no String per change on the hot path):
/// text `   1234567 ns  LABEL  0x0000beef  Δ +1`, or one JSON object per line.
struct MaxRateFormat: Sendable {
    let labels: [String]
    let digits: [Int]
    let json: Bool

    private static let hexDigits = Array("0123456789abcdef".utf8)

    func initial(_ item: Int, _ result: Result<UInt64, AccessError>) -> [UInt8] {
        switch result {
        case .success(let v):
            let value = "0x" + hex(v, digits[item])
            return Array((json
                ? JSONValue.object([("event", .string("initial")), ("elapsed_ns", .int(0)), ("target", .string(labels[item])),
                                    ("value", .string(value))]).render(pretty: false)
                : "           0 ns  \(labels[item])  \(value)") .utf8) + [0x0a]
        case .failure(let error):
            return failure(item, error)
        }
    }

    func failure(_ item: Int, _ error: AccessError) -> [UInt8] {
        Array((json
            ? JSONValue.object([("event", .string("error")), ("target", .string(labels[item])), ("error", .string(error.summary))]).render(pretty: false)
            : "error: \(labels[item]): " + FixText.cli.explain(error)).utf8) + [0x0a]
    }

    func change(_ c: MaxRateChange, startNs: UInt64, into out: inout [UInt8]) {
        let elapsed = c.ns >= startNs ? c.ns - startNs : 0
        if json {
            out += Array(#"{"event":"change","elapsed_ns":"#.utf8)
            decimal(elapsed, into: &out)
            out += Array(#","monotonic_ns":"#.utf8)
            decimal(c.ns, into: &out)
            out += Array(#","sample":"#.utf8)
            decimal(c.sample, into: &out)
            out += Array(#","target":"#.utf8)
            out += Array(JSONValue.string(labels[c.item]).render(pretty: false).utf8)
            out += Array(#","value":"0x"#.utf8)
            hexValue(c.value, digits[c.item], into: &out)
            out += Array(#"","delta":"#.utf8)
            signed(c.delta, into: &out)
            out += Array("}\n".utf8)
        } else {
            let start = out.count
            decimal(elapsed, into: &out)
            let pad = 12 - (out.count - start)
            if pad > 0 { out.insert(contentsOf: repeatElement(0x20, count: pad), at: start) }
            out += Array(" ns  ".utf8)
            out += Array(labels[c.item].utf8)
            out += Array("  0x".utf8)
            hexValue(c.value, digits[c.item], into: &out)
            out += Array("  Δ ".utf8)
            if c.delta >= 0 { out.append(0x2b) }
            signed(c.delta, into: &out)
            out.append(0x0a)
        }
    }

    func dropped(_ n: UInt64, into out: inout [UInt8]) {
        if json {
            out += Array(#"{"event":"dropped","changes":"#.utf8)
            decimal(n, into: &out)
            out += Array("}\n".utf8)
        } else {
            out += Array("dropped: ".utf8)
            decimal(n, into: &out)
            out += Array(" changes here (the output could not keep up; write to a file, or use --json to a pipe)\n".utf8)
        }
    }

    /// `# LABEL: N samples in S s, R samples/s, C changes, D dropped`.
    func summary(_ item: Int, samples: UInt64, changes: UInt64, seconds: Double, dropped: UInt64?) -> [UInt8] {
        let rate = seconds > 0 ? Double(samples) / seconds : 0
        if json {
            var pairs: [(String, JSONValue)] = [
                ("event", .string("summary")), ("target", .string(labels[item])), ("samples", .int(Int64(samples))),
                ("seconds", .string(String(format6: seconds))), ("samples_per_s", .int(Int64(rate.rounded()))),
                ("changes", .int(Int64(changes))),
            ]
            if let dropped { pairs.append(("dropped", .int(Int64(dropped)))) }
            return Array(JSONValue.object(pairs).render(pretty: false).utf8) + [0x0a]
        }
        var s = "# \(labels[item]): \(samples) samples in \(String(format6: seconds)) s, \(WatchPrinter.rate(rate)) samples/s, \(changes) changes"
        if let dropped { s += ", \(dropped) dropped" }
        return Array(s.utf8) + [0x0a]
    }

    private func decimal(_ v: UInt64, into out: inout [UInt8]) {
        if v == 0 { out.append(0x30); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        var x = v
        withUnsafeMutableBytes(of: &digits) { d in
            while x > 0 { d[n] = UInt8(0x30 + x % 10); x /= 10; n += 1 }
            for i in stride(from: n - 1, through: 0, by: -1) { out.append(d[i]) }
        }
    }

    private func signed(_ v: Int64, into out: inout [UInt8]) {
        if v < 0 { out.append(0x2d); decimal(v.magnitude, into: &out) } else { decimal(UInt64(v), into: &out) }
    }

    private func hexValue(_ v: UInt64, _ count: Int, into out: inout [UInt8]) {
        for i in stride(from: count - 1, through: 0, by: -1) { out.append(Self.hexDigits[Int((v >> UInt64(4 * i)) & 0xf)]) }
    }
}

extension String {
    /// `0.123456`: seconds with 6 decimals, without Foundation's formatter.
    init(format6 x: Double) {
        let micros = UInt64((x * 1e6).rounded())
        let frac = String(micros % 1_000_000)
        self = "\(micros / 1_000_000)." + String(repeating: "0", count: 6 - frac.count) + frac
    }
}
