// The config keys that reach into each view's channels at decoding: the axis keys the style
// does not hold (AxisConfig) and `countTitle`, the default title of a count aggregate
// (Vega-Lite's "Count of Records"). A channel's own setting wins over both.

struct ViewConfig: Sendable {
    var axis = AxisConfig()
    /// config.countTitle: Vega-Lite titles every count aggregate with it.
    var countTitle: String?
    /// config.view's default sizes (Altair writes 300 × 300): a continuous side's length, a
    /// discrete side's fixed length or its step per value (VegaLiteViewSize).
    var continuousWidth: Double?
    var continuousHeight: Double?
    var discreteWidth: Double?
    var discreteHeight: Double?
    var step: Double?

    /// Every layer's channels with the config under their own settings.
    func apply(to layers: inout [LayerSpec]) {
        for i in layers.indices {
            for key in EncodingChannels.fields {
                guard var ch = layers[i].encoding[channel: key] else { continue }
                ch.axis = axis.axis(ch.axis, channel: key)
                if let t = countTitle, ch.title == nil, ch.aggregate?.value == "count" { ch.title = .some(t) }
                layers[i].encoding[channel: key] = ch
            }
        }
    }
}
