// Vega-Lite's axis config beyond what the house style holds: `config.axis` keys the style has
// no counterpart for (labels, title, gridOpacity, disable, …) and `config.axisX` /
// `config.axisY`, which reach only the axes of that channel. Each view's x and y axes take
// them under their own axis properties, in Vega-Lite's order of precedence:
// encoding axis > config.axisX/axisY > config.axis (vega-lite src/compile/axis/config.ts).
// Config sections for an orient or a scale type (axisBottom, axisBand, …) are not applied yet.

struct AxisConfig: Sendable {
    /// config.axis: the keys the style does not hold (its others set the style).
    var all: AxisSpec?
    var x: AxisSpec?
    var y: AxisSpec?
    /// `disable`: no axis unless the encoding gives one (Vega-Lite's "axis": {} enables it).
    var disableAll: Bool?
    var disableX: Bool?
    var disableY: Bool?

    /// A section (config.axisX, config.axisY): every axis key, checked as an axis's own.
    static func section(_ node: JSONNode, path: String, log: DiagnosticLog) -> (AxisSpec?, disable: Bool?) {
        guard let members = node.members else {
            log.error(node.location, path, "must be an object, found \(node.kindName)")
            return (nil, nil)
        }
        let disable = disableFlag(node["disable"], path: "\(path).disable", log: log)
        let rest = JSONNode(.object(members.filter { $0.key != "disable" }), at: node.location)
        return (AxisDecoder.decode(rest, path: path, log: log), disable)
    }

    static func disableFlag(_ node: JSONNode?, path: String, log: DiagnosticLog) -> Bool? {
        guard let node else { return nil }
        guard case .bool(let b) = node.value else {
            log.error(node.location, path, "must be true or false, found \(node.kindName)")
            return nil
        }
        return b
    }

    /// A channel's axis with the config's under it; nil stays nil when the config says nothing.
    func axis(_ own: AxisSpec?, channel: String) -> AxisSpec? {
        guard channel == "x" || channel == "y" else { return own }
        let disabled = (channel == "x" ? disableX : disableY) ?? disableAll ?? false
        if own == nil && disabled { return AxisSpec(hidden: true) }
        let layers = [own, channel == "x" ? x : y, all].compactMap { $0 }
        guard var axis = layers.first else { return own }
        for lower in layers.dropFirst() { axis = axis.over(lower) }
        return axis
    }
}

extension AxisSpec {
    /// This axis's properties, with `lower`'s where this one says nothing.
    func over(_ lower: AxisSpec) -> AxisSpec {
        var a = self
        a.hidden = hidden || lower.hidden
        a.title = title ?? lower.title
        a.grid = grid ?? lower.grid
        a.labelAngle = labelAngle ?? lower.labelAngle
        a.tickCount = tickCount ?? lower.tickCount
        a.format = format ?? lower.format
        a.values = values ?? lower.values
        a.more = more.over(lower.more)
        return a
    }
}

extension AxisProperties {
    /// These properties, with `lower`'s where these say nothing (every stored property of
    /// AxisProperties: one added there belongs here too).
    func over(_ l: AxisProperties) -> AxisProperties {
        var p = self
        p.domain = domain ?? l.domain; p.ticks = ticks ?? l.ticks; p.labels = labels ?? l.labels
        p.domainColor = domainColor ?? l.domainColor; p.domainWidth = domainWidth ?? l.domainWidth; p.domainDash = domainDash ?? l.domainDash
        p.tickColor = tickColor ?? l.tickColor; p.tickSize = tickSize ?? l.tickSize; p.tickWidth = tickWidth ?? l.tickWidth
        p.tickDash = tickDash ?? l.tickDash
        p.gridColor = gridColor ?? l.gridColor; p.gridWidth = gridWidth ?? l.gridWidth; p.gridDash = gridDash ?? l.gridDash
        p.gridOpacity = gridOpacity ?? l.gridOpacity
        p.labelColor = labelColor ?? l.labelColor; p.labelFont = labelFont ?? l.labelFont; p.labelFontSize = labelFontSize ?? l.labelFontSize
        p.labelFontWeight = labelFontWeight ?? l.labelFontWeight; p.labelPadding = labelPadding ?? l.labelPadding
        p.titleColor = titleColor ?? l.titleColor; p.titleFont = titleFont ?? l.titleFont; p.titleFontSize = titleFontSize ?? l.titleFontSize
        p.titleFontWeight = titleFontWeight ?? l.titleFontWeight; p.titlePadding = titlePadding ?? l.titlePadding
        p.labelExpr = labelExpr ?? l.labelExpr; p.labelAlign = labelAlign ?? l.labelAlign
        p.offset = offset ?? l.offset; p.minExtent = minExtent ?? l.minExtent
        p.labelOverlap = labelOverlap ?? l.labelOverlap; p.labelFlush = labelFlush ?? l.labelFlush
        p.titleLimit = titleLimit ?? l.titleLimit
        p.labelOffset = labelOffset ?? l.labelOffset
        return p
    }
}
