import FoundationEssentials
import Glibc
import MMIOCore

/// Lines of `hwx watch`: text for people, JSON lines or CSV for recording.
struct WatchPrinter {
    enum Format { case text, json, csv }

    let format: Format
    let items: [WatchItem]

    var header: String? { format == .csv ? WatchRecorder.header : nil }

    func line(_ e: WatchEvent, wallClock: Date) -> String {
        let item = items[e.item]
        let stamp = Self.timestamp(wallClock)
        let value = e.value.map { "0x" + hex($0, item.hexDigits) }
        let rate = e.ratePerSecond.map { Self.rate($0) }
        switch format {
        case .text:
            var s = "\(stamp)  \(item.label)  "
            switch e.kind {
            case .failed(let error): return s + "error: " + error.summary
            case .initial:
                s += value ?? ""
                if let v = e.value, let register = item.register, item.field == nil {
                    let decoded = register.decode(v)
                    if let summary = decoded.summary { s += "  " + summary }
                } else if let v = e.value, item.field?.name(of: v) != nil || item.field != nil {
                    s += "  (\(v))" + (item.field?.name(of: v).map { " \($0)" } ?? "")
                }
                return s
            case .changed:
                s += value ?? ""
                if let d = e.delta { s += "  Δ " + (d >= 0 ? "+" : "") + "\(d)" }
                if let rate { s += "  Δ/s " + rate }
                if !e.changedFields.isEmpty {
                    s += "  " + e.changedFields.map { "\($0.name) \($0.old)→\($0.new)" }.joined(separator: " ")
                }
                return s
            }
        case .json:
            var pairs: [(String, JSONValue)] = [
                ("time", .string(stamp)), ("elapsed_ms", .int(Int64((e.time * 1000).rounded()))),
                ("target", .string(item.label)),
            ]
            switch e.kind {
            case .failed(let error):
                pairs += [("event", .string("error")), ("error", .string(error.summary))]
            case .initial, .changed:
                pairs += [("event", .string(e.kind == .initial ? "initial" : "change")),
                          ("value", .optional(value.map(JSONValue.string))),
                          ("delta", .optional(e.delta.map { .int($0) })),
                          ("rate_per_s", .optional(e.ratePerSecond.map { .int(Int64($0.rounded())) }))]
            }
            return JSONValue.object(pairs).render(pretty: false)
        case .csv:
            return WatchRecorder.csvLine(e, item: item, wallClock: wallClock.timeIntervalSince1970)
        }
    }

    /// `2026-11-28T18:46:03.123Z`.
    static func timestamp(_ date: Date) -> String {
        let t = date.timeIntervalSince1970
        let seconds = Int(t.rounded(.down))
        let millis = Int((t - Double(seconds)) * 1000)
        var tm = tm()
        var time = time_t(seconds)
        gmtime_r(&time, &tm)
        return CFormat.string("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                              tm.tm_hour, tm.tm_min, tm.tm_sec, Int32(millis))
    }

    /// `100.0M`, `2.50k`, `12.0`.
    static func rate(_ r: Double) -> String {
        let a = abs(r)
        switch a {
        case 1e9...: return CFormat.string("%.3gG", r / 1e9)
        case 1e6...: return CFormat.string("%.4gM", r / 1e6)
        case 1e3...: return CFormat.string("%.4gk", r / 1e3)
        default: return CFormat.string("%.3g", r)
        }
    }
}
