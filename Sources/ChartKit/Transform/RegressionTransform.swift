// `regression`: a fitted curve per group (Vega's regression transform). Linear fits give the
// two ends of the extent (the data's x extent, or `extent`); the other methods give points
// along the curve, sampled as Vega samples them (SampleCurve, 25 to 200 steps). A group with
// no more rows than the model has parameters is skipped, as Vega skips it. With `params`,
// one row per group holding its `rSquared` instead (Vega's `coef` and `keys` are arrays,
// which a table cell cannot hold: a spec reading them is told they are not columns).

enum RegressionTransform {
    static func run(_ p: RegressionParams, at location: SourceLocation, _ t: DataTable) throws(ChartError) -> DataTable {
        let xs = try GeneratedTable.numbers(t, p.x), ys = try GeneratedTable.numbers(t, p.y)
        var out = try GeneratedTable(t, groupby: p.groupby)
        let dof = p.method == .poly ? p.order : p.method == .quad ? 2 : 1
        // Vega ignores an extent reaching 0 or below for a log fit.
        let domain = p.method == .log && (p.extent?.0 ?? 1) <= 0 ? nil : p.extent
        for g in 0..<out.groups.count {
            let rows = out.groups.rows(of: g)
            guard rows.count > dof else { continue }
            let points = rows.compactMap { r in xs[r].flatMap { x in ys[r].map { (x, $0) } } }
            let model = RegressionModel.fit(p.method, order: p.order, points)
            if p.params {
                out.append(group: g, [number(model.rSquared)], at: location)
                continue
            }
            guard let (lo, hi) = domain ?? DensityTransform.extent(rows.map { xs[$0] }) else { continue }
            let curve = p.method == .linear ? [(lo, model.predict(lo)), (hi, model.predict(hi))]
                : SampleCurve.sample(model.predict, extent: (lo, hi), minSteps: 25, maxSteps: 200)
            for (x, y) in curve { out.append(group: g, [number(x), number(y)], at: location) }
        }
        if p.params { return out.table(["rSquared"]) }
        let names = p.alias ?? (p.x.value, p.y.value)
        return out.table([names.0, names.1])
    }

    /// NaN and infinities (a log of a negative value) are missing: nothing is drawn there, as in Vega.
    static func number(_ v: Double) -> DataValue { v.isFinite ? .number(v) : .missing }
}
