import CNcurses

/// How roles look: a color pair per role on color terminals, and attributes only
/// (bold, reverse, underline, dim) on monochrome ones or when `NO_COLOR` is set
/// (https://no-color.org: any non-empty value disables color).
struct RolePalette {
    let usesColor: Bool

    /// Pair number of a role (1-based: pair 0 is the terminal default).
    static func pair(_ role: Role) -> Int16 { Int16(role.rawValue) + 1 }

    /// Foreground/background per role; -1 is the terminal's default color.
    static func colors(_ role: Role) -> (fg: Int16, bg: Int16) {
        switch role {
        case .normal, .label: return (-1, -1)
        case .dim: return (Int16(COLOR_BLUE), -1)
        case .hardware: return (Int16(COLOR_CYAN), -1)
        case .header: return (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        case .status: return (Int16(COLOR_BLACK), Int16(COLOR_WHITE))
        case .keyLabel: return (Int16(COLOR_WHITE), Int16(COLOR_BLACK))
        case .keyAction: return (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        case .selection: return (Int16(COLOR_BLACK), Int16(COLOR_GREEN))
        case .selectionInactive: return (Int16(COLOR_BLACK), Int16(COLOR_WHITE))
        case .changed: return (Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
        case .changedFading: return (Int16(COLOR_YELLOW), -1)
        case .changedFaint: return (Int16(COLOR_YELLOW), -1)
        case .error: return (Int16(COLOR_WHITE), Int16(COLOR_RED))
        case .warning: return (Int16(COLOR_YELLOW), -1)
        case .link: return (Int16(COLOR_CYAN), -1)
        case .dialog: return (Int16(COLOR_BLACK), Int16(COLOR_WHITE))
        }
    }

    /// Attributes that carry the role without color (and sharpen it with color).
    static func attributes(_ role: Role, color: Bool) -> attr_t {
        switch role {
        case .normal, .label: return CN_A_NORMAL
        case .dim: return color ? CN_A_NORMAL : CN_A_DIM
        case .hardware: return CN_A_BOLD
        case .header, .status, .keyAction, .dialog: return color ? CN_A_NORMAL : CN_A_REVERSE
        case .keyLabel: return CN_A_BOLD
        case .selection: return color ? CN_A_NORMAL : CN_A_REVERSE
        case .selectionInactive: return color ? CN_A_NORMAL : CN_A_UNDERLINE
        // Black on yellow carries it; bold too would cost a reset and both colors again
        // at every change of style (sgr0 is the only way out of bold): ~12 bytes a tick.
        case .changed: return color ? CN_A_NORMAL : (CN_A_REVERSE | CN_A_BOLD)
        case .changedFading: return CN_A_BOLD
        case .changedFaint: return color ? CN_A_NORMAL : CN_A_UNDERLINE
        case .error: return CN_A_BOLD | (color ? 0 : CN_A_REVERSE)
        case .warning: return CN_A_BOLD
        case .link: return CN_A_UNDERLINE
        }
    }

    /// Defines the pairs; call after `start_color`.
    static func installPairs() {
        _ = use_default_colors()
        for role in Role.allCases {
            let (fg, bg) = colors(role)
            init_pair(pair(role), fg, bg)
        }
    }

    func attributesAndPair(_ style: Style) -> (attr_t, Int16) {
        var a = Self.attributes(style.role, color: usesColor)
        if style.bold { a |= CN_A_BOLD }
        if style.underline { a |= CN_A_UNDERLINE }
        return (a, usesColor ? Self.pair(style.role) : 0)
    }
}
