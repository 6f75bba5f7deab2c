// indexof, Vega's two forms: `indexof(text, part)` (where a part first starts in a text, -1 when
// nowhere) and `indexof([a, b, …], value)` (a value's place in a list). Lists are written only
// as literals of constants there — the idiom for a custom stack order,
// `{"calculate": "indexof(['Coal', 'Oil'], datum.source)", "as": "rank"}` with an `order` field
// — because this engine's values are single values; a list anywhere else is an error.

extension ExpressionParser {
    /// After `indexof`'s name: when its "(" is followed by "[", the list and the value
    /// (consuming up to the call's ")"); nil (nothing consumed) for the text form.
    mutating func listArgument(of name: String) throws(ExpressionError) -> (items: [ExprValue], value: ExprNode)? {
        guard current.isSymbol("("), next.isSymbol("[") else { return nil }
        let open = advance()
        let bracket = advance()
        var items: [ExprValue] = []
        if !current.isSymbol("]") {
            while true {
                let start = current
                guard let v = try conditional().constantValue else {
                    throw ExpressionError(offset: start.offset, message: "a list in indexof([…], value) holds constants (numbers, strings), not fields")
                }
                items.append(v)
                if current.isSymbol(",") { advance(); continue }
                break
            }
        }
        try close("]", opened: bracket)
        guard current.isSymbol(",") else {
            throw ExpressionError(offset: current.offset, message: "\(name)([…], value) takes the value to find after the list")
        }
        advance()
        let value = try conditional()
        try close(")", opened: open)
        return (items, value)
    }

    /// The first place of `value` in `list` (strict equality, as JavaScript's indexOf), or -1.
    static func position(of value: ExprValue, in list: [ExprValue]) -> ExprValue {
        .number(Double(list.firstIndex(of: value) ?? -1))
    }
}

extension ExprFunction {
    /// Where `part` first starts in `text`, in characters (as substring counts), or -1.
    static func indexOf(_ text: ExprValue, _ part: ExprValue) -> ExprValue {
        guard let s = text.stringValue, let p = part.stringValue else { return .null }
        guard let r = s.range(of: p) else { return .number(-1) }
        return .number(Double(s.distance(from: s.startIndex, to: r.lowerBound)))
    }
}
