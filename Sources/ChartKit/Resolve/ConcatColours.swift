// Concatenated panels share their colour scale, as in Vega-Lite (a concatenation keeps x and y
// independent and shares every other channel): one domain, the union of every panel's
// colour values in the colour field's order (ascending unless its `sort` says otherwise), so a
// value has one colour in every panel, and one legend for the figure.

enum ConcatColours {
    static func share(_ panels: inout [Chart]) {
        var names: [String] = [], seen = Set<String>()
        var first: Field?
        // One scale, one range: the first panel's colours serve them all (Vega-Lite merges the
        // panels' scales, a range written once included).
        var range: [Located<String>]?
        for panel in panels {
            for layer in panel.layers {
                guard let color = sharable(layer) else { continue }
                first = first ?? color
                range = range ?? color.channel.scale?.range
                color.collectValues(in: layer.table, into: &names, seen: &seen)
            }
        }
        guard let first, !names.isEmpty else { return }
        let domain = BarModel.order(names, by: first.channel.sort, field: first, data: [], valueChannel: "")
        for p in panels.indices {
            for l in panels[p].layers.indices {
                guard var color = sharable(panels[p].layers[l]) else { continue }
                if let range, color.channel.scale?.range == nil {
                    var scale = color.channel.scale ?? ScaleSpec()
                    scale.range = range
                    color.channel.scale = scale
                }
                panels[p].layers[l].color = color.sharingColours(domain: domain)
            }
        }
    }

    /// A colour field of categories with no domain of its own (a hidden legend shares its
    /// scale too: `"legend": null` hides the legend, not the scale).
    private static func sharable(_ layer: ResolvedLayer) -> Field? {
        guard let color = layer.color, color.type != .quantitative, color.channel.scale?.domain == nil,
              color.channel.scale?.disabled != true else { return nil }
        return color
    }
}

// What a figure of panels does to a colour field, whether it shares by facet or by concatenation.
extension Field {
    /// The field's values in `table` not yet in `names`, appended in order of first appearance.
    func collectValues(in table: DataTable, into names: inout [String], seen: inout Set<String>) {
        for row in table.rows {
            if let s = row[column].categoryText, seen.insert(s).inserted { names.append(s) }
        }
    }

    /// The field drawn over `domain` (when given) with its legend left to the figure.
    func sharingColours(domain: [String]?) -> Field {
        var color = self
        if let domain {
            var scale = color.channel.scale ?? ScaleSpec()
            scale.domain = domain.map { JSONNode(.string($0), at: color.channel.location) }
            color.channel.scale = scale
        }
        var legend = color.channel.legend ?? LegendSpec()
        legend.drawnByFigure = !legend.hidden
        legend.hidden = true
        color.channel.legend = legend
        return color
    }
}
