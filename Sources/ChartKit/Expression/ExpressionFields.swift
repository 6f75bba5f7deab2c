// `datum.name` and `datum['name']`: the only member access the language has. Each read gets a
// slot (one per distinct name) and a reference with its place in the source, for messages
// about unknown fields.

extension ExpressionParser {
    mutating func datum(_ token: ExprToken) throws(ExpressionError) -> ExprNode {
        if current.isSymbol(".") {
            advance()
            let name = advance()
            guard case .name(let field) = name.kind else {
                throw ExpressionError(offset: name.offset, message: "expected a field name after \"datum.\", found \(name.described) (a name with spaces is read as datum['gw share'])")
            }
            return reference(field, from: token, to: name)
        }
        if current.isSymbol("[") {
            let open = advance()
            let field = try bracketedName(advance())
            let end = current
            try close("]", opened: open)
            return reference(field, from: token, to: end)
        }
        throw ExpressionError(offset: token.offset, message: "datum is the whole row: read a field as datum.name or datum['name']")
    }

    /// The name inside `datum[…]`: a string, or a whole number as JavaScript writes it
    /// (datum[2023] reads the column "2023"). Names computed from values are not supported.
    private func bracketedName(_ key: ExprToken) throws(ExpressionError) -> String {
        switch key.kind {
        case .string(let s): return s
        case .number(let x) where x >= 0 && x == x.rounded() && x < 1e15: return ExprValue.plain(x)
        case .name(let n):
            throw ExpressionError(offset: key.offset, message: "write the field name in quotes: datum['\(Quote.short(n))'] (names computed from values are not supported)")
        default:
            throw ExpressionError(offset: key.offset, message: "expected a field name in quotes after \"datum[\", as in datum['gw share'], found \(key.described)")
        }
    }

    private mutating func reference(_ name: String, from start: ExprToken, to end: ExprToken) -> ExprNode {
        references.append(FieldReference(name: name, offset: start.offset, length: end.offset + end.length - start.offset))
        if let slot = slots[name] { return .field(slot) }
        slots[name] = fields.count
        fields.append(name)
        return .field(fields.count - 1)
    }
}
