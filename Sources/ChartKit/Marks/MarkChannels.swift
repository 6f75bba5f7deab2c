import Foundation

// A layer's mark-property fields read row by row for the layered x/y chart: a symbol's size
// value, its shape category, a line's dash category (which splits it into series, as Vega-Lite
// groups a line by every discrete field), and each row's rank in the `order` field.

struct MarkChannels {
    /// Per row: the size field's number (nil: missing, and the symbol is left out as Vega-Lite's
    /// invalid-value filter leaves it out).
    var sizes: [Double?] = []
    var shapes: [String?] = []
    var dashes: [String?] = []
    var opacities: [Double?] = []
    /// Per row: its place in the order field's sort; empty without an order field.
    var orderRank: [Int] = []
    /// Per row: the colour of the value condition it meets (nil: the mark's own colour).
    var colors: [Color?] = []

    init?(_ layer: ResolvedLayer, log: DiagnosticLog) {
        let table = layer.table
        guard let won = ConditionColors.rows(layer.mark.colorConditions, in: table, log: log) else { return nil }
        colors = won.map { $0.flatMap { Color(parsing: layer.mark.colorConditions[$0].color.value) } }
        if let f = layer.size {
            guard case .success(let v) = table.numbers(column: f.column) else { return nil }
            sizes = v
        }
        if let f = layer.opacity {
            guard case .success(let v) = table.numbers(column: f.column) else { return nil }
            opacities = v
        }
        shapes = layer.shape.map { f in table.rows.map { $0[f.column].categoryText } } ?? []
        dashes = layer.strokeDash.map { f in table.rows.map { $0[f.column].categoryText } } ?? []
        if let f = layer.order { orderRank = MarkChannels.ranks(f, in: table) }
    }

    /// Whether row `i` lacks a value a drawn channel needs.
    func isMissing(_ i: Int) -> Bool {
        (!sizes.isEmpty && sizes[i] == nil) || (!opacities.isEmpty && opacities[i] == nil) || (!shapes.isEmpty && shapes[i] == nil) || (!dashes.isEmpty && dashes[i] == nil)
    }

    func size(_ i: Int) -> Double? { sizes.isEmpty ? nil : sizes[i] }
    func shape(_ i: Int) -> String? { shapes.isEmpty ? nil : shapes[i] }
    func dash(_ i: Int) -> String? { dashes.isEmpty ? nil : dashes[i] }
    func color(_ i: Int) -> Color? { colors.isEmpty ? nil : colors[i] }
    func opacity(_ i: Int) -> Double? { opacities.isEmpty ? nil : opacities[i] }

    /// Each row's rank by the order field: numbers and dates by value, text in natural order,
    /// ties in data order; `"sort": "descending"` reverses it. Missing values go last.
    static func ranks(_ f: Field, in table: DataTable) -> [Int] {
        let keys: [Double?]
        switch f.type {
        case .quantitative:
            keys = (try? table.numbers(column: f.column).get()) ?? []
        case .temporal:
            keys = table.rows.map { TemporalValue(cell: $0[f.column])?.days }
        case .nominal, .ordinal:
            let texts = table.rows.map { $0[f.column].categoryText }
            let sorted = Set(texts.compactMap { $0 }).sorted(by: CategoryOrder.ascending)
            let index = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, Double($0)) })
            keys = texts.map { $0.flatMap { index[$0] } }
        }
        guard keys.count == table.rowCount else { return Array(table.rows.indices) }
        let descending = f.channel.sort == .descending
        let order = table.rows.indices.sorted { a, b in
            switch (keys[a], keys[b]) {
            case let (x?, y?): return x != y ? (descending ? x > y : x < y) : a < b
            case (nil, nil): return a < b
            case (nil, _): return false
            case (_, nil): return true
            }
        }
        var rank = [Int](repeating: 0, count: table.rowCount)
        for (r, i) in order.enumerated() { rank[i] = r }
        return rank
    }

    /// Deals each series the dash pattern of its strokeDash value (Vega-Lite's dash range, in
    /// the field's sort).
    static func assignDashes(_ series: inout [Series], field: Field) {
        let domain = DiscretePalettes.domain(series.compactMap(\.dashName), field: field)
        let patterns = DiscretePalettes.assign(domain, DiscretePalettes.strokeDash)
        for i in series.indices { series[i].dash = series[i].dashName.flatMap { patterns[$0] }.map(DiscretePalettes.cairoDash) }
    }
}
