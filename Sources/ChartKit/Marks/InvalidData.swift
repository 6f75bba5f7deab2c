/// Vega-Lite's invalid-data modes (`mark.invalid`, site/docs/invalid-data.md) on the charts
/// here. Every mode draws the same picture when no continuous field lacks a value, so a mode
/// that is not drawn yet is an error only when the data has such a row.
enum InvalidData {
    /// The mode a layer's marks follow, after Vega-Lite's normalisation of the default.
    static func mode(_ layer: ResolvedLayer) -> InvalidDataMode {
        (layer.mark.props.invalid?.value ?? .breakPathsShowPathDomains).normalized(isPath: isPath(layer.mark.type))
    }

    static func isPath(_ type: MarkType) -> Bool { type == .line || type == .area }

    /// Whether the layer draws rows with no value ("show", or `null`), which the layered x/y
    /// charts do (CartesianModel) by placing them where the scale puts zero.
    static func shows(_ layer: ResolvedLayer) -> Bool { mode(layer) == .show }

    /// In "show" mode, where a missing position goes on its scale: zero when the scale's domain
    /// includes it (Vega-Lite's scaledZeroOrMinOrMax); nil when it is the domain's minimum,
    /// which is not drawn yet.
    static func shownAt(_ field: Field) -> Double? {
        guard field.type == .quantitative, field.channel.bin == nil else { return nil }
        let scale = field.channel.scale
        if ScaleTransform.of(scale).isLog { return nil }
        if let d = scale?.domain, d.count == 2, case .number(let a) = d[0].value, case .number(let b) = d[1].value {
            return min(a, b) <= 0 && 0 <= max(a, b) ? 0 : nil
        }
        return scale?.zero ?? true ? 0 : nil
    }

    /// Errors for the modes a layer asks for that its chart does not draw, where they would
    /// change the picture. `showsDrawn`: the chart places shown rows (CartesianModel).
    static func check(_ chart: Chart, showsDrawn: Bool, log: DiagnosticLog) {
        for layer in chart.layers {
            guard let written = layer.mark.props.invalid else { continue }
            let mode = mode(layer)
            switch mode {
            case .filter, .breakPathsShowPathDomains: continue
            case .breakPathsShowDomains where isPath(layer.mark.type): continue
            case .breakPathsFilterDomains where !isPath(layer.mark.type): continue  // Vega-Lite: "filter"
            case .show where showsDrawn:
                checkShown(layer, written: written, log: log)
                continue
            default: break
            }
            let fields = [layer.x, layer.y, layer.x2, layer.y2, layer.color, layer.size, layer.opacity].compactMap { $0 }
            guard let (field, count) = firstLacking(fields, in: layer.table) else { continue }
            log.error(written.location, written.path, "\"\(written.value.rawValue)\" on a \(layer.mark.type.rawValue) mark is not drawn yet here: \(count) rows have no value in \"\(field.name)\"; use \"filter\" to leave them out")
        }
    }

    /// "show" on a layered x/y chart: positions go to zero; other channels' missing values
    /// would take their scale's zero or minimum, which is not drawn yet.
    private static func checkShown(_ layer: ResolvedLayer, written: Located<InvalidDataMode>, log: DiagnosticLog) {
        for (channel, field) in [("x", layer.x), ("y", layer.y)] {
            guard let field, field.type == .quantitative || field.type == .temporal, shownAt(field) == nil,
                  let (_, count) = firstLacking([field], in: layer.table) else { continue }
            log.error(written.location, written.path, "\"show\" puts \(count) rows with no \"\(field.name)\" at the \(channel) scale's minimum, which is not drawn yet (only a scale that includes zero); use \"filter\" to leave them out")
        }
        let others = [layer.x2, layer.y2, layer.color, layer.size, layer.opacity].compactMap { $0 }
        if let (field, count) = firstLacking(others, in: layer.table) {
            log.error(written.location, written.path, "\"show\" gives \(count) rows with no \"\(field.name)\" their scale's zero or minimum, which is not drawn yet; use \"filter\" to leave them out")
        }
    }

    /// The first continuous field with missing cells, and how many.
    private static func firstLacking(_ fields: [Field], in table: DataTable) -> (Field, Int)? {
        for f in fields where f.type == .quantitative || f.type == .temporal {
            let count = table.rows.reduce(0) { n, row in if case .missing = row[f.column] { return n + 1 }; return n }
            if count > 0 { return (f, count) }
        }
        return nil
    }
}
