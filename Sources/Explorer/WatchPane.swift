import MMIOCore
import TerminalUI

/// The watch list screen: every pinned word, across devices, with its current value, when
/// it last changed, a sparkline of recent values and the rate of the last change.
public struct WatchPane {
    public let list: WatchList
    public let selection: Int
    /// Seconds on the watch list's clock, for "changed Ns ago".
    public let now: Double
    /// The CSV file being recorded to, if any.
    public let recording: String?
    /// Set in max-rate mode: values, changes and samples/s come from it.
    let maxRate: WatchMaxRate?

    public init(list: WatchList, selection: Int, now: Double, recording: String? = nil) {
        self.init(list: list, selection: selection, now: now, recording: recording, maxRate: nil)
    }

    init(list: WatchList, selection: Int, now: Double, recording: String?, maxRate: WatchMaxRate?) {
        self.list = list
        self.selection = selection
        self.now = now
        self.recording = recording
        self.maxRate = maxRate
    }

    public func render<C: Canvas>(in rect: Rect, into canvas: inout C) {
        canvas.drawBox(rect, title: "watch list  \(list.items.count) pinned" + (maxRate != nil ? "  max rate" : "") + (recording.map { "  recording to \($0)" } ?? ""),
                       titleStyle: Style(.header, bold: true))
        let inner = rect.inside
        guard !list.items.isEmpty else {
            canvas.put("nothing pinned: open a BAR, move to a register and press p", row: inner.row, col: inner.col + 1, style: Style(.dim), clip: inner)
            return
        }
        let labelWidth = min(36, list.items.map(\.label.count).max() ?? 0)
        let header = Formatting.fit("target", labelWidth) + "  " + Formatting.fit("value", 18) + "  " + Formatting.fit("last change", 12) + "  "
            + Formatting.fit("recent", Self.sparkWidth) + "  rate"
        canvas.put(header, row: inner.row, col: inner.col + 1, style: Style(.label, bold: true), clip: inner)
        if let maxRate {
            renderMaxRate(maxRate, labelWidth: labelWidth, in: inner, into: &canvas)
            return
        }
        for (i, item) in list.items.enumerated() {
            let y = inner.row + 1 + i
            guard y < inner.bottom else { break }
            let selected = i == selection
            var x = canvas.put(Formatting.fit(item.label, labelWidth) + "  ", row: y, col: inner.col + 1,
                               style: Style(selected ? .selection : .hardware, bold: selected), clip: inner)
            let value = list.value(of: i).map { "0x" + hex($0, item.hexDigits) } ?? "-"
            x = canvas.put(Formatting.fit(value, 18) + "  ", row: y, col: x, style: Style(.normal), clip: inner)
            let age = list.lastChange[i].map { Self.age(now - $0) } ?? "never"
            x = canvas.put(Formatting.fit(age, 12) + "  ", row: y, col: x, style: Style(.dim), clip: inner)
            x = canvas.put(Formatting.fit(Self.sparkline(list.history[i].map(\.value), width: Self.sparkWidth), Self.sparkWidth) + "  ",
                           row: y, col: x, style: Style(.changed), clip: inner)
            canvas.put(list.lastRate(of: i).map { Self.rate($0) + "/s" } ?? "-", row: y, col: x, style: Style(.normal), clip: inner)
        }
    }

    /// Max-rate rows: value, changes counted, samples per second achieved.
    private func renderMaxRate<C: Canvas>(_ m: WatchMaxRate, labelWidth: Int, in inner: Rect, into canvas: inout C) {
        let header = Formatting.fit("target", labelWidth) + "  " + Formatting.fit("value", 18) + "  " + Formatting.fit("changes", 12) + "  samples/s"
        canvas.put(header, row: inner.row, col: inner.col + 1, style: Style(.label, bold: true), clip: inner)
        for (i, item) in list.items.enumerated() where i < m.values.count {
            let y = inner.row + 1 + i
            guard y < inner.bottom else { break }
            let selected = i == selection
            var x = canvas.put(Formatting.fit(item.label, labelWidth) + "  ", row: y, col: inner.col + 1,
                               style: Style(selected ? .selection : .hardware, bold: selected), clip: inner)
            if let e = m.errors[i] {
                canvas.put(e.summary, row: y, col: x, style: Style(.error), clip: inner)
                continue
            }
            let value = m.values[i].map { "0x" + hex($0, item.hexDigits) } ?? "-"
            x = canvas.put(Formatting.fit(value, 18) + "  ", row: y, col: x, style: Style(.normal), clip: inner)
            x = canvas.put(Formatting.fit(String(m.changes(of: i)), 12) + "  ", row: y, col: x, style: Style(.changed), clip: inner)
            canvas.put(m.rate(of: i).map { Self.rate($0) } ?? "-", row: y, col: x, style: Style(.normal), clip: inner)
        }
    }

    static let sparkWidth = 16

    /// `▁▂▄█`: the last `width` values scaled between their minimum and maximum.
    public static func sparkline(_ values: [UInt64], width: Int) -> String {
        let recent = values.suffix(width)
        guard let lo = recent.min(), let hi = recent.max() else { return "" }
        let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        return String(recent.map { v in
            hi == lo ? levels[0] : levels[Int(Double(v - lo) / Double(hi - lo) * Double(levels.count - 1) + 0.5)]
        })
    }

    static func age(_ seconds: Double) -> String {
        seconds < 60 ? String(Int(seconds)) + "s ago" : String(Int(seconds / 60)) + "m ago"
    }

    /// `100.0M`, `2.5k`, `12`.
    static func rate(_ r: Double) -> String {
        let a = abs(r)
        if a >= 1e9 { return String(Int((r / 1e8).rounded())).dropLastDigitAsDecimal() + "G" }
        if a >= 1e6 { return String(Int((r / 1e5).rounded())).dropLastDigitAsDecimal() + "M" }
        if a >= 1e3 { return String(Int((r / 1e2).rounded())).dropLastDigitAsDecimal() + "k" }
        return String(Int(r.rounded()))
    }
}

private extension String {
    /// `1000` → `100.0`: the integer counted tenths.
    func dropLastDigitAsDecimal() -> String {
        guard count > 1 else { return "0." + self }
        return String(dropLast()) + "." + String(last!)
    }
}
