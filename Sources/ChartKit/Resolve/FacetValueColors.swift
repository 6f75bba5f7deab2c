// Small multiples coloured by a number (a province map per year, a heatmap per region):
// Vega-Lite's facets share one colour scale, so a value has one colour in every panel, and the
// figure draws one legend for it. Each panel here scales its own rows, so the colour field is
// given the domain of every panel's values (unless the spec writes one) and its legend is
// left to the figure, which draws the gradient or classes once (FacetCompiler). Without this,
// each panel's darkest colour was its own largest value, under no legend: wrong without a word.

enum FacetValueColors {
    /// Shares each quantitative colour scale across the panels (layer by layer).
    static func share(_ panels: inout [Chart], log: DiagnosticLog) {
        guard let first = panels.first else { return }
        for i in first.layers.indices {
            guard let field = first.layers[i].color, field.type == .quantitative, field.channel.scale?.disabled != true else { continue }
            if let t = field.channel.scale?.type, t.value == "quantile" {
                // Quantiles are of the rows: one panel's are not the figure's.
                log.error(t.location, t.path, "\"quantile\" colours small multiples from each panel's own rows, which is not drawn yet; use \"quantize\" or a \"threshold\" domain")
                continue
            }
            var lo = Double.infinity, hi = -Double.infinity
            for p in panels where i < p.layers.count {
                guard let c = p.layers[i].color, case .success(let values) = p.layers[i].table.numbers(column: c.column) else { continue }
                for v in values { if let v, v.isFinite { lo = min(lo, v); hi = max(hi, v) } }
            }
            for p in panels.indices where i < panels[p].layers.count {
                guard var c = panels[p].layers[i].color else { continue }
                var scale = c.channel.scale ?? ScaleSpec()
                if scale.domain == nil && lo <= hi {
                    scale.domain = [lo, hi].map { JSONNode(.number($0), at: c.channel.location) }
                    scale.domainLocation = c.channel.location
                }
                c.channel.scale = scale
                var legend = c.channel.legend ?? LegendSpec()
                // (Hidden already when the panels were cut, for the figure to draw: still so.)
                legend.drawnByFigure = legend.drawnByFigure || !legend.hidden
                legend.hidden = true
                c.channel.legend = legend
                panels[p].layers[i].color = c
            }
        }
    }

    /// The figure's legend of its panels' shared quantitative colour, and where it goes; nil
    /// when there is none to draw.
    static func legend(_ figure: Chart) -> (MapLegend, LegendOrient)? {
        guard let panel = figure.panels.first,
              let i = panel.layers.firstIndex(where: { $0.color?.type == .quantitative && $0.color?.channel.legend?.drawnByFigure == true }),
              var field = panel.layers[i].color else { return nil }
        field.channel.legend?.hidden = false
        var layer = panel.layers[i]
        layer.color = field
        let style = panel.style
        let log = DiagnosticLog()
        if layer.mark.type == .region {
            var shown = panel
            shown.layers[i] = layer
            guard let model = RegionModel.build(shown, layer: layer, log: log), let content = model.legend else { return nil }
            // "No data" once for the figure when a region has none in any panel.
            let missing = figure.panels.contains { p in
                guard let m = RegionModel.build(p, layer: p.layers[i], log: DiagnosticLog()) else { return false }
                return m.map.features.indices.contains { m.fill($0, noDataColor: style.region.noDataColor).noData }
            }
            let noData = missing ? model.noDataLabel.map { LegendItem(label: $0, color: style.region.noDataColor) } : nil
            let legend = MapLegend(content: content, title: model.legendTitle, noData: noData, style: style,
                                   gradientLength: field.channel.legend?.gradientLength)
            return (legend, field.channel.legend?.orient ?? style.legend.orient)
        }
        return ValueColors.build(layer, style: style, log: log)?.mapLegend(style: style)
    }
}
