// The transforms that fit or estimate rather than regroup rows — density, regression, loess,
// quantile — as written in a spec, with Vega-Lite's defaults filled in. Each makes a new table
// of generated rows (one group's curve after another), keeping only the groupby fields.

public struct DensityParams: Sendable {
    public var field: FieldName
    public var groupby: [FieldName] = []
    public var cumulative = false
    public var counts = false
    /// 0: estimated from each group's data (Scott's rule, as Vega).
    public var bandwidth = 0.0
    public var extent: (Double, Double)?
    public var minsteps = 25
    public var maxsteps = 200
    public var steps: Int?
    /// Vega-Lite's default is "shared" (Vega's own is "independent"): one extent and a fixed
    /// number of steps for every group, so stacked densities line up.
    public var shared = true
    public var alias = ("value", "density")
}

public enum RegressionMethod: String, Sendable, CaseIterable {
    case linear, log, exp, pow, quad, poly
}

public struct RegressionParams: Sendable {
    public var y: FieldName
    public var x: FieldName
    public var groupby: [FieldName] = []
    /// nil: the names of `on` and the regressed field.
    public var alias: (String, String)?
    public var method = RegressionMethod.linear
    public var order = 3
    public var extent: (Double, Double)?
    /// Output the fitted parameters (one row per group) instead of points on the curve.
    public var params = false
}

public struct LoessParams: Sendable {
    public var y: FieldName
    public var x: FieldName
    public var groupby: [FieldName] = []
    public var alias: (String, String)?
    public var bandwidth = 0.3
}

public struct QuantileParams: Sendable {
    public var field: FieldName
    public var groupby: [FieldName] = []
    /// nil: every `step` from step/2 below 1.
    public var probs: [Double]?
    public var step = 0.01
    public var alias = ("prob", "value")
}

/// Vega-Lite's `stack` transform: per group, each row's start and end when the field's values
/// are piled up in `sort` order.
public struct StackParams: Sendable {
    public enum Offset: String, Sendable, CaseIterable { case zero, center, normalize }
    public var field: FieldName
    public var groupby: [FieldName]
    public var sort: [SortFieldSpec] = []
    public var offset = Offset.zero
    public var alias: (String, String)
}
