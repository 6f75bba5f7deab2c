// `density`: a kernel density estimate per group (Vega's kde transform as Vega-Lite sets it
// up), sampled along the extent into rows of (groupby…, value, density). With Vega-Lite's
// default "shared" resolve every group is sampled on one grid — the extent of all the data
// (or `extent`) in `steps` (else `maxsteps`) equal steps — so stacked densities line up;
// "independent" samples each group over its own extent, adaptively (SampleCurve).

enum DensityTransform {
    static func run(_ p: DensityParams, at location: SourceLocation, _ t: DataTable) throws(ChartError) -> DataTable {
        let values = try GeneratedTable.numbers(t, p.field)
        var out = try GeneratedTable(t, groupby: p.groupby)
        var domain = p.extent
        var minSteps = p.steps ?? p.minsteps, maxSteps = p.steps ?? p.maxsteps
        if p.shared {
            if domain == nil { domain = extent(values) }
            minSteps = p.steps ?? maxSteps
            maxSteps = minSteps
        }
        for g in 0..<out.groups.count {
            let rows = out.groups.rows(of: g)
            let group = rows.map { values[$0] }
            guard !group.isEmpty, let local = domain ?? extent(group) else { continue }
            let kde = KernelDensity(group, bandwidth: p.bandwidth)
            let scale = p.counts ? Double(group.count) : 1
            let curve = SampleCurve.sample(p.cumulative ? kde.cdf : kde.pdf, extent: local, minSteps: minSteps, maxSteps: maxSteps)
            for (x, y) in curve { out.append(group: g, [.number(x), .number(y * scale)], at: location) }
        }
        return out.table([p.alias.0, p.alias.1])
    }

    /// The smallest and largest valid value; nil when there is none.
    static func extent(_ values: [Double?]) -> (Double, Double)? {
        var lo = Double.infinity, hi = -Double.infinity
        for case let v? in values {
            lo = min(lo, v)
            hi = max(hi, v)
        }
        return lo <= hi ? (lo, hi) : nil
    }
}
