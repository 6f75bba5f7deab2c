// Vega-Lite's position offsets, in pixels: `xOffset` and `yOffset` move a mark's position,
// `x2Offset` and `y2Offset` its second one. A bar's first position along its value axis is the
// value's end and its second the base (Vega-Lite encodes y and y2 so), and along its band the
// bar moves whole, except a bin's bar, which runs from x to x2.

extension LinearScale {
    /// The same scale with its range moved by `d` pixels (itself when `d` is 0).
    func shifted(_ d: Double) -> LinearScale {
        d == 0 ? self : LinearScale(domain: domain, range: (range.0 + d, range.1 + d))
    }
}

extension MarkProperties {
    var hasOffsets: Bool { xOffset != nil || yOffset != nil || x2Offset != nil || y2Offset != nil }

    /// A bar's rectangle with the offsets applied; `vertical`: it grows along y. `value` and
    /// `base` are the pixel positions of its end and its base along the value axis; `start`
    /// and `end` its extent across (its band, or a bin from x to x2).
    func barRect(value: Double, base: Double, start: Double, end: Double, vertical: Bool, binned: Bool = false) -> Rect {
        let along = vertical ? (yOffset ?? 0, y2Offset ?? 0) : (xOffset ?? 0, x2Offset ?? 0)
        let across = vertical ? xOffset ?? 0 : yOffset ?? 0
        let across2 = binned ? (vertical ? x2Offset ?? 0 : y2Offset ?? 0) : across
        let v = value + along.0, b = base + along.1, s = start + across, e = end + across2
        return vertical ? Rect(x: min(s, e), y: min(v, b), width: abs(e - s), height: abs(v - b))
                        : Rect(x: min(v, b), y: min(s, e), width: abs(v - b), height: abs(e - s))
    }
}
