// The stroke of a reference rule: the rule layer's own colour, width and dash (a rule layer's
// `color` or `stroke`, `size` or `strokeWidth`, its `strokeDash`: solid unless it gives one,
// as Vega-Lite draws a rule mark), else the house style's (annotations).

extension AnnotationSpec {
    func ruleStroke(_ color: Color?, style: Style) -> Stroke {
        Stroke(color: color ?? strokeColor ?? style.rule.color, width: strokeWidth ?? style.rule.width, dash: strokeDash ?? style.rule.dash)
    }
}
