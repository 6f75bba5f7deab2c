import Foundation

// Callouts: words at an offset from a data position ("+12.8% vs 2020" beside 2022's bar), with
// an optional leader line ending in an arrowhead at the position. The offset is the spec's
// `dx`/`dy` in chart units, as Vega-Lite's text marks take them; the words anchor away from
// their target, so a positive dx starts the text there and a negative one ends it there,
// unless the text mark gives its own align and baseline.

enum Callout {
    /// Draws a callout pointing at `target` and returns its words, to be added over the marks.
    static func draw(_ spec: CalloutSpec, at target: Point, color: Color?, style: Style, plot: Rect, obstacles: inout RectIndex,
                     builder b: SceneBuilder, path: String, warnings: inout [String]) -> TextRun {
        var ls = style.rule.label
        if let color { ls.color = color }
        let h: HorizontalAnchor = spec.align ?? (spec.dx > 0 ? .start : (spec.dx < 0 ? .end : .middle))
        let v: VerticalAnchor = spec.baseline ?? (spec.dy < 0 ? .bottom : (spec.dy > 0 ? .top : .middle))
        var run = b.text(spec.text, ls, at: Point(target.x + spec.dx, target.y + spec.dy), h: h, v: v)
        run.halo = style.haloColor
        if spec.arrow {
            for node in leader(from: run.bounds, to: target, color: ls.color, width: style.rule.width) { b.add(node) }
        }
        if !plot.insetBy(-2).contains(run.bounds) {
            warnings.append("\(path).text \"\(Quote.short(spec.text))\" reaches outside the plot; change dx or dy")
        } else if obstacles.intersectsAny(run.bounds) {
            warnings.append("\(path).text \"\(Quote.short(spec.text))\" overlaps a mark or another label; change dx or dy")
        }
        obstacles.insert(run.bounds)
        return run
    }

    /// A line from the edge of the words' box towards the target, stopping short of it, and
    /// an arrowhead at its end. Nothing when the target lies inside the box.
    static func leader(from box: Rect, to target: Point, color: Color, width: Double) -> [SceneNode] {
        let start = Point(min(max(target.x, box.minX), box.maxX), min(max(target.y, box.minY), box.maxY))
        let dx = target.x - start.x, dy = target.y - start.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 8 else { return [] }
        let (ux, uy) = (dx / length, dy / length)
        let tip = Point(target.x - ux * 3, target.y - uy * 3)  // a gap before the mark it points at
        let head = 6.0, spread = 3.0
        let base = Point(tip.x - ux * head, tip.y - uy * head)
        let line: [PathCommand] = [.move(Point(start.x + ux * 2, start.y + uy * 2)), .line(base)]
        let arrow: [PathCommand] = [.move(tip), .line(Point(base.x - uy * spread, base.y + ux * spread)),
                                    .line(Point(base.x + uy * spread, base.y - ux * spread)), .close]
        return [.path(line, fill: nil, stroke: Stroke(color: color, width: max(1, width), dash: []), role: .calloutLeader),
                .path(arrow, fill: color, stroke: nil, role: .calloutLeader)]
    }
}
