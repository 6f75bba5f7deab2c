/// Vega-Lite's rule for a channel written without a `"type"` (`defaultType` in vega-lite's
/// src/channeldef.ts). It looks at the encoding only, never at the data: a column of numbers
/// without a type is nominal in Vega-Lite, so a spec draws the same here as there.
extension ChannelSpec {
    /// The channel's name: the last component of its path ("layer[0].encoding.x" → "x").
    var channelName: Substring {
        path.split(separator: ".").last ?? Substring(path)
    }

    /// The type Vega-Lite gives this channel when `"type"` is absent. Shorthands already set
    /// it (aggregate and bin: quantitative, timeUnit: temporal) in EncodingTransforms.
    var defaultType: FieldType {
        switch channelName {
        case "latitude", "longitude": return .quantitative
        case "row", "column", "facet", "shape", "strokeDash": return .nominal
        case "order": return .ordinal
        default: break
        }
        if case .explicit = sort { return .ordinal }
        if timeUnit != nil { return .temporal }
        if bin != nil { return .quantitative }
        if let op = aggregate?.value, op != "argmin", op != "argmax" { return .quantitative }
        if let kind = scale?.type?.value {
            if Self.numericScaleTypes.contains(kind) { return .quantitative }
            if kind == "time" || kind == "utc" { return .temporal }
        }
        return .nominal
    }

    /// Vega-Lite's continuous and discretizing scale types (SCALE_CATEGORY_INDEX).
    static let numericScaleTypes: Set<String> = [
        "linear", "log", "pow", "sqrt", "symlog", "identity", "sequential", "quantile", "quantize", "threshold",
    ]
}
