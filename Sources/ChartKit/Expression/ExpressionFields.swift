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

// MARK: - Calls

extension ExpressionParser {
    mutating func call(_ token: ExprToken, _ name: String) throws(ExpressionError) -> ExprNode {
        guard let f = ExprFunction(rawValue: name) else {
            let names = ExprFunction.allCases.map(\.rawValue)
            throw ExpressionError(offset: token.offset, message: "unknown function \"\(Quote.short(name))\"\(Suggest.didYouMean(name, in: names))")
        }
        try enter(token)
        let args = try arguments(of: name, open: advance())
        leave()
        guard f.arity.contains(args.count) else {
            throw ExpressionError(offset: token.offset, message: "\(name) \(f.arityDescription), found \(args.count)")
        }
        return try build(f, args)
    }

    /// The arguments up to the closing ")", each with the token it starts at.
    private mutating func arguments(of name: String, open: ExprToken) throws(ExpressionError) -> [(node: ExprNode, start: ExprToken)] {
        var args: [(node: ExprNode, start: ExprToken)] = []
        if current.isSymbol(")") { advance(); return args }
        while true {
            let start = current
            args.append((try conditional(), start))
            if current.isSymbol(",") { advance(); continue }
            if current.isSymbol(")") { advance(); return args }
            if current.kind == .end {
                throw ExpressionError(offset: open.offset, message: "the \"(\" of \(name)(…) is never closed: add \")\"")
            }
            throw ExpressionError(offset: current.offset, message: "expected \",\" or \")\" in the arguments of \(name), found \(current.described)")
        }
    }

    private mutating func build(_ f: ExprFunction, _ args: [(node: ExprNode, start: ExprToken)]) throws(ExpressionError) -> ExprNode {
        if f == .if { return fold(.conditional(args[0].node, args[1].node, args[2].node)) }
        if f == .format, let spec = args[1].node.constantValue {
            return fold(.format(args[0].node, try literalFormat(spec, at: args[1].start)))
        }
        return fold(.call(f, args.map(\.node)))
    }

    /// A literal specifier is checked once, here, so a typo is an error at its place rather
    /// than a column of nulls.
    private func literalFormat(_ spec: ExprValue, at token: ExprToken) throws(ExpressionError) -> NumberFormat {
        guard case .string(let s) = spec else {
            throw ExpressionError(offset: token.offset, message: "the format must be a string such as \",.1f\" or \".0%\", found \(spec.kindName)")
        }
        guard let f = NumberFormat(s) else {
            throw ExpressionError(offset: token.offset, message: "\"\(Quote.short(s))\" is not a number format (a d3-format specifier such as \",.1f\", \".0%\" or \"~s\")")
        }
        return f
    }
}
