// Decodes density, regression, loess and quantile (Vega-Lite's keys and defaults; see
// StatisticsTransformSpec.swift). Called by TransformDecoder once the entry's kind is known.

enum StatisticsTransformDecoder {
    static let keys: [String: [String]] = [
        "density": ["density", "groupby", "cumulative", "counts", "bandwidth", "extent", "minsteps", "maxsteps", "steps", "as", "resolve"],
        "regression": ["regression", "on", "groupby", "method", "order", "extent", "params", "as"],
        "loess": ["loess", "on", "groupby", "bandwidth", "as"],
        "quantile": ["quantile", "groupby", "probs", "step", "as"],
        "stack": ["stack", "groupby", "sort", "offset", "as"],
    ]

    static func decode(_ kind: String, _ r: ObjectReader, log: DiagnosticLog) -> TransformKind? {
        switch kind {
        case "density": return density(r, log: log).map { .density($0) }
        case "regression": return regression(r, log: log).map { .regression($0) }
        case "loess": return loess(r, log: log).map { .loess($0) }
        case "quantile": return quantile(r, log: log).map { .quantile($0) }
        case "stack": return stack(r, log: log).map { .stack($0) }
        default: return nil
        }
    }

    private static func density(_ r: ObjectReader, log: DiagnosticLog) -> DensityParams? {
        guard let field = TransformDecoder.requiredName(r, "density", what: "the field to estimate") else { return nil }
        var p = DensityParams(field: field)
        p.groupby = TransformDecoder.names(r, "groupby", log: log) ?? []
        p.cumulative = r.bool("cumulative") ?? false
        p.counts = r.bool("counts") ?? false
        p.bandwidth = r.number("bandwidth", min: 0) ?? 0
        p.minsteps = r.number("minsteps", min: 2, max: 10_000).map { Int($0) } ?? 25
        p.maxsteps = r.number("maxsteps", min: 2, max: 10_000).map { Int($0) } ?? 200
        p.steps = r.number("steps", min: 2, max: 10_000).map { Int($0) }
        p.shared = (r.choice("resolve", ["shared", "independent"]) ?? "shared") == "shared"
        guard extent(r, into: &p.extent), let alias = pair(r, default: p.alias) else { return nil }
        p.alias = alias
        return p
    }

    private static func regression(_ r: ObjectReader, log: DiagnosticLog) -> RegressionParams? {
        guard let f = fitted(r, "regression", log: log) else { return nil }
        var p = RegressionParams(y: f.y, x: f.x, groupby: f.groupby, alias: f.alias)
        if r.has("method") {
            guard let m = r.choice("method", RegressionMethod.allCases.map(\.rawValue)) else { return nil }
            p.method = RegressionMethod(rawValue: m)!
        }
        p.order = r.number("order", min: 0, max: 20).map { Int($0) } ?? 3
        p.params = r.bool("params") ?? false
        return extent(r, into: &p.extent) ? p : nil
    }

    private static func loess(_ r: ObjectReader, log: DiagnosticLog) -> LoessParams? {
        guard let f = fitted(r, "loess", log: log) else { return nil }
        var p = LoessParams(y: f.y, x: f.x, groupby: f.groupby, alias: f.alias)
        // Vega takes 0 as "not given" (`_.bandwidth || 0.3`).
        p.bandwidth = r.number("bandwidth", min: 0, max: 1).flatMap { $0 == 0 ? nil : $0 } ?? 0.3
        return p
    }

    /// What regression and loess share: the fitted field (named by the transform's key), the
    /// field it is fitted along (`on`), `groupby` and `as`.
    private static func fitted(_ r: ObjectReader, _ key: String, log: DiagnosticLog)
        -> (y: FieldName, x: FieldName, groupby: [FieldName], alias: (String, String)?)? {
        guard let y = TransformDecoder.requiredName(r, key, what: "the field to fit"),
              let x = TransformDecoder.requiredName(r, "on", what: "the field it is fitted along") else { return nil }
        let alias = optionalPair(r)
        guard alias.ok else { return nil }
        return (y, x, TransformDecoder.names(r, "groupby", log: log) ?? [], alias.pair)
    }

    private static func quantile(_ r: ObjectReader, log: DiagnosticLog) -> QuantileParams? {
        guard let field = TransformDecoder.requiredName(r, "quantile", what: "the field whose quantiles are wanted") else { return nil }
        var p = QuantileParams(field: field)
        p.groupby = TransformDecoder.names(r, "groupby", log: log) ?? []
        p.step = r.number("step", min: 1e-6, max: 1) ?? 0.01
        if let items = r.array("probs") {
            var probs: [Double] = []
            for (i, item) in items.enumerated() {
                guard case .number(let v) = item.value, v >= 0, v <= 1 else {
                    log.error(item.location, "\(r.childPath("probs"))[\(i)]", "must be a probability from 0 to 1, found \(item.kindName)")
                    return nil
                }
                probs.append(v)
            }
            p.probs = probs
        }
        guard let alias = pair(r, default: p.alias) else { return nil }
        p.alias = alias
        return p
    }

    private static func stack(_ r: ObjectReader, log: DiagnosticLog) -> StackParams? {
        guard let field = TransformDecoder.requiredName(r, "stack", what: "the field to stack") else { return nil }
        guard r.has("groupby") else {
            log.error(r.node.location, r.path, "needs \"groupby\": the fields whose rows share a stack")
            return nil
        }
        guard let groupby = TransformDecoder.names(r, "groupby", log: log) else { return nil }
        var p = StackParams(field: field, groupby: groupby, alias: ("\(field.value)_start", "\(field.value)_end"))
        if r.has("offset") {
            guard let o = r.choice("offset", StackParams.Offset.allCases.map(\.rawValue)) else { return nil }
            p.offset = StackParams.Offset(rawValue: o)!
        }
        if r.has("sort") {
            guard let sort = WindowDecoder.sortFields(r, log: log) else { return nil }
            p.sort = sort
        }
        // One name is the start; the end is that name with "_end" (Vega-Lite's).
        if let n = r["as"], case .string(let s) = n.value, !s.isEmpty {
            p.alias = (s, s + "_end")
        } else {
            guard let alias = pair(r, default: p.alias) else { return nil }
            p.alias = alias
        }
        return p
    }

    // MARK: Shared keys

    /// `extent`: two ascending numbers. False after an error.
    private static func extent(_ r: ObjectReader, into extent: inout (Double, Double)?) -> Bool {
        guard let e = r.array("extent") else { return !r.has("extent") }
        guard e.count == 2, case .number(let lo) = e[0].value, case .number(let hi) = e[1].value, lo <= hi else {
            r.log.error(r["extent"]!.location, r.childPath("extent"), "must be two ascending numbers [min, max]")
            return false
        }
        extent = (lo, hi)
        return true
    }

    /// `as`: two names, or the default; nil after an error.
    private static func pair(_ r: ObjectReader, default fallback: (String, String)) -> (String, String)? {
        let given = optionalPair(r)
        return given.ok ? given.pair ?? fallback : nil
    }

    /// `as` when leaving it out means a default computed later: ok is false after an error.
    private static func optionalPair(_ r: ObjectReader) -> (ok: Bool, pair: (String, String)?) {
        guard let node = r["as"] else { return (true, nil) }
        guard let a = TransformDecoder.names(r, "as", log: r.log) else { return (false, nil) }
        guard a.count == 2 else {
            r.log.error(node.location, r.childPath("as"), "must name two fields, e.g. [\"x\", \"y\"]")
            return (false, nil)
        }
        return (true, (a[0].value, a[1].value))
    }
}
