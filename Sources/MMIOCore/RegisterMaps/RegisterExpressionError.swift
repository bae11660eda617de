/// Why a map file's expression (`4 << CAP.DSTRD`) does not parse, and where.
public struct RegisterExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    public let expression: String
    /// Byte position in `expression` where the problem was found.
    public let position: Int
    public let reason: String

    public var description: String {
        "\"\(expression)\" is not an expression (numbers, REG.FIELD, + - * << and parentheses): \(reason) at character \(position + 1)"
    }
}
