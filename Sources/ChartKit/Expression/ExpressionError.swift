// A problem in an expression's text, at a Character offset into it. The offset (not a line and
// column) is what the parser knows; the caller, who knows where the expression sits in a spec,
// turns it into "1:14: …" with position(in:).

public struct ExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 0-based offset in Characters into the source where the problem is.
    public var offset: Int
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    /// 1-based line and column of `offset`, counting Characters as an editor shows them.
    public func position(in source: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for (i, c) in source.enumerated() {
            if i >= offset { break }
            if c.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// "line:column: message".
    public func formatted(in source: String) -> String {
        let (line, column) = position(in: source)
        return "\(line):\(column): \(message)"
    }

    public var description: String { "offset \(offset): \(message)" }
}
