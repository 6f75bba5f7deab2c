// A bar's or an area's own paint in Vega-Lite's words: `fill` is its colour (over `color`)
// when no colour field gives one, `stroke` an outline with the mark's strokeWidth (1 by
// default), strokeDash and strokeOpacity; a transparent stroke draws none.

extension MarkSpec {
    /// The mark's fixed colour: `fill` over `color` for the marks that fill (bars, areas),
    /// `stroke` over `color` for a line, so its legend entry and axis take it too.
    var fixedFill: Color? {
        let own = color.flatMap { Color(parsing: $0.value) }
        switch type {
        case .bar, .area: return props.fill ?? own
        case .line: return props.stroke ?? own
        default: return own
        }
    }

    /// The outline the mark asks for, else `fallback` (the style's segment gap of a stack).
    func outline(_ fallback: Stroke?) -> Stroke? {
        guard let c = props.stroke else { return fallback }
        guard c.a > 0 else { return nil }
        return Stroke(color: c.withAlpha(c.a * (props.strokeOpacity ?? 1) * (opacity ?? 1)), width: strokeWidth ?? 1, dash: strokeDash)
    }
}
