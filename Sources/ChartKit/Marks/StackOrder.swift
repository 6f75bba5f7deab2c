import Foundation

// The order a stack piles its pieces in, as Vega-Lite's stack transform sorts them
// (vega-lite src/compile/data/stack.ts): by the `order` field when there is one (ascending,
// unless its "sort" says descending); else, for a nominal colour whose scale has a written
// `domain`, by each value's place in it (unit.ts alignStackOrderWithColorDomain); otherwise
// by the values of the fields that split the stack (colour, then detail). Both descending on a
// vertical stack and ascending on a horizontal one. So with the default (ascending) colour
// domain or a written one, the legend's first entry is the top of a column and the left end of
// a horizontal bar: the legend reads as the stack does. A colour `sort` changes the legend and
// the colours, not the stack order (Vega-Lite's rule): give an `order` field to choose it.

enum StackOrder {
    /// Each row's place in its stack: lower places pile first, from the baseline.
    static func ranks(_ layer: ResolvedLayer, vertical: Bool) -> [Int] {
        if let order = layer.order { return MarkChannels.ranks(order, in: layer.table) }
        let table = layer.table
        let rows = Array(0..<table.rowCount)
        let sorted: [Int]
        if let color = layer.color, let place = writtenDomain(layer) {
            let key = rows.map { place(table[$0, color.column]) }
            sorted = rows.sorted { key[$0] != key[$1] ? (vertical ? key[$0] > key[$1] : key[$0] < key[$1]) : $0 < $1 }
        } else {
            // The fields that split the stack, sorted as the stack transform sorts (Vega's
            // comparator, stable).
            let fields = [layer.color, layer.detail].compactMap { $0 }.map { ($0.column, vertical) }
            sorted = WindowTransform.ordered(rows, table, by: fields)
        }
        var rank = [Int](repeating: 0, count: rows.count)
        for (place, row) in sorted.enumerated() { rank[row] = place }
        return rank
    }

    /// A value's place in the colour scale's written domain (-1 when absent, as indexof
    /// says), for a nominal colour field; nil when no domain was written (a panel's shared
    /// domain is the resolver's, not the author's).
    private static func writtenDomain(_ layer: ResolvedLayer) -> ((DataValue) -> Int)? {
        guard let color = layer.color, color.type == .nominal, let scale = color.channel.scale,
              scale.domainLocation != nil, let domain = scale.domain else { return nil }
        var place: [String: Int] = [:]
        for (i, node) in domain.enumerated() {
            let text: String?
            switch node.value {
            case .string(let s): text = s
            case .number(let x): text = DataValue.number(x).categoryText
            default: text = nil
            }
            if let text, place[text] == nil { place[text] = i }
        }
        return { value in value.categoryText.flatMap { place[$0] } ?? -1 }
    }
}

extension StackOrder {
    /// A warning when a stack piles its series in another order than its legend lists them
    /// (a colour `sort` or `domain` orders the legend, not the stack), with the `order` field
    /// that makes them agree; nil when they agree or an order field was given. `legend` is
    /// the series in legend order.
    static func legendMismatch(_ layer: ResolvedLayer, rank: [Int], legend: [String], along: Field?, vertical: Bool) -> String? {
        guard layer.order == nil, let color = layer.color, legend.count > 1, piles(layer, color: color, along: along) else { return nil }
        var first: [String: Int] = [:]
        for row in 0..<layer.table.rowCount {
            guard let name = layer.table[row, color.column].categoryText else { continue }
            first[name] = min(first[name] ?? .max, rank[row])
        }
        // From the baseline out; a column's legend reads from its top down.
        let piled = legend.filter { first[$0] != nil }.sorted { first[$0]! < first[$1]! }
        let reading = vertical ? Array(piled.reversed()) : piled
        guard reading != legend.filter({ first[$0] != nil }) else { return nil }
        let list = legend.map { "'\($0.replacingOccurrences(of: "'", with: "\\'"))'" }.joined(separator: ", ")
        let field = color.name.contains(where: { !($0.isLetter || $0.isNumber || $0 == "_") }) ? "datum['\(color.name)']" : "datum.\(color.name)"
        return "\(color.channel.path): the stacks pile by the colour field's values (Vega-Lite's rule: \(vertical ? "descending" : "ascending") from the baseline), "
            + "so they do not read in the legend's order (\(legend.joined(separator: ", "))); to pile them as the legend lists them, add "
            + "{\"calculate\": \"indexof([\(list)], \(field))\", \"as\": \"stack order\"} to the transforms and \"order\": {\"field\": \"stack order\", \"type\": \"quantitative\"}\(vertical ? ", \"sort\": \"descending\"" : "") to the encoding"
    }

    /// An order field on a bar or area layer that does not stack: it would order nothing here.
    static func unappliedOrder(_ layer: ResolvedLayer) -> String? {
        guard let order = layer.order, layer.mark.type != .line else { return nil }
        let why = layer.mark.type == .bar ? "these bars do not stack, so it is not applied (bars are drawn in data order)"
            : "this \(layer.mark.type.rawValue) layer does not stack, so it is not applied"
        return "\(order.channel.path) orders the pieces of a stack; \(why)"
    }

    /// Whether some stack has pieces of two series (else no order can be seen): rows grouped
    /// by the field the stacks stand on.
    private static func piles(_ layer: ResolvedLayer, color: Field, along: Field?) -> Bool {
        guard let along else { return true }
        let t = layer.table
        var seriesAt: [String: String] = [:]
        for row in 0..<t.rowCount {
            guard let at = t[row, along.column].categoryText, let series = t[row, color.column].categoryText else { continue }
            if let other = seriesAt[at], other != series { return true }
            seriesAt[at] = series
        }
        return false
    }
}
