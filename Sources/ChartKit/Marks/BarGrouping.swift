// How the bars of one colour field share a category band, with Vega-Lite's meaning:
//   - a colour field stacks the bars (`stack` "zero" is the default for bars);
//   - an offset channel (`xOffset` for vertical bars, `yOffset` for horizontal ones) naming
//     the same field sets them side by side instead (Vega-Lite's grouped bar chart);
//   - `"stack": null` or `false` leaves them where they are: over each other, full width.

struct BarGrouping: Sendable, Equatable {
    var stack: StackMode?
    /// Side by side within the band (an offset channel).
    var grouped: Bool

    /// Reads a bar layer's grouping; `value` is its quantitative channel and `offset` the
    /// offset channel along its categories. Problems are logged; nil when there are some.
    static func of(_ layer: ResolvedLayer, value: Field, vertical: Bool, log: DiagnosticLog) -> BarGrouping? {
        let (along, across) = vertical ? (layer.xOffset, layer.yOffset) : (layer.yOffset, layer.xOffset)
        if let across {
            let own = vertical ? "xOffset" : "yOffset"
            log.error(across.channel.location, across.channel.path,
                      "offsets bars along the value axis; \(vertical ? "vertical" : "horizontal") bars are set side by side with \"\(own)\"")
            return nil
        }
        // An offset datum (one constant per layer, ColorDatum) places the whole layer in its
        // part of the band, beside the other layers' (repeated layers side by side).
        if let along, along.name == ColorDatum.offsetColumn(vertical ? "xOffset" : "yOffset") {
            return BarGrouping(stack: nil, grouped: true)
        }
        guard let color = layer.color else {
            if let along {
                log.error(along.channel.location, along.channel.path,
                          "sets bars side by side by \"\(along.name)\"; for now it needs a color field of the same name (\"color\": {\"field\": \"\(along.name)\"})")
                return nil
            }
            return BarGrouping(stack: nil, grouped: false)
        }
        if let along {
            guard along.name == color.name else {
                log.error(along.channel.location, along.channel.path,
                          "is \"\(along.name)\" but the colour field is \"\(color.name)\"; offsetting by another field than the colour is not supported yet")
                return nil
            }
            if value.channel.stack != nil, let s = value.channel.stack {
                log.error(value.channel.location, "\(value.channel.path).stack",
                          "is \"\(s.rawValue)\" but \(along.channel.path) sets the bars side by side; keep one of them")
                return nil
            }
            return BarGrouping(stack: nil, grouped: true)
        }
        if value.channel.stackExplicitlyOff { return BarGrouping(stack: nil, grouped: false) }
        if value.channel.stack == .center {
            log.error(value.channel.location, "\(value.channel.path).stack", "\"center\" (a streamgraph) is drawn on areas so far; use true or \"normalize\" on bars")
            return nil
        }
        return BarGrouping(stack: value.channel.stack ?? .zero, grouped: false)
    }
}
