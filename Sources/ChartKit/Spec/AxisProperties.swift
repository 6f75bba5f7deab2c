// Vega-Lite's axis properties beyond title, grid, labelAngle, tickCount and format: the look
// of one axis's parts (domain line, ticks, labels, title, grid), some of which may vary per
// tick, and the label text an expression computes. Decoded by AxisDecoder; the compilers draw
// an axis through `AxisStyle.applying(_:)` and the per-tick accessors below.

/// One tick as Vega-Lite's axis expressions see it: `datum.value` (the tick's value: a number,
/// or a category's text) and `datum.label` (its formatted label).
struct AxisTick {
    var value: ExprValue
    var label: String
    /// The tick as a field predicate reads it, when not its value: a time axis's date as
    /// ISO text, so that `{"field": "value", "timeUnit": "month", "equal": 1}` sees a date.
    var cell: DataValue? = nil

    func field(_ name: String) -> ExprValue {
        switch name {
        case "value": return value
        case "label": return .string(label)
        default: return .null
        }
    }
}

/// A property Vega-Lite lets vary per tick: a value, or
/// `{"condition": {"test": "datum.value === 0", "value": …}, "value": …}` (the first test that
/// holds chooses; conditions may be a list).
struct PerTick<Value: Sendable>: Sendable {
    var conditions: [(test: AxisTickTest, value: Value)] = []
    var otherwise: Value

    init(_ value: Value) { otherwise = value }

    func value(for tick: AxisTick) -> Value {
        for c in conditions where c.test.holds(tick) { return c.value }
        return otherwise
    }
}

struct AxisProperties: Sendable {
    /// `domain`, `ticks`, `labels`: false leaves that part out.
    var domain: Bool?
    var ticks: Bool?
    var labels: Bool?
    var domainColor: Color??
    var domainWidth: Double?
    var domainDash: [Double]?
    /// nil colour (Vega-Lite's null): that tick's part is not drawn.
    var tickColor: PerTick<Color?>?
    var tickSize: Double?
    var tickWidth: Double?
    var tickDash: PerTick<[Double]>?
    var gridColor: PerTick<Color?>?
    var gridWidth: Double?
    var gridDash: PerTick<[Double]>?
    var gridOpacity: Double?
    var labelColor: PerTick<Color?>?
    var labelFont: String?
    var labelFontSize: Double?
    var labelFontWeight: Int?
    var labelPadding: Double?
    var titleColor: Color??
    var titleFont: String?
    var titleFontSize: Double?
    var titleFontWeight: Int?
    var titlePadding: Double?
    /// `labelExpr`: each label's text from `datum.value` and `datum.label`.
    var labelExpr: Expression?
    /// `labelAlign`: which end of a horizontal label sits at its tick.
    var labelAlign: HorizontalAnchor?
    /// `offset` and `minExtent` (y axes): the axis's distance from the plot, and the least
    /// room its ticks and labels take (AxisExtent.swift).
    var offset: Double?
    var minExtent: Double?
    /// `labelOverlap` (LabelOverlap.swift): nil leaves Vega-Lite's default for the scale.
    var labelOverlap: LabelOverlap?
    /// `labelFlush` (AxisFlush.swift): the end labels of an x axis inside the plot's width.
    var labelFlush: Bool?
    /// `titleLimit`: the widest the title may be, cut with "…" beyond it.
    var titleLimit: Double?
    /// `labelOffset`: labels moved this many pixels along the axis (right on a horizontal
    /// axis, down on a vertical one), their ticks staying put.
    var labelOffset: Double?

    /// A tick's label as the axis writes it: `labelExpr` over the formatted label, when given.
    func label(_ formatted: String, value: ExprValue) -> String {
        guard let e = labelExpr else { return formatted }
        let v = e.evaluate(AxisTick(value: value, label: formatted).field)
        return v.stringValue ?? ""
    }
}

extension AxisSpec {
    /// Whether the axis writes its tick labels (`"labels": false` keeps the title).
    var showsLabels: Bool { !hidden && more.labels != false }

    /// A label's text: the formatted value through `labelExpr`.
    func label(_ formatted: String, value: ExprValue) -> String { more.label(formatted, value: value) }
}

extension Optional where Wrapped == AxisSpec {
    var showsLabels: Bool { self?.showsLabels ?? true }

    /// A label run moved by the axis's `labelOffset` along a horizontal (`alongX`) or
    /// vertical axis.
    func offsetting(_ run: TextRun, alongX: Bool) -> TextRun {
        guard let d = self?.more.labelOffset, d != 0 else { return run }
        var run = run
        run.position = alongX ? Point(run.position.x + d, run.position.y) : Point(run.position.x, run.position.y + d)
        return run
    }
    func label(_ formatted: String, value: ExprValue) -> String { self?.label(formatted, value: value) ?? formatted }
    func label(_ formatted: String, number: Double) -> String { label(formatted, value: .number(number)) }
}
