// The ordinal scales of Vega-Lite's discrete mark-property channels: a field's values, in the
// field's sort (ascending by default, as Vega-Lite sorts a discrete domain) or the order the
// scale's `domain` lists, each dealt the next entry of a palette: Vega's symbol shapes for
// `shape`, Vega-Lite's config.range.strokeDash for `strokeDash`. Repeats past the palette's end.

enum DiscretePalettes {
    /// Vega-Lite's default dash range (config.range.strokeDash); [1, 0] is a solid line.
    static let strokeDash: [[Double]] = [[1, 0], [4, 2], [2, 1], [1, 1], [1, 2, 4, 2]]

    /// The field's values present in `values`, in scale order.
    static func domain(_ values: [String], field: Field) -> [String] {
        var present: [String] = []
        var seen = Set<String>()
        for v in values where seen.insert(v).inserted { present.append(v) }
        if let d = field.channel.scale?.domain { return BarModel.orderedByDomain(present, domain: d) }
        return BarModel.order(present, by: field.channel.sort, field: field, data: [], valueChannel: "")
    }

    /// Each value's entry of `palette`, by its place in the scale's domain.
    static func assign<T>(_ domain: [String], _ palette: [T]) -> [String: T] {
        guard !palette.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: domain.enumerated().map { ($1, palette[$0 % palette.count]) })
    }

    /// A dash pattern as Cairo takes it: no dashes for Vega-Lite's solid [1, 0].
    static func cairoDash(_ dash: [Double]) -> [Double] {
        dash.count >= 2 && dash.enumerated().allSatisfy { $0.offset % 2 == 0 || $0.element == 0 } ? [] : dash
    }
}
