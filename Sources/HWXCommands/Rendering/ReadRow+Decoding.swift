import MMIOCore

extension ReadRow {
    /// The row, then the register's fields when a map names it (the caller passes the map
    /// only for the named word itself; a different --width shows the raw value only).
    func text(decodedBy named: NamedRegister?) -> String {
        guard let named, decodes(named) else { return text }
        return ([text + RegisterDecodeRenderer.summary(named, value: value)] + RegisterDecodeRenderer.lines(named, value: value))
            .joined(separator: "\n")
    }

    func json(decodedBy named: NamedRegister?) -> JSONValue {
        guard let named, decodes(named), case .object(let pairs) = json else { return json }
        return .object(pairs + RegisterDecodeRenderer.json(named, value: value))
    }

    private func decodes(_ named: NamedRegister) -> Bool { width == named.register.width }
}
