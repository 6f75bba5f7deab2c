import Foundation

// The keys of a position (x or y) scale beyond domain/zero/nice: Vega-Lite's continuous
// scale types "log", "pow", "sqrt" and "symlog" with their parameters "base", "exponent"
// and "constant"; and `"scale": null`, a channel whose values are drawn as they are.

extension SpecDecoder {
    static let transformScaleTypes = ["log", "pow", "sqrt", "symlog"]

    /// Reads "base", "exponent" and "constant", and checks that the scale type and its
    /// parameters fit the channel: these types map positions, so only x and y take them here.
    static func decodePositionScale(_ s: ObjectReader, into scale: inout ScaleSpec, channelPath: String, log: DiagnosticLog) {
        scale.base = s.number("base", min: 1e-9)
        scale.exponent = s.number("exponent")
        scale.constant = s.number("constant", min: 1e-9)
        scalePadding(s, into: &scale, isPosition: isPosition(channelPath), log: log)
        if scale.base == 1 { log.error(s["base"]?.location, s.childPath("base"), "must not be 1: there are no powers of 1 to place ticks at") }
        let type = scale.type?.value
        if let t = scale.type, transformScaleTypes.contains(t.value), !isPosition(channelPath) {
            log.error(t.location, t.path, "\"\(t.value)\" scales are drawn on x and y only here; \(channelPath) takes \"linear\", \"threshold\", \"quantize\" or \"ordinal\"")
        }
        // A parameter of another type's scale changes nothing in Vega: say so rather than drop it quietly.
        for (key, owner) in [("base", "log"), ("exponent", "pow"), ("constant", "symlog")] where s.has(key) && type != owner {
            log.warning(s[key]?.location, s.childPath(key), "applies to \"\(owner)\" scales only; this scale is \(type.map { "\"\($0)\"" } ?? "linear"), so it has no effect")
        }
    }

    static func isPosition(_ channelPath: String) -> Bool {
        channelPath.hasSuffix(".x") || channelPath.hasSuffix(".y") || channelPath == "x" || channelPath == "y"
    }

    /// `padding` on x or y: pixels on a continuous scale (ScalePadding), whose kind the
    /// resolver checks (ChartResolver.checkScaleTypes). A band's `paddingInner` and
    /// `paddingOuter` are the style's here: named as errors.
    static func scalePadding(_ s: ObjectReader, into scale: inout ScaleSpec, isPosition: Bool, log: DiagnosticLog) {
        if let v = s.number("padding", min: 0, max: 10_000), let n = s["padding"] {
            scale.padding = Located(v, at: n.location, path: s.childPath("padding"))
            if !isPosition { log.error(n.location, s.childPath("padding"), "is drawn on x and y scales only") }
        }
        for key in ["paddingInner", "paddingOuter"] where s.has(key) {
            log.error(s[key]!.location, s.childPath(key), "is not applied yet: the style sets the gaps between bands")
        }
    }

    /// `"scale": null`: on colour the values are colours (and Vega-Lite draws no legend, having
    /// no scale to explain); values as pixels or sizes are not drawn here.
    static func disabledScale(_ node: JSONNode, channelPath: String, log: DiagnosticLog) -> ScaleSpec? {
        guard channelPath == "color" || channelPath.hasSuffix(".color") else {
            log.error(node.location, "\(channelPath).scale", "null (values used as they are) is supported on color only; give a scale object or leave \"scale\" out")
            return nil
        }
        var scale = ScaleSpec()
        scale.disabled = true
        scale.location = node.location
        return scale
    }

    /// Vega-Lite draws no legend without a scale; a legend object given anyway changes nothing.
    static func hideLegendOfDisabledScale(_ ch: inout ChannelSpec, legend: JSONNode?, path: String, log: DiagnosticLog) {
        if let legend, legend.value != .null {
            log.warning(legend.location, path, "is not drawn: with \"scale\": null there is no scale for a legend to explain (as in Vega-Lite)")
        }
        ch.legend = LegendSpec(hidden: true)
    }
}
