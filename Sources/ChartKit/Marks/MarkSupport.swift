// Which of Vega-Lite's mark properties each drawer here draws. A property the spec sets (or its
// config gives) on a mark whose drawer does not draw it is an error naming it: never dropped.

enum MarkSupport {
    /// Properties every drawer of a mark kind takes, by the chart kind that draws the layer.
    static func drawn(_ type: MarkType, layered: Bool) -> Set<String> {
        let offsets: Set<String> = ["xOffset", "yOffset"]
        return own(type, layered: layered).union([.rect, .region, .geoshape].contains(type) ? [] : offsets)
            .union(type == .bar || (type == .rule && !layered) ? ["x2Offset"] : [])
            .union(type == .bar ? ["y2Offset"] : [])
    }

    private static func own(_ type: MarkType, layered: Bool) -> Set<String> {
        let symbol: Set<String> = ["fill", "stroke", "size", "angle", "shape"]
        let text: Set<String> = ["align", "baseline", "angle", "font", "fontSize", "fontStyle", "fontWeight", "text", "fill", "size"]
        switch type {
        case .line: return layered ? ["interpolate", "tension", "stroke", "strokeOpacity", "size", "clip", "point", "orient"] : []
        case .area: return layered ? ["interpolate", "tension", "fillOpacity", "clip", "line", "point", "orient", "fill", "stroke", "strokeOpacity"] : []
        case .point, .circle, .square: return symbol.union(layered ? ["clip"] : [])
        case .text: return text.union(layered ? ["clip"] : [])
        case .bar: return ["clip", "size", "binSpacing", "fill", "stroke", "strokeOpacity", "cornerRadius", "cornerRadiusEnd", "cornerRadiusTopLeft", "cornerRadiusTopRight",
                           "cornerRadiusBottomLeft", "cornerRadiusBottomRight"]
        case .tick: return Set(["thickness", "size"]).union(layered ? ["clip"] : [])
        case .rule: return layered ? ["clip"] : []
        // Rects of a layered chart (spans and bands) are drawn as bars are.
        case .rect: return layered ? ["clip", "fill", "stroke", "strokeOpacity", "binSpacing", "cornerRadius"] : []
        case .region: return []
        case .geoshape: return ["fill", "stroke"]
        }
    }

    /// Names each property of the chart's layers that their drawer does not draw (`plain`:
    /// a drawer that takes none of them).
    static func validate(_ chart: Chart, layered: Bool, plain: Bool = false, log: DiagnosticLog) {
        for layer in chart.layers {
            let mark = layer.mark
            let drawn = plain ? [] : drawn(mark.type, layered: layered).union(pixelPositions(layer, chart))
                .union(layered && CartesianModel.bandRule(layer) ? ["x2Offset"] : [])
            for key in mark.props.givenKeys where !drawn.contains(key) && MarkProperties.kinds[key]?.contains(mark.type) == true
                && !(key == "orient" && mark.type == .bar) {
                log.error(mark.location, "\(mark.path).\(key)", "is not drawn on a \(mark.type.rawValue) mark in this kind of chart yet")
            }
            // Expressions per row are drawn on the text of layered charts (TextAndRuleMarks)
            // and of horizontal ones (HorizontalLayers).
            if !((layered || HorizontalLayers.handles(chart)) && mark.type == .text) {
                for e in mark.props.rowExpressions {
                    log.error(e.source.location, "\(mark.path).\(e.key)", "is an expression, which a \(mark.type.rawValue) mark in this kind of chart does not evaluate yet; give a constant")
                }
            }
            if mark.type == .area, mark.props.interpolate == .linearClosed {
                log.error(mark.location, "\(mark.path).interpolate", "\"linear-closed\" closes a line; an area's edges are not drawn closed here")
            }
            if mark.type == .bar, let o = mark.props.orient, let drawn = barDirection(layer), o.value != drawn {
                log.error(o.location, o.path, "\"\(o.value)\" does not match the fields: these bars run \(drawn) (bars grow along the quantitative axis)")
            }
            if let o = mark.props.orient, o.value != "vertical", mark.type == .line || mark.type == .area {
                log.error(o.location, o.path, "\"\(o.value)\" (\(mark.type.rawValue)s along the y axis) is not drawn yet; lines and areas here run along x")
            }
        }
    }
}

extension MarkSupport {
    /// Constant pixel positions drawn so far: the x of a text layer without an x channel on
    /// the bands of a horizontal chart (a label at the left of each bar).
    static func pixelPositions(_ layer: ResolvedLayer, _ chart: Chart) -> Set<String> {
        if PixelText.isPixelText(layer) && CartesianModel.handles(chart) && chart.layers.contains(where: { !PixelText.isPixelText($0) }) {
            return ["x", "y"]  // written over a layered chart (PixelText)
        }
        if PixelText.isAlongX(layer) && CartesianModel.handles(chart) && chart.layers.contains(where: { !PixelText.isPlaced($0) }) {
            return ["y", "xOffset", "yOffset"]  // at each row's x, a pixel height (PixelText)
        }
        return layer.mark.type == .text && layer.x == nil && HorizontalLayers.handles(chart) ? ["x"] : []
    }

    /// The way bars are drawn here: "vertical" when they grow along a quantitative y from
    /// categories (or bins) on x, "horizontal" the other way round.
    static func barDirection(_ layer: ResolvedLayer) -> String? {
        guard let x = layer.x, let y = layer.y else { return nil }
        if y.type == .quantitative && (x.type != .quantitative || layer.x2 != nil) { return "vertical" }
        if x.type == .quantitative && y.type != .quantitative { return "horizontal" }
        return nil
    }
}

extension MarkProperties {
    /// The Vega-Lite keys this mark (or its config) set.
    var givenKeys: [String] {
        let given: [(String, Bool)] = [
            ("interpolate", interpolate != nil), ("tension", tension != nil), ("align", align != nil), ("baseline", baseline != nil),
            ("angle", angle != nil), ("font", font != nil), ("fontSize", fontSize != nil), ("fontStyle", italic != nil),
            ("fontWeight", fontWeight != nil), ("stroke", stroke != nil), ("fill", fill != nil), ("strokeOpacity", strokeOpacity != nil),
            ("fillOpacity", fillOpacity != nil), ("size", size != nil), ("xOffset", xOffset != nil), ("yOffset", yOffset != nil),
            ("x2Offset", x2Offset != nil), ("y2Offset", y2Offset != nil), ("clip", clip == true),
            ("cornerRadius", cornerRadius != nil), ("cornerRadiusEnd", cornerRadiusEnd != nil),
            ("cornerRadiusTopLeft", cornerRadiusTopLeft != nil), ("cornerRadiusTopRight", cornerRadiusTopRight != nil),
            ("cornerRadiusBottomLeft", cornerRadiusBottomLeft != nil), ("cornerRadiusBottomRight", cornerRadiusBottomRight != nil),
            ("thickness", thickness != nil), ("point", pointOverlay != nil), ("line", lineOverlay != nil), ("orient", orient != nil),
            ("text", text != nil), ("binSpacing", binSpacing != nil), ("shape", shape != nil), ("x", x != nil), ("y", y != nil),
        ]
        return given.filter(\.1).map(\.0)
    }
}
