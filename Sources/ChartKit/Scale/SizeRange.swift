// A size scale's range as a spec gives it: `"range": [min, max]` (numbers), or `rangeMin` /
// `rangeMax` over Vega-Lite's default ends. Numbers are what a size (or opacity, or stroke
// width) scale takes; on other channels ChannelSupport refuses them.

enum SizeRange {
    /// The numbers of a range written as numbers only; nil when any item is not a number.
    static func numbers(_ items: [JSONNode]) -> [Double]? {
        guard !items.isEmpty else { return nil }
        var out: [Double] = []
        for item in items {
            guard case .number(let v) = item.value else { return nil }
            out.append(v)
        }
        return out
    }

    /// The range of a size scale: the spec's ends over `defaults`.
    static func of(_ scale: ScaleSpec?, defaults: (Double, Double) = SizeScale.symbolRange) -> (Double, Double) {
        if let r = scale?.numericRange?.value, let lo = r.first, let hi = r.last { return (lo, hi) }
        return (scale?.rangeMin ?? defaults.0, scale?.rangeMax ?? defaults.1)
    }

    /// Whether a channel's scale gives a numeric range.
    static func given(_ scale: ScaleSpec?) -> Bool {
        scale?.numericRange != nil || scale?.rangeMin != nil || scale?.rangeMax != nil
    }
}
