// Vega-Lite's encoding shorthands become transforms, as Vega-Lite compiles them:
//   "x": {"timeUnit": "year", "field": "date"}   → timeUnit as "year_date", x reads it
//   "y": {"aggregate": "sum", "field": "gw"}     → aggregate as "sum_gw", grouped by every
//                                                   other field the layer encodes and the
//                                                   fields a facet splits it by
// Titles follow Vega-Lite ("Sum of gw", "Count of Records", "date (year)").

enum EncodingTransforms {
    static func desugar(_ layer: LayerSpec) -> LayerSpec {
        var layer = layer
        var channels = channelList(layer.encoding)
        var extra: [TransformSpec] = []
        // Bins first (Vega-Lite's order): the channel reads each bin's start, its x2/y2 the end.
        for i in channels.indices {
            guard let bin = channels[i].spec.bin, let field = channels[i].spec.field, ["x", "y"].contains(channels[i].key) else { continue }
            guard !bin.value.binned else {
                // Already binned: the field is each bin's start, x2/y2 its end (the spec's own).
                if channels[i].spec.type == nil { channels[i].spec.type = Located(.quantitative, at: bin.location, path: bin.path) }
                spanBinsOnly(&channels[i].spec)
                continue
            }
            let start = "bin_maxbins_\(bin.value.maxbins)_\(field.value)", end = start + "_end"
            // A missing value has no bin: Vega-Lite leaves it out of a binned axis.
            extra.append(TransformSpec(kind: .filter(.valid(field, true)), location: bin.location, path: bin.path))
            extra.append(TransformSpec(kind: .bin(bin.value, field: field, as: (start, end)), location: bin.location, path: bin.path))
            if channels[i].spec.title == nil { channels[i].spec.title = .some("\(field.value) (binned)") }
            channels[i].spec.field = Located(start, at: field.location, path: field.path)
            channels[i].spec.type = Located(.quantitative, at: bin.location, path: bin.path)
            spanBinsOnly(&channels[i].spec)
            let other = channels[i].key + "2"
            if !channels.contains(where: { $0.key == other }) {
                var ch = ChannelSpec(location: bin.location, path: bin.path)
                ch.field = Located(end, at: bin.location, path: bin.path)
                channels.append((other, ch))
            }
        }
        // Time units next: the aggregate groups by the truncated dates.
        for i in channels.indices {
            guard let unit = channels[i].spec.timeUnit, let field = channels[i].spec.field else { continue }
            let alias = Located("\(unit.value)_\(field.value)", at: field.location, path: field.path)
            extra.append(TransformSpec(kind: .timeUnit(unit, field: field, as: alias), location: unit.location, path: unit.path))
            if channels[i].spec.title == nil { channels[i].spec.title = .some("\(field.value) (\(Self.unitParts(unit.value)))") }
            channels[i].spec.field = alias
            if channels[i].spec.type == nil { channels[i].spec.type = Located(.temporal, at: unit.location, path: unit.path) }
        }
        let aggregated = channels.indices.filter { channels[$0].spec.aggregate != nil }
        if !aggregated.isEmpty {
            var ops: [AggregateOpSpec] = []
            for i in aggregated {
                let op = channels[i].spec.aggregate!
                let field = channels[i].spec.field
                if let argument = channels[i].spec.aggregateArgument, let of = field {
                    // Vega-Lite's argmax_gross["budget"], as one column.
                    let alias = Located("\(op.value)_\(argument.value)_\(of.value)", at: op.location, path: op.path)
                    ops.append(AggregateOpSpec(op: op, field: argument, alias: alias, of: of))
                    if channels[i].spec.title == nil { channels[i].spec.title = .some("\(of.value) for \(op.value.dropFirst(3)) \(argument.value)") }
                    channels[i].spec.field = alias
                    if channels[i].spec.type == nil { channels[i].spec.type = Located(.quantitative, at: op.location, path: op.path) }
                    continue
                }
                let alias = Located(field.map { "\(op.value)_\($0.value)" } ?? "__count", at: op.location, path: op.path)
                ops.append(AggregateOpSpec(op: op, field: field, alias: alias))
                if channels[i].spec.title == nil { channels[i].spec.title = .some(title(op.value, field?.value)) }
                channels[i].spec.field = alias
                if channels[i].spec.type == nil { channels[i].spec.type = Located(.quantitative, at: op.location, path: op.path) }
            }
            var seen = Set<String>()
            let groupby = (channels.enumerated().compactMap { i, c in aggregated.contains(i) ? nil : c.spec.field } + layer.facetFields)
                .filter { seen.insert($0.value).inserted }
            let at = channels[aggregated[0]].spec.aggregate!
            extra.append(TransformSpec(kind: .aggregate(ops, groupby: groupby), location: at.location, path: at.path))
        }
        // Written back even without new transforms: a binned channel changes its type and scale.
        for c in channels { layer.encoding[channel: c.key] = c.spec }
        layer.transform += extra + MarkRowExpression.transforms(layer.mark)
        return layer
    }

    /// A binned axis spans the bins, not zero (Vega-Lite's default for binned fields).
    private static func spanBinsOnly(_ channel: inout ChannelSpec) {
        var scale = channel.scale ?? ScaleSpec()
        if scale.zero == nil { scale.zero = false }
        channel.scale = scale
    }

    /// Vega-Lite's default title of an aggregated field.
    static func title(_ op: String, _ field: String?) -> String {
        guard let field else { return "Count of Records" }
        let names = ["mean": "Mean", "average": "Average", "sum": "Sum", "median": "Median", "min": "Min", "max": "Max",
                     "count": "Count", "distinct": "Distinct", "valid": "Valid", "missing": "Missing", "q1": "Q1", "q3": "Q3",
                     "stdev": "Stdev", "stdevp": "Stdevp", "variance": "Variance", "variancep": "Variancep", "product": "Product"]
        return "\(names[op] ?? op) of \(field)"
    }

    private static func channelList(_ e: EncodingSpec) -> [(key: String, spec: ChannelSpec)] {
        EncodingChannels.fields.compactMap { k in e[channel: k].map { (k, $0) } }
    }
}

extension EncodingTransforms {
    /// A time unit as Vega-Lite's default titles write it: its parts joined by "-"
    /// ("yearmonth" → "year-month"; getTimeUnitParts in vega-lite src/timeunit.ts).
    static func unitParts(_ unit: String) -> String {
        let parts = ["year", "quarter", "month", "week", "day", "dayofyear", "date", "hours", "minutes", "seconds", "milliseconds"]
        // "day" and "year" inside "dayofyear" are not parts of their own.
        let rest = unit.replacingOccurrences(of: "dayofyear", with: "")
        let found = parts.filter { part in part == "dayofyear" ? unit.contains(part) : rest.contains(part) }
        return found.isEmpty ? unit : found.joined(separator: "-")
    }
}
