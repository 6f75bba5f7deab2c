// The symbol of a point, circle or square mark, or of a line's or area's point overlay, on any
// chart. Vega-Lite draws a point as an outline and a circle or square filled (`filled`
// overrides); `fill` and `stroke` set either part's colour, `strokeWidth` the outline's width
// and `size` the symbol's area in square pixels. With no stroke given, a filled symbol is
// ringed with the background so it stands off a line under it. A square has its circle's area.

struct SymbolPaint {
    var filled: Bool
    var fill: Color?
    var stroke: Color?
    var strokeWidth: Double?
    /// Area in square pixels (Vega-Lite's size).
    var size: Double?
    var square: Bool

    /// A point, circle or square mark's own paint (a line's dots: filled).
    static func of(_ mark: MarkSpec) -> SymbolPaint {
        let p = mark.props
        return SymbolPaint(filled: mark.filled ?? (mark.type != .point), fill: p.fill, stroke: p.stroke,
                           strokeWidth: [.point, .circle, .square].contains(mark.type) ? mark.strokeWidth : nil,
                           size: [.point, .circle, .square].contains(mark.type) ? p.size : nil,
                           square: mark.type == .square || (mark.type == .point && p.shape == "square"))
    }

    /// The point overlay of a line or area: a filled point unless it says otherwise (Vega-Lite's
    /// PathOverlayNormalizer).
    static func overlay(_ o: PointOverlay) -> SymbolPaint {
        SymbolPaint(filled: o.filled ?? true, fill: o.fill, stroke: o.stroke, strokeWidth: o.strokeWidth, size: o.size, square: false)
    }

    /// The radius: from the size when given, else `fallback` (the style's).
    func radius(_ fallback: Double) -> Double {
        guard let size else { return fallback }
        return square ? (size.squareRoot() / 2) / 0.886 : (size / .pi).squareRoot()
    }

    /// The symbol's fill and outline in `color` (which carries the mark's opacity; a colour
    /// given outright takes it too).
    func paint(_ color: Color, style: Style) -> (fill: Color?, stroke: Stroke) {
        let alpha = color.a
        func faded(_ c: Color) -> Color { c.withAlpha(c.a * alpha) }
        let fillColor: Color? = filled ? (fill.map(faded) ?? color) : fill.map(faded)
        let ring: Stroke
        if let stroke {
            ring = Stroke(color: faded(stroke), width: strokeWidth ?? (filled ? 1 : 2))
        } else {
            ring = filled ? Stroke(color: style.haloColor, width: strokeWidth ?? 1) : Stroke(color: color, width: strokeWidth ?? 2)
        }
        return (fillColor, ring)
    }

    func node(at c: Point, color: Color, radius fallback: Double, style: Style, role: Role) -> SceneNode {
        let radius = self.radius(fallback)
        let (fillColor, ring) = paint(color, style: style)
        if square {
            let half = radius * 0.886
            return .rect(Rect(x: c.x - half, y: c.y - half, width: 2 * half, height: 2 * half), fill: fillColor, stroke: ring, role: role)
        }
        return .circle(center: c, radius: radius, fill: fillColor, stroke: ring, role: role)
    }

    /// A symbol of a given shape and side (Vega's geometry: a size or shape channel), in this paint.
    func shapedNode(_ shape: SymbolShape, at c: Point, side: Double, color: Color, style: Style, role: Role) -> SceneNode {
        let (fillColor, ring) = paint(color, style: style)
        return shape.node(at: c, side: side, fill: fillColor, stroke: ring, role: role)
    }
}

/// The symbol of a point, circle or square mark, or a line's dot, in its mark's paint.
func symbol(_ mark: MarkSpec, at c: Point, color: Color, radius: Double, style: Style, role: Role) -> SceneNode {
    SymbolPaint.of(mark).node(at: c, color: color, radius: radius, style: style, role: role)
}
