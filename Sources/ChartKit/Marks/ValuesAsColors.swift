import Foundation

// `"scale": null` on colour (Vega-Lite): each value of the field is a colour name or
// "#rrggbb" and is drawn as that colour. Only the single bar layer draws this so far; the
// other compilers pick colours from a palette, so there it is an error (Chart.validate).

extension BarModel {
    /// Each series' colour read from its own name; a name that is no colour is an error.
    static func valuesAsColors(_ names: [String], field: Field, log: DiagnosticLog) -> [String: Color] {
        var colors: [String: Color] = [:]
        for n in names {
            if let c = Color(parsing: n) { colors[n] = c; continue }
            log.error(field.channel.scale?.location ?? field.channel.location, "\(field.channel.path).scale",
                      "is null, so the values of \"\(field.name)\" must be colours (a CSS name or \"#rrggbb\"), but \"\(n)\" is not one")
        }
        return colors
    }
}

extension ChartResolver {
    /// `"scale": null` on a colour the chart's compiler would paint from a palette.
    static func checkValuesAsColors(_ layers: [ResolvedLayer], drawnByBarModel: Bool, log: DiagnosticLog) {
        guard !drawnByBarModel else { return }
        for l in layers {
            guard let c = l.color, let scale = c.channel.scale, scale.disabled else { continue }
            log.error(scale.location ?? c.channel.location, "\(c.channel.path).scale",
                      "null (values used as colours) is drawn by single bar charts only so far; give the colours as scale.range with scale.domain")
        }
    }
}
