// Function calls: the name is checked against the catalogue (with a did-you-mean), the argument
// count against its arity, and a literal format specifier parsed once — all before any row is read.

extension ExpressionParser {
    mutating func call(_ token: ExprToken, _ name: String) throws(ExpressionError) -> ExprNode {
        guard let f = ExprFunction(rawValue: name) else {
            let names = ExprFunction.allCases.filter { $0 != .index }.map(\.rawValue)
            throw ExpressionError(offset: token.offset, message: "unknown function \"\(Quote.short(name))\"\(Suggest.didYouMean(name, in: names))")
        }
        try enter(token)
        if f == .indexof, let list = try listArgument(of: name) {
            leave()
            return fold(.position(list.value, in: list.items))
        }
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
        if f == .random {
            randomCalls += 1
            return .random(randomCalls - 1)
        }
        if f == .format, let spec = args[1].node.constantValue {
            return fold(.format(args[0].node, try literalFormat(spec, at: args[1].start)))
        }
        if f == .timeFormat, case .string(let s)? = args[1].node.constantValue {
            // A literal specifier is checked here: a time of day or a typo is named at once.
            do { _ = try TimeFormat(s) } catch {
                throw ExpressionError(offset: args[1].start.offset, message: "\"\(Quote.short(s))\" \(error.message)")
            }
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
