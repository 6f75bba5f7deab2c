// A safe subset of Vega's expression language (the `calculate` and `filter` transforms use it):
// parsed once into a tree, checked for unknown names and functions before any row is read, then
// evaluated per row. No JavaScript engine and no reflection: the language is exactly what the
// parser knows, and every input — however long or deeply nested — ends in a value or an error.

public struct Expression: Sendable {
    /// Characters in one expression. A calculation is a line or a few; beyond this it is data
    /// pasted in by mistake, and the bound keeps parsing time negligible.
    public static let maximumLength = 10_000
    /// Levels of parentheses, operators, ternaries and calls inside one another. Parsing and
    /// evaluation recurse once per level, so this bounds the stack they use.
    public static let maximumDepth = 64

    public let source: String
    let root: ExprNode
    /// Distinct field names, indexed by the slots the tree reads.
    let fieldSlots: [String]
    let references: [FieldReference]

    public static func parse(_ source: String) throws(ExpressionError) -> Expression {
        try checkLength(source)
        var parser = ExpressionParser(tokens: try ExpressionLexer.tokens(source))
        let root = try parser.parseAll()
        return Expression(source: source, root: root, fieldSlots: parser.fields, references: parser.references)
    }

    /// A label expression that may be a list of lines (`[timeFormat(…), cond ? '2006' : '']`,
    /// Vega's multi-line label): the lines joined by newlines, a null line empty. Anything
    /// else parses as `parse` does.
    public static func parseLines(_ source: String) throws(ExpressionError) -> Expression {
        try checkLength(source)
        var parser = ExpressionParser(tokens: try ExpressionLexer.tokens(source))
        let root = try parser.parseLines()
        return Expression(source: source, root: root, fieldSlots: parser.fields, references: parser.references)
    }

    /// Counts Characters only as far as the limit, so a megabyte of "(" is refused at once.
    private static func checkLength(_ source: String) throws(ExpressionError) {
        guard source.utf8.count > maximumLength else { return }
        var count = 0
        for _ in source {
            count += 1
            if count > maximumLength {
                throw ExpressionError(offset: maximumLength, message: "the expression is longer than the \(maximumLength) characters allowed")
            }
        }
    }

    /// Every field the expression reads (`datum.gw`, `datum['gw share']`), in order of
    /// appearance, each occurrence with where it is written: offset and length in Characters of
    /// the whole `datum…` reference.
    public var fieldReferences: [(name: String, offset: Int, length: Int)] {
        references.map { ($0.name, $0.offset, $0.length) }
    }

    /// The distinct field names, in order of first appearance.
    public var fields: [String] { fieldSlots }

    /// Evaluates against one row; `field` returns the row's value of a column. `random()`
    /// draws as for row `index` with `seed` (SeededRandom).
    public func evaluate(index: Int = 0, seed: UInt64 = 0, _ field: (String) -> ExprValue) -> ExprValue {
        ExpressionEvaluator.evaluate(root) { slot in
            slot < 0 ? .number(SeededRandom.value(seed: seed, row: index, site: -1 - slot)) : field(fieldSlots[slot])
        }
    }

    /// The expression with each field resolved to a column index once, for loops over many
    /// rows; nil when `columnIndex` does not know one of the fields. `seed` makes the draws of
    /// `random()` (SeededRandom).
    public func bind(seed: UInt64 = 0, _ columnIndex: (String) -> Int?) -> BoundExpression? {
        var columns: [Int] = []
        columns.reserveCapacity(fieldSlots.count)
        for name in fieldSlots {
            guard let c = columnIndex(name) else { return nil }
            columns.append(c)
        }
        return BoundExpression(root: root, columns: columns, seed: seed)
    }
}

/// An expression whose fields are column indexes: evaluating a row reads cells by position,
/// with no name lookups.
public struct BoundExpression: Sendable {
    let root: ExprNode
    /// Column index of each field slot.
    let columns: [Int]

    let seed: UInt64

    /// A row shorter than a bound column reads that field as null rather than trapping.
    /// `index`, the row's number in its table, is what `random()` draws for.
    public func evaluate<Row: RandomAccessCollection>(row: Row, index: Int = 0) -> ExprValue where Row.Element == DataValue, Row.Index == Int {
        ExpressionEvaluator.evaluate(root) { slot in
            if slot < 0 { return .number(SeededRandom.value(seed: seed, row: index, site: -1 - slot)) }
            let c = columns[slot]
            return c < row.count ? ExprValue(row[c]) : .null
        }
    }
}
