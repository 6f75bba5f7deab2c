import Foundation

// A text mark's words as Vega draws them: the font from the mark's font, fontSize (or size),
// fontStyle and fontWeight over the style's label text; `align` and `baseline` place the words
// against their point (Vega-Lite's defaults: centred, middle); `angle` turns them clockwise
// about it; dx/dy move them, along the turned axes (Vega applies the offset after rotation).

extension MarkSpec {
    /// The style's label text with the mark's font properties.
    func textStyle(_ base: TextStyle) -> TextStyle {
        var ts = base
        if let f = props.font { ts.font.family = f }
        // A text mark's size is its font size (Vega-Lite).
        if let s = props.fontSize ?? props.size { ts.font.size = s }
        if let w = props.fontWeight { ts.font.weight = w }
        if let i = props.italic { ts.font.italic = i }
        return ts
    }

    /// The colour written for the words when no colour field gives one.
    var fixedTextColor: Color? { color.flatMap { Color(parsing: $0.value) } ?? props.fill }

    /// The words at `p`, placed, turned and offset as the mark says.
    func textRun(_ words: String, _ style: TextStyle, at p: Point, builder b: SceneBuilder) -> TextRun {
        let angle = props.angle ?? 0
        let t = angle * .pi / 180
        let at = Point(p.x + dx * cos(t) - dy * sin(t), p.y + dx * sin(t) + dy * cos(t))
        return b.text(words, style, at: at, h: props.align?.anchor ?? .middle, v: props.baseline?.anchor ?? .middle, angle: angle)
    }
}
