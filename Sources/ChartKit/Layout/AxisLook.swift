// One axis's look: the style's axis with the spec's own axis properties on top (Vega-Lite's
// axis keys win over config and style), and the parts that vary per tick (a grid line or label
// coloured by a condition on its value, as bar_negative draws its zero line black).

struct AxisLook {
    /// The style with this axis's constant properties applied: compilers measure and draw with it.
    var style: AxisStyle
    var spec: AxisSpec?
    /// The date format of band labels that are dates: the spec's, or Vega-Lite's default for
    /// the channel's timeUnit ("Jan" for a month); nil writes them as they are.
    var dateFormat: TimeFormat?

    init(_ base: AxisStyle, _ channel: ChannelSpec) {
        spec = channel.axis
        dateFormat = TemporalLabels.format(for: channel)
        style = base
        guard let p = spec?.more else { return }
        if let c = p.domainColor { style.domainColor = c ?? .transparent }
        if let w = p.domainWidth { style.domainWidth = w }
        if p.domain == false { style.domainWidth = 0 }
        if let s = p.tickSize { style.tickSize = s }
        if let w = p.tickWidth { style.tickWidth = w }
        if let v = p.tickColor, v.conditions.isEmpty { style.tickColor = v.otherwise ?? .transparent }
        if let w = p.gridWidth { style.gridWidth = w }
        if let d = p.gridDash, d.conditions.isEmpty { style.gridDash = d.otherwise }
        if let v = p.gridColor, v.conditions.isEmpty { style.gridColor = v.otherwise ?? .transparent }
        if let o = p.gridOpacity { style.gridColor = style.gridColor.withAlpha(style.gridColor.a * o) }
        if let v = p.labelPadding { style.labelPadding = v }
        if let v = p.titlePadding { style.titlePadding = v }
        if let v = p.labelColor, v.conditions.isEmpty { style.label.color = v.otherwise ?? .transparent }
        if let f = p.labelFont { style.label.font.family = f }
        if let s = p.labelFontSize { style.label.font.size = s }
        if let w = p.labelFontWeight { style.label.font.weight = w }
        if let c = p.titleColor { style.title.color = c ?? .transparent }
        if let f = p.titleFont { style.title.font.family = f }
        if let s = p.titleFontSize { style.title.font.size = s }
        if let w = p.titleFontWeight { style.title.font.weight = w }
        if let l = p.titleLimit, l > 0 { style.title.limit = l }
    }

    /// False when the axis asks for no domain line (`"domain": false`).
    var drawsDomain: Bool { spec?.hidden != true && spec?.more.domain != false && style.domainWidth > 0 }
    /// False when the axis asks for no ticks (`"ticks": false`, or a tick size of 0).
    var drawsTicks: Bool { spec?.hidden != true && spec?.more.ticks != false && style.tickSize > 0 }
    /// The room ticks take beside the axis line: none when they are not drawn.
    var tickLength: Double { drawsTicks ? style.tickSize : 0 }

    var domainStroke: Stroke { Stroke(color: style.domainColor, width: style.domainWidth, dash: spec?.more.domainDash ?? []) }

    /// A tick's grid line; nil when its colour is null (Vega-Lite draws none).
    func gridStroke(_ tick: AxisTick) -> Stroke? {
        let color = Self.color(spec?.more.gridColor, tick, opacity: spec?.more.gridOpacity) ?? style.gridColor
        guard let color, color.a > 0 else { return nil }
        return Stroke(color: color, width: style.gridWidth, dash: spec?.more.gridDash?.value(for: tick) ?? style.gridDash)
    }

    /// A tick mark's stroke; nil when ticks are off or its colour is null.
    func tickStroke(_ tick: AxisTick) -> Stroke? {
        guard drawsTicks else { return nil }
        let color = Self.color(spec?.more.tickColor, tick, opacity: nil) ?? style.tickColor
        guard let color, color.a > 0 else { return nil }
        return Stroke(color: color, width: style.tickWidth, dash: spec?.more.tickDash?.value(for: tick) ?? [])
    }

    /// A label's text style; nil when its colour is null (the label is not written).
    func labelStyle(_ tick: AxisTick) -> TextStyle? {
        var ts = style.label
        if let c = Self.color(spec?.more.labelColor, tick, opacity: nil) {
            guard let c else { return nil }
            ts.color = c
        }
        return ts.color.a > 0 ? ts : nil
    }

    /// A tick's label: the formatted value (a category that is a date in the axis's date
    /// format: "Jan" for a month) through `labelExpr`.
    func label(_ formatted: String, _ value: ExprValue) -> String {
        var text = formatted
        if let dateFormat, case .string = value, let date = TemporalValue.parse(formatted) { text = dateFormat.string(date) }
        return spec.label(text, value: value)
    }

    /// The per-tick colour when the property has conditions (.some(nil): null, draw nothing);
    /// nil when it is constant (already in `style`) or absent.
    private static func color(_ p: PerTick<Color?>?, _ tick: AxisTick, opacity: Double?) -> Color?? {
        guard let p, !p.conditions.isEmpty else { return nil }
        guard let c = p.value(for: tick) else { return .some(nil) }
        return .some(c.withAlpha(c.a * (opacity ?? 1)))
    }
}
