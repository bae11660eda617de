import MMIOCore

extension ExplorerApp {
    /// Opens a prompt with this purpose's history and the completions that fit it: every
    /// prompt gets the same line editor (`LineEditor`).
    func ask(_ purpose: LineEditor.Purpose, _ prompt: String, text: String = "") {
        editor = LineEditor(purpose, prompt: prompt, text: text, history: histories[purpose] ?? [],
                            completions: completions(for: purpose))
    }

    /// Remembers a committed entry in its prompt's history (no empty or repeated entries).
    func remember(_ text: String, for purpose: LineEditor.Purpose) {
        guard !text.isEmpty else { return }
        var h = histories[purpose] ?? []
        h.removeAll { $0 == text }
        h.append(text)
        histories[purpose] = Array(h.suffix(50))
    }

    /// What Tab completes: targets (`00:02.0/bar0`, `00:02.0/config`, a mapped BAR's
    /// register names) for `o`; register names for `g` in a mapped view; `FIELD=` and
    /// `FIELD=VALUE_NAME` for a field edit.
    func completions(for purpose: LineEditor.Purpose) -> [String] {
        switch purpose {
        case .openTarget:
            var out: [String] = []
            for listed in machine.functions {
                let f = machine.function(listed.address) ?? listed   // whole: its BARs
                let a = f.address.display
                out.append(a + "/config")
                for bar in f.bars where bar.size > 0 {
                    let name = a + "/bar\(bar.index)"
                    out.append(name)
                    if let map = registerMapCatalog.map(for: f, bar: bar.index) {
                        out += map.registerNames().map { name + "/" + $0 }
                    }
                }
            }
            return out + ["phys:0x", "port:0x", "file:"]
        case .goTo:
            return (view?.labels as? MapRegisterLabels)?.registerNames ?? []
        case .fieldValue:
            guard let register = editingRegister else { return [] }
            return register.fields.filter { $0.access.isWritable }.flatMap { f in
                [f.name + "="] + f.values.map { f.name + "=" + $0.name }
            }
        case .singleField:
            guard let register = editingRegister, let field = editingField.flatMap({ register.field(named: $0) }) else { return [] }
            return field.values.map(\.name)
        case .configField:
            return configEdit?.field.values.map(\.name) ?? []
        case .search, .pokeValue:
            return []
        }
    }
}
