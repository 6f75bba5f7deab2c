// Legends of the mark-property channels, as Vega-Lite draws them: a size legend (symbols of
// growing area at round values of the size scale, labelled), a shape legend (one symbol per
// category) and a strokeDash legend (one dashed line per category). Built from scales, not
// from a chart kind, so maps with proportional circles can use them too.

enum SymbolLegend {
    /// A size legend: the scale's round values (about five, Vega's default), each drawn at its
    /// area. `filled`: the marks' paint (a point mark is outlined).
    static func size(_ scale: SizeScale, title: String?, format: NumberFormat?, values: [Double]? = nil, shape: SymbolShape = .circle,
                     color: Color, filled: Bool, orient: LegendOrient) -> LegendBlock {
        let items = (values ?? scale.legendValues()).map { v in
            LegendItem(label: (format ?? NumberFormat.labelFormat(for: v)).string(v), color: color,
                       swatch: .symbol(shape, side: scale.diameter(v), filled: filled))
        }
        return LegendBlock(title: title, items: items, orient: orient)
    }

    /// A trail's size legend: round values of the scale, each a stroke of its width.
    static func widths(_ scale: SizeScale, title: String?, format: NumberFormat?, values: [Double]? = nil, color: Color,
                       orient: LegendOrient) -> LegendBlock {
        let items = (values ?? scale.legendValues()).map { v in
            LegendItem(label: (format ?? NumberFormat.labelFormat(for: v)).string(v), color: color, swatch: .stroke(width: scale.area(v)))
        }
        return LegendBlock(title: title, items: items, orient: orient)
    }

    /// An opacity legend: round values of the scale, each a symbol at its alpha.
    static func opacity(_ scale: LinearScale, title: String?, format: NumberFormat?, values: [Double]? = nil, shape: SymbolShape,
                        side: Double, color: Color, orient: LegendOrient) -> LegendBlock {
        let items = (values ?? scale.ticks(count: 5)).map { v in
            LegendItem(label: (format ?? NumberFormat.labelFormat(for: v)).string(v), color: color.withAlpha(max(0, min(1, scale(v)))),
                       swatch: .symbol(shape, side: side, filled: true))
        }
        return LegendBlock(title: title, items: items, orient: orient)
    }

    /// A shape legend: each category with its shape, at the style's swatch size.
    static func shapes(_ domain: [String], _ shapes: [String: SymbolShape], title: String?, side: Double,
                       color: Color, filled: Bool, orient: LegendOrient) -> LegendBlock {
        let items = domain.map { LegendItem(label: $0, color: color, swatch: .symbol(shapes[$0] ?? .circle, side: side, filled: filled)) }
        return LegendBlock(title: title, items: items, orient: orient)
    }

    /// A strokeDash legend: each category with its dash pattern.
    static func dashes(_ domain: [String], _ dashes: [String: [Double]], title: String?, color: Color, orient: LegendOrient) -> LegendBlock {
        let items = domain.map { LegendItem(label: $0, color: color, swatch: .dashed(dashes[$0] ?? [])) }
        return LegendBlock(title: title, items: items, orient: orient)
    }

    /// The number format of a channel's legend labels: the legend's, else the channel's.
    static func format(_ channel: ChannelSpec) -> NumberFormat? {
        channel.legendFormat.flatMap(NumberFormat.init)
    }

    /// Where a channel's legend goes: its own `orient`, else the style's.
    static func orient(_ field: Field, style: Style) -> LegendOrient {
        field.channel.legend?.orient ?? style.legend.orient
    }
}
