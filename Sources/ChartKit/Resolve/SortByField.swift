// Vega-Lite's sort of categories by an aggregate of another field, settled from the data
// into an explicit order. As Vega-Lite compiles it (the scale domain's sort), the aggregate
// runs over the rows after the spec's transforms and before the channel's own aggregate:
//   "y": {"field": "student", "sort": {"field": "score", "op": "average", "order": "descending"}}
//   → the students by their average score, highest first.
// Without "op", Vega-Lite takes "min" ("sum" for the categories of a stack). Categories with
// equal values keep the order they first appear in; those with no value come last.

enum SortByField {
    /// The categories of `column` ordered by `sort` over `table`'s rows.
    static func order(categoriesOf column: Int, in table: DataTable, by sort: SortField, defaultOp: String) throws(ChartError) -> [String] {
        guard let sortColumn = table.columnIndex(sort.field.value) else {
            throw ChartError(Diagnostic(at: sort.field.location, path: sort.field.path,
                                        "\"\(Quote.short(sort.field.value))\" is not a column of \(table.label) (columns: \(table.columns.joined(separator: ", ")))\(Suggest.didYouMean(sort.field.value, in: table.columns))"))
        }
        var categories: [String] = []
        var rowsOf: [String: [Int]] = [:]
        for (i, row) in table.rows.enumerated() {
            guard let c = row[column].categoryText else { continue }
            if rowsOf[c] == nil { categories.append(c) }
            rowsOf[c, default: []].append(i)
        }
        let op = sort.op ?? defaultOp
        let reduce = try AggregateOps.reducer(op, at: Located(op, at: sort.field.location, path: sort.field.path))
        var keyed: [(index: Int, name: String, value: Double?)] = []
        for (i, c) in categories.enumerated() {
            let rows = rowsOf[c]!
            let v = try reduce(rows.map { table[$0, sortColumn] }, sort.field, table, rows, c)
            if case .number(let n) = v { keyed.append((i, c, n)) } else { keyed.append((i, c, nil)) }
        }
        return keyed.sorted { a, b in
            switch (a.value, b.value) {
            case let (x?, y?) where x != y: return sort.descending ? x > y : x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.index < b.index
            }
        }.map(\.name)
    }

    /// Every channel of `layer` sorted by a field, settled into an explicit order read from
    /// `source` (the layer's rows before its channels' aggregates).
    /// A sort by another channel ("-x") becomes a sort by that channel's field and aggregate,
    /// as Vega-Lite compiles it, when `written` (the layer as the spec wrote it) names them.
    static func settle(_ layer: inout ResolvedLayer, written: EncodingSpec, source: DataTable, log: DiagnosticLog) {
        let channels: [WritableKeyPath<ResolvedLayer, Field?>] = [\.x, \.y, \.color, \.xOffset, \.yOffset, \.detail, \.shape, \.strokeDash, \.size, \.opacity]
        for key in channels {
            guard var f = layer[keyPath: key], let sort = sortField(f.channel.sort, written: written) else { continue }
            // A binned or time-unit field is named as the data has it only after the layer's own transforms.
            let table = source.columnIndex(f.name) != nil ? source : layer.table
            guard let column = table.columnIndex(f.name) else { continue }
            do throws(ChartError) {
                f.channel.sort = .explicit(try order(categoriesOf: column, in: table, by: sort, defaultOp: defaultOp(layer)))
                layer[keyPath: key] = f
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        }
    }

    /// The sort as a field and an op: a sort by a field as written; a sort by a channel that
    /// shows a field of the data as is or through a plain aggregate, by that field and op.
    /// Others (a count, a bin, a time unit, argmax) keep their sort by the drawn values.
    static func sortField(_ sort: SortSpec?, written: EncodingSpec) -> SortField? {
        switch sort {
        case .byField(let s)?: return s
        case .byChannel(let name, let descending)?:
            guard let by = written[channel: name], let field = by.field, by.aggregateArgument == nil,
                  by.bin == nil, by.timeUnit == nil, by.aggregate?.value != "count" else { return nil }
            return SortField(field: field, op: by.aggregate?.value, descending: descending)
        default: return nil
        }
    }

    /// Vega-Lite's op when the sort names none: the sum of a stack's parts, else the minimum.
    static func defaultOp(_ layer: ResolvedLayer) -> String {
        let stackable = layer.mark.type == .bar || layer.mark.type == .area
        return stackable && (layer.color != nil || layer.detail != nil) ? "sum" : "min"
    }
}
