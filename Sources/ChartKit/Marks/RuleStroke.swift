// The stroke of a reference rule: the rule layer's own width and dash when it gave them (a
// rule layer's `size` or `strokeWidth`, its `strokeDash`), else the house style's.

extension AnnotationSpec {
    func ruleStroke(_ color: Color?, style: Style) -> Stroke {
        Stroke(color: color ?? style.rule.color, width: strokeWidth ?? style.rule.width, dash: strokeDash ?? style.rule.dash)
    }
}
