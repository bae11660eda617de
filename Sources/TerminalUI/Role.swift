/// What a cell means, not how it looks. Views pick a role; the screen maps roles to
/// colors (or to bold/reverse/underline on a monochrome terminal or under `NO_COLOR`).
public enum Role: UInt8, Sendable, CaseIterable, Hashable {
    case normal
    /// Less important rows: System RAM, Reserved, unused BARs.
    case dim
    /// Real devices: PCI functions, driver-claimed regions, device registers.
    case hardware
    /// Title bar and pane titles.
    case header
    /// Bottom status line.
    case status
    /// The key name in the function bar (`F1`, `q`).
    case keyLabel
    /// The action name next to it in the function bar.
    case keyAction
    /// The selected row in the focused pane.
    case selection
    /// The selected row in a pane without focus.
    case selectionInactive
    /// A value that changed at the last tick.
    case changed
    /// A value that changed a few ticks ago (fading).
    case changedFading
    /// A value that changed a while ago (almost faded out).
    case changedFaint
    /// Errors, with what to do about them.
    case error
    /// Warnings (read-back mismatch, writes enabled).
    case warning
    /// A cross-link that Enter follows.
    case link
    /// Labels in the details pane and dialogs.
    case label
    /// Dialog body.
    case dialog

    /// The role for a value that changed `age` ticks ago, nil once it has faded.
    /// Fading takes `fadeTicks` ticks, split in three steps.
    public static func changed(age: Int, fadeTicks: Int) -> Role? {
        guard age >= 0, age < fadeTicks else { return nil }
        let step = max(1, fadeTicks / 3)
        switch age / step {
        case 0: return .changed
        case 1: return .changedFading
        default: return .changedFaint
        }
    }
}
