// Categories on the y axis of lines, points, circles, squares, ticks and text (a bump chart of
// ranks, a Wilkinson dot plot). Vega-Lite puts a nominal or ordinal y of these marks on a point
// scale: one position per category, half a step of padding at either end (config.scale
// pointPadding 0.5), the first category at the top, no grid. Here each category becomes a
// number on a linear y axis — the last category 0, the first n - 1 — whose domain reaches half
// a step beyond both ends, ticked and labelled at the categories.

enum CategoryY {
    /// Marks that may stand on categories of y in a layered chart (bars and areas need a
    /// value axis; horizontal bars are BarChartCompiler's).
    static let marks: Set<MarkType> = [.line, .point, .circle, .square, .tick, .text]

    /// The categories of y over every layer, in the first layer's sort order (ascending by
    /// default, numbers as numbers; null first, as Vega sorts).
    static func categories(_ layers: [ResolvedLayer]) -> [String] {
        var seen = Set<String>(), found: [String] = [], null = false
        for layer in layers {
            guard let y = layer.y else { continue }
            for row in layer.table.rows {
                let text = row[y.column].categoryText
                if text == nil { null = true }
                if seen.insert(text ?? MissingCategory.name).inserted { found.append(text ?? MissingCategory.name) }
            }
        }
        guard let first = layers.first(where: { $0.y != nil })?.y else { return found }
        let ordered = BarModel.order(found, by: first.channel.sort, field: first, data: [], valueChannel: "x")
        return null ? MissingCategory.placed(ordered, by: first.channel.sort) : ordered
    }

    /// Each row's place on the axis: n - 1 for the first category down to 0 for the last.
    static func values(_ field: Field, in table: DataTable, categories: [String]) -> [Double?] {
        let n = categories.count
        let index = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0) })
        return table.rows.map { row in
            index[row[field.column].categoryText ?? MissingCategory.name].map { Double(n - 1 - $0) }
        }
    }

    /// The y axis: ticks at the categories, labelled with them, half a step of room at each end.
    static func axis(_ categories: [String]) -> ValueAxis {
        let n = Double(categories.count)
        var axis = ValueAxis(scale: LinearScale(domain: (-0.5, max(0.5, n - 0.5)), range: (0, 1)), step: 1, format: NumberFormat.label)
        axis.explicitValues = categories.indices.map(Double.init)
        axis.categories = categories
        return axis
    }
}
