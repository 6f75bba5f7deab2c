// Concatenated panels share their colour scale, as in Vega-Lite (a concatenation keeps x and y
// independent and shares every other channel): one domain, the union of every panel's
// colour values in the colour field's order (ascending unless its `sort` says otherwise), so a
// value has one colour in every panel, and one legend for the figure.

enum ConcatColours {
    static func share(_ panels: inout [Chart]) {
        var names: [String] = [], seen = Set<String>()
        var first: Field?
        for panel in panels {
            for layer in panel.layers {
                guard let color = sharable(layer) else { continue }
                first = first ?? color
                for row in layer.table.rows {
                    if let s = row[color.column].categoryText, seen.insert(s).inserted { names.append(s) }
                }
            }
        }
        guard let first, !names.isEmpty else { return }
        let domain = BarModel.order(names, by: first.channel.sort, field: first, data: [], valueChannel: "")
            .map { JSONNode(.string($0), at: first.channel.location) }
        for p in panels.indices {
            for l in panels[p].layers.indices {
                guard var color = sharable(panels[p].layers[l]) else { continue }
                var scale = color.channel.scale ?? ScaleSpec()
                scale.domain = domain
                color.channel.scale = scale
                var legend = color.channel.legend ?? LegendSpec()
                legend.hidden = true
                color.channel.legend = legend
                panels[p].layers[l].color = color
            }
        }
    }

    /// A colour field of categories with no domain of its own.
    private static func sharable(_ layer: ResolvedLayer) -> Field? {
        guard let color = layer.color, color.type != .quantitative, color.channel.scale?.domain == nil,
              color.channel.legend?.hidden != true else { return nil }
        return color
    }
}
