// Rules from data along one axis: `{"mark": "rule", "encoding": {"y": {"field": "target"}}}`
// draws a rule across the plot at each row's value (Vega-Lite's meaning). They become reference
// rules, which every chart kind places (value or band axis, vertical or horizontal); a rule
// with both x and y spans y to y2 and stays a layer of its own (CartesianModel).

extension ChartResolver {
    static func rulesAlongOneAxis(_ layers: inout [ResolvedLayer], annotations: inout [AnnotationSpec], log: DiagnosticLog) {
        var kept: [ResolvedLayer] = []
        for layer in layers {
            guard layer.mark.type == .rule, (layer.x == nil) != (layer.y == nil) else {
                if layer.mark.type == .rule, layer.x == nil {
                    log.error(layer.mark.location, layer.mark.path, "a rule layer needs \"x\" or \"y\": a field (a rule at each row's value) or a datum")
                }
                kept.append(layer)
                continue
            }
            let (field, channel) = layer.y.map { ($0, "y") } ?? (layer.x!, "x")
            let table = layer.table
            if table.rows.count > Limits.annotations {
                log.error(field.channel.location, field.channel.path,
                          "draws a rule per row: \(table.rows.count) rows exceed the limit of \(Limits.annotations) (filter the data first)")
                continue
            }
            guard let conditioned = ConditionColors.rows(layer.mark.colorConditions, in: table, log: log) else { continue }
            let numbers: [Double?]
            if field.type == .quantitative, case .success(let v) = table.numbers(column: field.column) { numbers = v } else { numbers = [] }
            for (i, row) in table.rows.enumerated() {
                let value: AnnotationValue
                if !numbers.isEmpty {
                    guard let v = numbers[i] else { continue }  // a missing value draws no rule
                    value = .number(v)
                } else {
                    guard let s = row[field.column].categoryText else { continue }
                    value = .text(s)
                }
                var a = AnnotationSpec(kind: .rule, channel: channel, value: value, location: table.rowLocations[i],
                                       path: "\(layer.mark.path) (row \(i + 1))")
                a.color = layer.mark.color
                if !conditioned.isEmpty, let k = conditioned[i] { a.color = layer.mark.colorConditions[k].color }
                a.strokeWidth = layer.mark.strokeWidth
                // A rule mark is solid unless it says otherwise (Vega-Lite), not the style's dashed reference line.
                a.strokeDash = layer.mark.strokeDash
                a.strokeColor = layer.mark.props.stroke.map { $0.withAlpha($0.a * (layer.mark.opacity ?? 1)) }
                annotations.append(a)
            }
        }
        if kept.isEmpty, let first = layers.first {
            log.error(first.mark.location, first.mark.path, "rules need a chart to stand on: add a bar, line, area or point layer")
        }
        layers = kept
    }
}
