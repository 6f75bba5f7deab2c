// Object literals, as Vega's gallery uses them for a lookup table written inline:
//   {"calculate": "{'cattle': '🐄', 'pigs': '🐖'}[datum.animal]", "as": "emoji"}
// This engine's values are single values, so an object is read only where it is indexed at
// once (`{…}[key]` or `{…}.name`), and its values must be constants; a key the object lacks
// gives undefined in JavaScript, null here.

extension ExpressionParser {
    /// After "{": the object's entries, then the "[key]" or ".name" that looks into it.
    mutating func objectLookup(_ open: ExprToken) throws(ExpressionError) -> ExprNode {
        try enter(open)
        let object = try objectEntries(open)
        leave()
        if current.isSymbol(".") {
            advance()
            let name = advance()
            guard case .name(let key) = name.kind else {
                throw ExpressionError(offset: name.offset, message: "expected a key name after \".\", found \(name.described)")
            }
            return .constant(object[key] ?? .null)
        }
        guard current.isSymbol("[") else {
            throw ExpressionError(offset: current.offset, message: "an object such as {'a': 1} is read only when looked into at once, as in {'a': 1}[datum.key]")
        }
        let bracket = advance()
        try enter(bracket)
        let key = try conditional()
        try close("]", opened: bracket)
        leave()
        return fold(.lookup(key, in: object))
    }

    /// `key: constant` pairs up to the closing "}"; a later duplicate key wins, as in JavaScript.
    private mutating func objectEntries(_ open: ExprToken) throws(ExpressionError) -> [String: ExprValue] {
        var object: [String: ExprValue] = [:]
        while !current.isSymbol("}") {
            let key = try objectKey(advance())
            guard current.isSymbol(":") else {
                throw ExpressionError(offset: current.offset, message: "expected \":\" after the key \"\(Quote.short(key))\", found \(current.described)")
            }
            advance()
            let start = current
            guard let value = try conditional().constantValue else {
                throw ExpressionError(offset: start.offset, message: "an object's values must be constants (numbers, strings), not fields")
            }
            object[key] = value
            if current.isSymbol(",") { advance(); continue }
            break
        }
        try close("}", opened: open)
        return object
    }

    private func objectKey(_ token: ExprToken) throws(ExpressionError) -> String {
        switch token.kind {
        case .string(let s), .name(let s): return s
        case .number(let x): return ExprValue.plain(x)
        default:
            throw ExpressionError(offset: token.offset, message: "expected a key (a name or a quoted string) in the object, found \(token.described)")
        }
    }

    /// JavaScript's `object[key]`: the key as a string (numbers as they print), null when absent.
    static func member(_ key: ExprValue, of object: [String: ExprValue]) -> ExprValue {
        guard let name = key.stringValue else { return object["null"] ?? .null }
        return object[name] ?? .null
    }
}
