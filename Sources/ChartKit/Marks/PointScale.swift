// Vega-Lite's point scale on x (`"scale": {"type": "point"}`): the categories stand at points
// a step apart with no bands between them, `padding` steps in from each end (0.5 by default,
// Vega-Lite's config.scale.pointPadding). It is a band scale whose bands have no width, so
// every mark that reads a band's centre stands on the point; bars spanning x to x2 run from
// one point to the next (a histogram of uneven bins, histogram_nonlinear).

enum PointScale {
    /// The x field asks for a point scale.
    static func applies(_ field: Field?) -> Bool { field?.channel.scale?.type?.value == "point" }

    /// Steps of room before the first point and after the last.
    static func padding(_ field: Field) -> Double { field.channel.scale?.padding?.value ?? 0.5 }

    /// The scale over `domain` along `range`.
    static func scale(_ field: Field, domain: [String], range: (Double, Double)) -> BandScale {
        BandScale(domain: domain, range: range, paddingInner: 1, paddingOuter: padding(field))
    }

    /// The plot length `{"step": n}` asks for: n × (points − 1 + 2 × padding), as Vega sizes it.
    static func length(step: Double, count: Int, field: Field) -> Double {
        step * (Double(max(1, count)) - 1 + 2 * padding(field))
    }
}
