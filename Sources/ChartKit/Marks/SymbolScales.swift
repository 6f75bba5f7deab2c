// The scales a layered chart's symbols share across layers (Vega-Lite's default `resolve` for
// size and shape is shared): one size scale over every size value, one shape per category of
// the shape fields, in the first shape field's sort or its scale's domain and range.

struct SymbolScales {
    var size: SizeScale?
    var sizeField: Field?
    /// The size scale gives widths (a trail's), not areas: its legend shows strokes.
    var sizeIsWidth = false
    var shapes: [String: SymbolShape] = [:]
    /// The shape categories in scale order (the shape legend's entries).
    var shapeDomain: [String] = []
    var shapeField: Field?

    init(_ model: CartesianModel) {
        let sized = model.layers.filter { $0.layer.size != nil }
        if let first = sized.first {
            let values = sized.flatMap { l in l.series.flatMap { $0.points.compactMap(\.size) } }
            let scale = first.layer.size!.channel.scale
            // A trail's size is a width: Vega-Lite's range is minStrokeWidth..maxStrokeWidth (1..4).
            sizeIsWidth = first.layer.mark.trail
            size = SizeScale(values: values, zero: scale?.zero ?? true, range: SizeRange.of(scale, defaults: sizeIsWidth ? (1, 4) : SizeScale.symbolRange))
            if let d = scale?.domain.flatMap(SizeRange.numbers), d.count == 2 { size!.domain = (d[0], d[1]) }
            sizeField = first.layer.size
        }
        let shaped = model.layers.filter { $0.layer.shape != nil }
        if let field = shaped.first?.layer.shape {
            let values = shaped.flatMap { l in l.series.flatMap { $0.points.compactMap(\.shape) } }
            shapeDomain = DiscretePalettes.domain(values, field: field)
            let given = (field.channel.scale?.range ?? []).compactMap { SymbolShape(rawValue: $0.value) }
            shapes = DiscretePalettes.assign(shapeDomain, given.isEmpty ? SymbolShape.palette : given)
            shapeField = field
        }
    }

    /// The side of a point's symbol (its bounding square; a circle's diameter): from the size
    /// scale when the layer has a size field, else `standard`.
    func side(_ p: SeriesPoint, standard: Double) -> Double {
        guard let v = p.size, let size else { return standard }
        return size.diameter(v)
    }
}
