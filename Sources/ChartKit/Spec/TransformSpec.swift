// Vega-Lite's transforms, as written in a spec: applied in order to a view's data (top level)
// or a layer's, before any field is bound. Every name is Located so a field the data does not
// have is reported at the place it is written.

public typealias FieldName = Located<String>

public indirect enum PredicateSpec: Sendable {
    /// A Vega expression (`"datum.year >= 2020"`).
    case expression(Located<String>)
    case equal(FieldName, JSONNode)
    case range(FieldName, lower: Double?, upper: Double?)
    case oneOf(FieldName, [JSONNode])
    case valid(FieldName, Bool)
    case compare(FieldName, op: String, JSONNode)  // lt, lte, gt, gte
    case and([PredicateSpec])
    case or([PredicateSpec])
    case not(PredicateSpec)
    /// A field predicate on the field's dates truncated to a unit (Vega-Lite's `timeUnit` in a
    /// filter); the inner predicate's values are already the day numbers they mean.
    case timeUnit(Located<String>, field: FieldName, PredicateSpec)
}

public struct AggregateOpSpec: Sendable {
    public var op: Located<String>
    /// nil for `count` without a field.
    public var field: FieldName?
    public var alias: FieldName
    /// argmin/argmax of an encoding (`{"argmax": "gross"}` on a channel of "budget"): the
    /// column whose value at the arg row is taken. Without it, every column of that row is,
    /// as "alias.column" (Vega-Lite's nested field `alias.column`).
    public var of: FieldName? = nil
}

public struct WindowOpSpec: Sendable {
    public var op: Located<String>
    public var field: FieldName?
    /// lag/lead offset, nth_value's n.
    public var param: Double?
    public var alias: FieldName
}

public struct SortFieldSpec: Sendable {
    public var field: FieldName
    public var descending: Bool
}

public struct BinParams: Sendable {
    public var maxbins: Int = 10
    public var step: Double?
    public var extent: (Double, Double)?
    public var nice = true
    /// Vega's other bin parameters (see BinTransform): the base of the step sizes, the
    /// divisors tried to shrink a step, the smallest step, the allowed steps, a boundary.
    public var base = 10.0
    public var divide = [5.0, 2.0]
    public var minstep = 0.0
    public var steps: [Double]?
    public var anchor: Double?
    /// `"binned"` or `{"binned": true}`: the field already holds each bin's start (and x2/y2
    /// its end); `step` then spaces the axis ticks.
    public var binned = false
}

public enum TransformKind: Sendable {
    case filter(PredicateSpec)
    case calculate(Located<String>, as: FieldName)
    case fold([FieldName], as: (String, String))
    case pivot(FieldName, value: FieldName, groupby: [FieldName], op: Located<String>, limit: Int?)
    case aggregate([AggregateOpSpec], groupby: [FieldName])
    case joinaggregate([AggregateOpSpec], groupby: [FieldName])
    case window([WindowOpSpec], sort: [SortFieldSpec], groupby: [FieldName], frame: (Int?, Int?), ignorePeers: Bool)
    case lookup(FieldName, from: DataSpec, key: FieldName, fields: [FieldName]?, as: [String]?, default: JSONNode?)
    case timeUnit(Located<String>, field: FieldName, as: FieldName)
    case bin(BinParams, field: FieldName, as: (String, String))
    case density(DensityParams)
    case regression(RegressionParams)
    case loess(LoessParams)
    case quantile(QuantileParams)
    case stack(StackParams)
}

public struct TransformSpec: Sendable {
    public var kind: TransformKind
    public var location: SourceLocation
    /// "transform[2]", or "layer[1].transform[0]".
    public var path: String
}
