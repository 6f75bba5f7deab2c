// Mark properties given as expressions (`"dy": {"expr": "datum.amount >= 0 ? -4 : 4"}`), as
// Vega-Lite passes them to Vega: evaluated for each datum the mark draws. Here each becomes a
// `calculate` of a hidden column, run after the layer's other transforms (on the rows the mark
// draws, aggregated or not), and the drawer reads the row's value. Drawn so far: dx, dy,
// baseline and align of text in a layered chart; elsewhere, and for other properties, they are named.

public struct MarkRowExpression: Sendable {
    public var key: String
    public var source: Located<String>

    /// The hidden column holding the property's value of each row.
    var column: String { "__mark_\(key)" }

    static let textKeys: Set<String> = ["dx", "dy", "baseline", "align"]

    /// The expressions of a mark object: text's drawn keys are kept, every other expression
    /// (or `signal`) is named. Returns the object without them.
    static func split(_ r: ObjectReader, type: MarkType?) -> (ObjectReader, [MarkRowExpression]) {
        guard let members = r.node.members else { return (r, []) }
        var kept: [MarkRowExpression] = []
        let plain = members.filter { m in
            guard m.value["expr"] != nil || m.value["signal"] != nil else { return true }
            if type == .text, textKeys.contains(m.key), case .string(let s)? = m.value["expr"]?.value, m.value.members?.count == 1 {
                kept.append(MarkRowExpression(key: m.key, source: Located(s, at: m.value.location, path: "\(r.childPath(m.key)).expr")))
            } else {
                r.log.error(m.value.location, r.childPath(m.key), "is an expression, which mark properties here do not evaluate yet (dx, dy, baseline and align of text are); give a constant")
            }
            return false
        }
        guard plain.count < members.count else { return (r, []) }
        // The keys were checked on the whole object: the reader of the rest repeats no message.
        let rest = ObjectReader(JSONNode(.object(plain), at: r.node.location), path: r.path, log: r.log, keys: plain.map(\.key)) ?? r
        return (rest, kept)
    }

    /// The calculations that write the hidden columns.
    static func transforms(_ mark: MarkSpec) -> [TransformSpec] {
        mark.props.rowExpressions.map { e in
            TransformSpec(kind: .calculate(e.source, as: Located(e.column, at: e.source.location, path: e.source.path)),
                          location: e.source.location, path: e.source.path)
        }
    }
}

extension MarkSpec {
    /// The mark as it draws row `row` of `table`: its expressions' values in place of its
    /// constants (a value of the wrong kind keeps the constant).
    func atRow(_ row: Int, in table: DataTable) -> MarkSpec {
        guard !props.rowExpressions.isEmpty, row < table.rows.count else { return self }
        var m = self
        for e in props.rowExpressions {
            guard let c = table.columnIndex(e.column) else { continue }
            let v = table.rows[row][c]
            switch (e.key, v) {
            case ("dx", .number(let n)): m.dx = n
            case ("dy", .number(let n)): m.dy = n
            case ("baseline", .text(let s)): m.props.baseline = TextBaseline(rawValue: s) ?? m.props.baseline
            case ("align", .text(let s)): m.props.align = TextAlign(rawValue: s) ?? m.props.align
            default: break
            }
        }
        return m
    }
}
