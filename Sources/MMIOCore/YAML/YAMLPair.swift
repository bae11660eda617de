/// One `key: value` entry of a YAML mapping (YAML 1.2 §3.2.1.1), in file order.
struct YAMLPair: Sendable, Equatable {
    let key: YAMLNode
    let value: YAMLNode
}
