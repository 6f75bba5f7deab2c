// The legend of a layered chart: one entry per colour series (detail series share their
// colour's entry), or one per layer when layers are told apart by colour alone; text and rule
// layers without a colour field read as annotations and have none.

enum CartesianLegend {
    static func make(_ model: CartesianModel, style: Style) -> LegendBlock? {
        var items: [LegendItem] = []
        var legendSpec: LegendSpec?
        let listed = model.layers.filter { l in !((l.mark == .text || l.mark == .rule) && l.layer.color == nil) }
        for l in listed where !(l.mark == .line && l.layer.mark.endLabels) {
            let swatch = self.swatch(l)
            if l.layer.color != nil {
                legendSpec = legendSpec ?? l.layer.color?.channel.legend
                var named = Set<String>()
                var layerItems = l.series.filter { named.insert($0.name ?? "").inserted }
                    .map { LegendItem(label: $0.name ?? "", color: $0.color, swatch: swatch) }
                let orient = l.layer.color?.channel.legend?.orient ?? style.legend.orient
                // A vertical legend lists a stack top first, as it reads on the chart.
                if l.stack != nil && orient == .right { layerItems.reverse() }
                items += layerItems
            } else if listed.count > 1 {
                items.append(LegendItem(label: l.label, color: l.series.first?.color ?? style.bar.color, swatch: swatch))
            }
        }
        guard !items.isEmpty && !(legendSpec?.hidden ?? false) else { return nil }
        var title: String? = nil
        if let t = legendSpec?.title {
            title = t
        } else if let c = model.layers.first(where: { $0.layer.color != nil })?.layer.color, let t = c.channel.title {
            title = t
        }
        return LegendBlock(title: title, items: items, orient: legendSpec?.orient ?? style.legend.orient)
    }

    /// Strokes show as a line, Vega-Lite's outlined point as a ring, filled symbols as a dot,
    /// bars and areas as a square.
    static func swatch(_ l: LayerModel) -> LegendItem.Swatch {
        if [.line, .tick, .rule].contains(l.mark) { return .line(dash: l.layer.mark.strokeDash) }
        if l.mark == .point && !(l.layer.mark.filled ?? false) { return .ring }
        return l.mark == .point || l.mark == .circle ? .point : .square
    }
}
