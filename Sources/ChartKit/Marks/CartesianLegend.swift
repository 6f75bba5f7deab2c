// The legend of a layered chart: one entry per colour series (detail series share their
// colour's entry), or one per layer when layers are told apart by colour alone; text and rule
// layers without a colour field read as annotations and have none.

enum CartesianLegend {
    static func make(_ model: CartesianModel, style: Style) -> LegendBlock? {
        var items: [LegendItem] = []
        var legendSpec: LegendSpec?
        var listed = model.layers.filter { l in !((l.mark == .text || l.mark == .rule) && l.layer.color == nil) }
        // Beside layers coloured by a field or a datum (Vega-Lite's colour scale), a layer
        // without a colour is not in the scale, so not in the legend; layers are named in it
        // only when none has a colour scale (this project's legend of layers).
        if model.layers.contains(where: { $0.layer.color != nil }) { listed.removeAll { $0.layer.color == nil } }
        // Layers named alike (one y title shared by all) cannot be told apart by a legend of
        // layers: it is left out, as Vega-Lite draws none.
        let names = listed.filter { $0.layer.color == nil }.map(\.label)
        if Set(names).count < names.count { listed.removeAll { $0.layer.color == nil } }
        for l in listed where !(l.mark == .line && l.layer.mark.endLabels) {
            let swatch = self.swatch(l)
            if l.layer.color != nil {
                legendSpec = legendSpec ?? l.layer.color?.channel.legend
                var named = Set<String>()
                // The colour domain's order, as Vega-Lite lists it; stacks pile so that it reads
                // as the stack does (StackOrder).
                items += l.series.filter { named.insert($0.name ?? "").inserted }
                    .map { LegendItem(label: $0.name ?? "", color: $0.color, swatch: swatch) }
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
        return LegendBlock(title: title, items: items, orient: legendSpec?.orient ?? style.legend.orient, offset: legendSpec?.offset,
                           clipHeight: legendSpec?.clipHeight)
    }

    /// Strokes show as a line, Vega-Lite's outlined point as a ring, filled symbols as a dot,
    /// bars and areas as a square.
    static func swatch(_ l: LayerModel) -> LegendItem.Swatch {
        if [.line, .tick, .rule].contains(l.mark) { return .line(dash: l.layer.mark.strokeDash) }
        // Vega's legend symbols are 100 px², a side of 10.
        if let shape = l.layer.mark.shape { return .symbol(shape, side: 10, filled: l.layer.mark.filled ?? false) }
        if l.mark == .point && !(l.layer.mark.filled ?? false) { return .ring }
        return l.mark == .point || l.mark == .circle ? .point : .square
    }
}

extension CartesianLegend {
    /// Every legend of a layered chart: the colour legend, its swatches in the shape or dash
    /// of the same field (Vega-Lite merges the legends of one field), then legends of their
    /// own for a strokeDash, shape and size field.
    static func all(_ model: CartesianModel, symbols: SymbolScales, style: Style) -> [LegendBlock] {
        var legends: [LegendBlock] = []
        let colorField = model.layers.lazy.compactMap(\.layer.color).first
        let dashed = model.layers.first { $0.layer.strokeDash != nil }
        let dashes = dashPatterns(model)
        let sameField = { (f: Field?) in f != nil && f?.name == colorField?.name }
        let marks = model.layers.first { $0.layer.shape != nil || $0.layer.size != nil }
        let filled = marks.map { $0.layer.mark.filled ?? ($0.mark != .point) } ?? true
        // Symbols and dashes in a legend of their own take the marks' colour when one colour
        // draws them all, else a neutral one.
        let plain = colorField == nil ? (model.layers.first?.series.first?.color ?? style.bar.color) : style.legend.label.color
        if var colour = make(model, style: style) {
            if sameField(symbols.shapeField) {
                colour.items = colour.items.map { item in
                    var item = item
                    item.swatch = .symbol(symbols.shapes[item.label] ?? .circle, side: style.legend.swatchSize, filled: filled)
                    return item
                }
            } else if let d = dashed, sameField(d.layer.strokeDash) {
                colour.items = colour.items.map { item in
                    var item = item
                    item.swatch = .dashed(dashes.patterns[item.label] ?? [])
                    return item
                }
            }
            legends.append(colour)
        }
        if let d = dashed, let f = d.layer.strokeDash, !sameField(f), f.channel.legend?.hidden != true {
            legends.append(SymbolLegend.dashes(dashes.domain, dashes.patterns, title: f.title, color: plain, orient: SymbolLegend.orient(f, style: style)).offset(f))
        }
        if let f = symbols.shapeField, !sameField(f), f.channel.legend?.hidden != true {
            legends.append(SymbolLegend.shapes(symbols.shapeDomain, symbols.shapes, title: f.title, side: style.legend.swatchSize,
                                               color: plain, filled: filled, orient: SymbolLegend.orient(f, style: style)).offset(f))
        }
        if let scale = symbols.size, let f = symbols.sizeField, f.channel.legend?.hidden != true {
            let format = SymbolLegend.format(f.channel)
            let shape: SymbolShape = marks?.mark == .square ? .square : .circle
            let color = colorField == nil ? (marks?.series.first?.color ?? plain) : plain
            let orient = SymbolLegend.orient(f, style: style)
            legends.append(symbols.sizeIsWidth
                ? SymbolLegend.widths(scale, title: f.title, format: format, values: f.channel.legend?.values, color: color, orient: orient).offset(f)
                : SymbolLegend.size(scale, title: f.title, format: format, values: f.channel.legend?.values, shape: shape, color: color, filled: filled,
                                    orient: orient).offset(f))
        }
        if let scale = model.opacityScale, let f = model.opacityField, f.channel.legend?.hidden != true {
            let l = model.layers.first { $0.layer.opacity != nil }
            let shape: SymbolShape = [.bar, .square].contains(l?.mark) ? .square : .circle
            let color = colorField == nil ? (l?.series.first?.color.withAlpha(1) ?? plain) : plain
            legends.append(SymbolLegend.opacity(scale, title: f.title, format: SymbolLegend.format(f.channel), values: f.channel.legend?.values,
                                                shape: shape, side: style.legend.swatchSize, color: color, orient: SymbolLegend.orient(f, style: style)).offset(f))
        }
        return legends
    }

    /// The strokeDash field's values in scale order and the pattern each series was dealt.
    static func dashPatterns(_ model: CartesianModel) -> (domain: [String], patterns: [String: [Double]]) {
        guard let field = model.layers.lazy.compactMap(\.layer.strokeDash).first else { return ([], [:]) }
        var patterns: [String: [Double]] = [:]
        for l in model.layers { for s in l.series { if let n = s.dashName, let d = s.dash { patterns[n] = d } } }
        return (DiscretePalettes.domain(Array(patterns.keys).sorted(), field: field), patterns)
    }
}

extension LegendBlock {
    /// The block with the `offset` and `clipHeight` its field's legend asks for.
    func offset(_ f: Field) -> LegendBlock {
        var block = self
        block.offset = f.channel.legend?.offset
        block.clipHeight = f.channel.legend?.clipHeight
        return block
    }
}
