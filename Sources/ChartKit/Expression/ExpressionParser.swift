// Recursive descent over the tokens: `? :` on top, the binary operators by precedence climbing
// (loosest first), then unary operators and primaries. Every level of nesting — a parenthesis,
// an operator's right operand, a unary operator, a ternary, a call — counts towards
// Expression.maximumDepth, so neither parsing nor evaluating can run out of stack.

struct ExpressionParser {
    private let tokens: [ExprToken]
    private var index = 0
    private var depth = 0
    // Not private: the reading of datum.… (ExpressionFields.swift) records into these.
    /// Field names by slot, each once.
    var fields: [String] = []
    var slots: [String: Int] = [:]
    /// Every field read, in order of appearance.
    var references: [FieldReference] = []
    /// How many `random()` calls have been read: each gets its own draw.
    var randomCalls = 0

    init(tokens: [ExprToken]) { self.tokens = tokens }

    mutating func parseAll() throws(ExpressionError) -> ExprNode {
        if current.kind == .end { throw ExpressionError(offset: 0, message: "the expression is empty") }
        let node = try conditional()
        guard current.kind == .end else {
            throw ExpressionError(offset: current.offset, message: "expected an operator or the end of the expression, found \(current.described)")
        }
        return node
    }

    /// `[a, b, …]` as the whole expression: each item a line of text, joined by newlines.
    mutating func parseLines() throws(ExpressionError) -> ExprNode {
        guard current.isSymbol("[") else { return try parseAll() }
        let bracket = advance()
        var links: [ExprLink] = []
        while !current.isSymbol("]") {
            let item = try conditional()
            let text = ExprNode.conditional(.call(.isValid, [item]), item, .constant(.string("")))
            if !links.isEmpty { links.append(ExprLink(op: .add, operand: .constant(.string("\n")))) }
            links.append(ExprLink(op: .add, operand: text))
            guard current.isSymbol(",") else { break }
            advance()
        }
        try close("]", opened: bracket)
        guard current.kind == .end else {
            throw ExpressionError(offset: current.offset, message: "a list of label lines ends the expression; found \(current.described) after it")
        }
        return .chain(.constant(.string("")), links)
    }

    // MARK: Tokens and depth

    var current: ExprToken { tokens[index] }
    /// The token after `current` (the end token stays the last).
    var next: ExprToken { tokens[min(index + 1, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> ExprToken {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    mutating func enter(_ token: ExprToken) throws(ExpressionError) {
        depth += 1
        guard depth <= Expression.maximumDepth else {
            throw ExpressionError(offset: token.offset, message: "the expression nests more than \(Expression.maximumDepth) levels deep (parentheses, operators, calls)")
        }
    }

    mutating func leave() { depth -= 1 }

    // MARK: Operators

    mutating func conditional() throws(ExpressionError) -> ExprNode {
        let test = try binary(.or)
        guard current.isSymbol("?") else { return test }
        let question = advance()
        try enter(question)
        let yes = try conditional()
        guard current.isSymbol(":") else {
            throw ExpressionError(offset: current.offset, message: "expected the \":\" that goes with the \"?\", found \(current.described)")
        }
        advance()
        let no = try conditional()
        leave()
        return fold(.conditional(test, yes, no))
    }

    private var currentLevel: OperatorLevel? {
        if case .symbol(let s) = current.kind { return OperatorLevel.of(s) }
        return nil
    }

    /// Operands joined by operators of `minimum` or tighter precedence.
    private mutating func binary(_ minimum: OperatorLevel) throws(ExpressionError) -> ExprNode {
        var node = try unary()
        while let level = currentLevel, level.rawValue >= minimum.rawValue {
            node = try operands(of: level, first: node)
        }
        return node
    }

    /// A run of operators of one level after `first`: `first + b - c`, as one chain node.
    private mutating func operands(of level: OperatorLevel, first: ExprNode) throws(ExpressionError) -> ExprNode {
        var rest: [(op: String, node: ExprNode)] = []
        while currentLevel == level {
            let op = advance()
            try enter(op)
            let operand: ExprNode
            if let tighter = level.tighter { operand = try binary(tighter) } else { operand = try unary() }
            leave()
            if case .symbol(let s) = op.kind { rest.append((s, operand)) }
        }
        switch level {
        case .or: return fold(.or([first] + rest.map(\.node)))
        case .and: return fold(.and([first] + rest.map(\.node)))
        default: return fold(.chain(first, rest.map { ExprLink(op: BinaryOperator(rawValue: $0.op)!, operand: $0.node) }))
        }
    }

    private mutating func unary() throws(ExpressionError) -> ExprNode {
        guard case .symbol(let s) = current.kind, let op = UnaryOperator(rawValue: s) else { return try postfix() }
        try enter(advance())
        let operand = try unary()
        leave()
        return fold(.unary(op, operand))
    }

    /// A value may be indexed (`datum.name[0]`, its first character); nothing else may follow
    /// it but an operator: member access and calls belong to datum and to function names,
    /// which `primary` reads whole.
    private mutating func postfix() throws(ExpressionError) -> ExprNode {
        var node = try primary()
        while current.isSymbol("[") {
            let open = advance()
            try enter(open)
            let index = try conditional()
            try close("]", opened: open)
            leave()
            node = fold(.call(.index, [node, index]))
        }
        if current.isSymbol(".") {
            throw ExpressionError(offset: current.offset, message: "\(current.described) reads fields of datum only, as in datum.name or datum['name']")
        }
        if current.isSymbol("(") {
            throw ExpressionError(offset: current.offset, message: "only functions can be called, as in round(x)")
        }
        return node
    }

    /// A node whose operands are all constants, evaluated now rather than on every row.
    func fold(_ node: ExprNode) -> ExprNode {
        guard let children = node.children, children.allSatisfy({ $0.constantValue != nil }) else { return node }
        return .constant(ExpressionEvaluator.evaluate(node) { _ in .null })
    }
}

// MARK: - Values

extension ExpressionParser {
    static let constants: [String: ExprValue] = ["true": .bool(true), "false": .bool(false), "null": .null,
                                                 "NaN": .number(.nan), "Infinity": .number(.infinity),
                                                 "PI": .number(.pi), "E": .number(2.718281828459045)]

    private mutating func primary() throws(ExpressionError) -> ExprNode {
        let token = advance()
        switch token.kind {
        case .number(let x): return .constant(.number(x))
        case .string(let s): return .constant(.string(s))
        case .name(let name): return try named(token, name)
        case .symbol("("): return try parenthesized(token)
        case .symbol("{"): return try objectLookup(token)
        case .symbol("["):
            throw ExpressionError(offset: token.offset, message: "a list such as ['a', 'b'] is read only as the first argument of indexof([…], value)")
        case .end: throw ExpressionError(offset: token.offset, message: "the expression ends where a value is expected")
        case .symbol: throw ExpressionError(offset: token.offset, message: "expected a value, found \(token.described)")
        }
    }

    private mutating func parenthesized(_ open: ExprToken) throws(ExpressionError) -> ExprNode {
        try enter(open)
        let inner = try conditional()
        try close(")", opened: open)
        leave()
        return inner
    }

    /// Consumes `symbol`, or names the opener that is never closed (at the end) or what stands
    /// where the closer should.
    mutating func close(_ symbol: String, opened open: ExprToken) throws(ExpressionError) {
        if current.isSymbol(symbol) { advance(); return }
        if current.kind == .end {
            throw ExpressionError(offset: open.offset, message: "this \(open.described) is never closed: add \"\(symbol)\"")
        }
        throw ExpressionError(offset: current.offset, message: "expected \"\(symbol)\" here, found \(current.described)")
    }

    private mutating func named(_ token: ExprToken, _ name: String) throws(ExpressionError) -> ExprNode {
        if current.isSymbol("(") { return try call(token, name) }
        if let v = ExpressionParser.constants[name] { return .constant(v) }
        if name == "datum" { return try datum(token) }
        if ExprFunction(rawValue: name) != nil {
            throw ExpressionError(offset: token.offset, message: "\(name) is a function: call it as \(name)(…)")
        }
        let known = Array(ExpressionParser.constants.keys) + ["datum"]
        throw ExpressionError(offset: token.offset, message: "unknown name \"\(Quote.short(name))\": fields are read as datum.\(Quote.short(name))\(Suggest.didYouMean(name, in: known))")
    }
}
