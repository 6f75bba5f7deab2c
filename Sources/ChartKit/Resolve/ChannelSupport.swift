// Which charts draw the mark-property channels a field drives (size, shape, strokeDash, order),
// checked before a compiler runs so none is dropped unseen: the layered x/y chart draws them,
// each on the marks Vega-Lite gives it meaning on; anywhere else the channel is an error.

enum ChannelSupport {
    /// The marks each channel is drawn on here, and the words for an error.
    static var marks: [(key: String, path: KeyPath<ResolvedLayer, Field?>, on: Set<MarkType>, what: String)] { [
        ("size", \.size, [.point, .circle, .square], "a size from a field is drawn on point, circle and square marks so far"),
        ("shape", \.shape, [.point], "a shape from a field is drawn on point marks (Vega-Lite's circle and square marks keep their shape)"),
        ("strokeDash", \.strokeDash, [.line], "a dash pattern from a field is drawn on line marks so far"),
        ("order", \.order, [.line, .bar, .area], "an order field sets the order a line joins its points in and a stack piles its pieces in; on other marks it is not drawn yet"),
        ("opacity", \.opacity, [.point, .circle, .square, .bar, .tick, .rule, .text],
         "an opacity from a field is drawn on marks one per row (points, bars, ticks, rules, text); a line or area is one mark per series"),
    ] }

    static func check(_ chart: Chart) throws(ChartError) {
        let log = DiagnosticLog()
        let cartesian = !RegionChartCompiler.handles(chart) && !RectCompiler.handles(chart) && CartesianModel.handles(chart)
        for layer in chart.layers {
            for m in marks {
                guard let f = layer[keyPath: m.path] else { continue }
                if let g = f.channel.geojson {
                    // Geometry, not a symbol: the geoshape mark draws it (GeoshapeModel).
                    if layer.mark.type != .geoshape {
                        log.error(g.location, g.path, "\"geojson\" names the geometry a geoshape mark draws; this layer's mark is \(layer.mark.kindName)")
                    }
                    continue
                }
                // A trail's size is its width at each point; a trail is filled, so no dashes.
                let drawn = layer.mark.trail ? (m.on.contains(layer.mark.type) && m.key != "strokeDash") || m.key == "size" : m.on.contains(layer.mark.type)
                if !drawn {
                    log.error(f.channel.location, f.channel.path, "\(m.what); this layer's mark is \(layer.mark.kindName)")
                } else if !cartesian && !(m.key == "order" && layer.mark.type == .bar) {  // bar charts stack in order
                    log.error(f.channel.location, f.channel.path, "is drawn on charts with a shared x axis and a quantitative y so far")
                } else if (m.key == "size" || m.key == "opacity") && f.type != .quantitative {
                    log.error(f.channel.type?.location ?? f.channel.location, f.channel.path, "a \(m.key) field must be quantitative so far (\(m.key)s of categories are not drawn yet)")
                } else if m.key == "shape" || m.key == "strokeDash", !f.type.isDiscrete {
                    log.error(f.channel.type?.location ?? f.channel.location, f.channel.path, "must name categories (nominal or ordinal): Vega-Lite deals out one \(m.key == "shape" ? "shape" : "dash pattern") per value")
                }
            }
            if let shape = layer.shape, shape.channel.geojson == nil { checkShapeRange(shape, log: log) }
            for f in [layer.size, layer.opacity].compactMap({ $0 }) {
                if let scale = f.channel.scale { checkSizeScale(scale, path: "\(f.channel.path).scale", log: log) }
            }
            let fields = [layer.x, layer.y, layer.x2, layer.y2, layer.color, layer.xOffset, layer.yOffset, layer.detail,
                          layer.text, layer.region, layer.shape, layer.strokeDash, layer.order]
            for f in fields.compactMap({ $0 }) where SizeRange.given(f.channel.scale) {
                log.error(f.channel.scale?.location, "\(f.channel.path).scale", "a range of numbers (range, rangeMin, rangeMax) is applied to size scales so far")
            }
            for (key, given) in [("size", layer.mark.size != nil), ("shape", layer.mark.shape != nil)] where given && !cartesian {
                log.error(layer.mark.location, ObjectReader.join(layer.path, "encoding.\(key)"), "a constant \(key) on symbols and text is drawn on charts with a shared x axis and a quantitative y so far")
            }
            if let c = layer.mark.colorConditions.first {
                let path = String(c.color.path.dropLast(".value".count))
                if [.line, .area].contains(layer.mark.type) {
                    log.error(c.color.location, path, "colours each mark by its row; a \(layer.mark.type.rawValue) is one mark per series, so a condition is not drawn on it")
                } else if !cartesian && !(HorizontalLayers.handles(chart) && HorizontalLayers.marks.contains(layer.mark.type))
                            && !overCells(layer, in: chart) {
                    log.error(c.color.location, path, "is drawn on charts with a shared x axis and a quantitative y, on rules, and on the marks beside horizontal bars, so far")
                }
            }
        }
        LegendChecks.check(chart, log: log)
        AxisOrientCheck.check(chart, cartesian: cartesian, log: log)
        AxisZindexCheck.check(chart, cartesian: cartesian, log: log)
        ScaleReverse.check(chart, cartesian: cartesian, log: log)
        BandPosition.check(chart, log: log)
        try log.throwIfAny()
    }

    /// Text over a heatmap's cells takes colour conditions (CellText).
    static func overCells(_ layer: ResolvedLayer, in chart: Chart) -> Bool {
        guard RectCompiler.handles(chart), let rect = chart.layers.first(where: { $0.mark.type == .rect }) else { return false }
        return CellText.applies(layer, over: rect)
    }

    /// Panels (small multiples, concatenations) share Vega-Lite's size, shape and dash scales
    /// and one legend of each; a panel here draws its own, so these channels are refused there,
    /// except those in `own`: channels no other panel of the figure uses, whose shared scale
    /// is made of this panel's data alone (Vega-Lite's figure legend of vconcat_weather's
    /// sizes is the panel's own; here it is drawn with its panel).
    /// `valueColorsShared`: a facet's panels, whose quantitative colour is shared (FacetValueColors).
    static func checkPanel(_ layers: [ResolvedLayer], independentColor: Bool = false, own: Set<String> = [],
                           valueColorsShared: Bool = false, log: DiagnosticLog) {
        for layer in layers {
            for m in marks where m.key != "order" && !own.contains(m.key) {  // an order is the panel's own
                // A geoshape's geometry field has no scale or legend to share.
                guard let f = layer[keyPath: m.path], f.channel.geojson == nil else { continue }
                log.error(f.channel.location, f.channel.path, "in small multiples or concatenated panels is not drawn yet (Vega-Lite shares one \(m.key) scale and legend across the panels)")
            }
            if layer.mark.type == .geoshape, let c = layer.color, !independentColor, !valueColorsShared {
                // Each panel would scale its own rows' values and a gradient has no swatches
                // for the figure's one legend: refused rather than drawn with unequal colours.
                log.error(c.channel.location, c.channel.path, "colours maps in small multiples or concatenated panels, which is not drawn yet (Vega-Lite shares one colour scale and its gradient legend across the panels)")
            }
            if let legend = layer.color?.channel.legend, let o = legend.orient, o.isInside {
                log.error(legend.location, "\(legend.path).orient", "\"\(o.rawValue)\" (inside the plot) is drawn on single views so far; the figure's legend goes \"top\", \"bottom\" or \"right\"")
            }
            if let legend = layer.color?.channel.legend, legend.offset != nil {
                log.error(legend.location, "\(legend.path).offset", "is not applied to the legend of small multiples or concatenated panels yet")
            }
        }
    }

    /// For each panel, the channels (of `marks`) that it alone of the figure's panels uses.
    static func soleUsers(_ panels: [[ResolvedLayer]]) -> [Set<String>] {
        let used = panels.map { layers in Set(marks.filter { m in layers.contains { $0[keyPath: m.path] != nil } }.map(\.key)) }
        return used.enumerated().map { k, mine in
            mine.filter { key in !used.enumerated().contains { $0.offset != k && $0.element.contains(key) } }
        }
    }

    /// A size scale takes a domain of two numbers, zero, and a range of numbers; its other keys
    /// are colour-scale keys, or not applied yet.
    static func checkSizeScale(_ scale: ScaleSpec, path: String, log: DiagnosticLog) {
        if let d = scale.domain, SizeRange.numbers(d)?.count != 2 {
            log.error(scale.domainLocation, "\(path).domain", "must be two numbers [min, max] on a size or opacity scale")
        }
        if let r = scale.range, let first = r.first {
            log.error(first.location, "\(path).range", "must be numbers on a size or opacity scale, such as [10, 400] or [0.2, 1]")
        }
        let unused: [(String, Bool)] = [("type", scale.type.map { $0.value != "linear" } ?? false), ("scheme", scale.scheme != nil),
                                        ("domainMid", scale.domainMid != nil), ("nice", scale.nice != nil)]
        for (key, given) in unused where given {
            log.error(scale.location, "\(path).\(key)", "is not applied to size and opacity scales yet (they are linear from the data's extent)")
        }
    }

    /// A shape scale's `range` lists Vega's shape names.
    static func checkShapeRange(_ f: Field, log: DiagnosticLog) {
        let names = SymbolShape.allCases.map(\.rawValue)
        for item in f.channel.scale?.range ?? [] where SymbolShape(rawValue: item.value) == nil {
            log.error(item.location, item.path, "\"\(Quote.short(item.value))\" is not a shape (available: \(ObjectReader.quoted(names)))")
        }
    }
}
