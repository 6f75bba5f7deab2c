// Vega-Lite mark properties beyond the basics SpecDecoder reads (type, color, opacity,
// strokeWidth…): interpolation, text placement and font, stroke and fill, size, offsets,
// clipping, corner radii, and the point and line overlays of lines and areas. Each has
// Vega-Lite's meaning; one given to a mark kind that does not use it (Vega-Lite ignores it)
// is a warning naming it, and a value this tool cannot draw is an error.

public enum TextAlign: String, Sendable, CaseIterable {
    case left, center, right

    var anchor: HorizontalAnchor { self == .left ? .start : (self == .center ? .middle : .end) }
}

public enum TextBaseline: String, Sendable, CaseIterable {
    case alphabetic, top, middle, bottom
    case lineTop = "line-top", lineBottom = "line-bottom"

    /// A single line's box: its top is the line's top, its bottom the line's bottom.
    var anchor: VerticalAnchor {
        switch self {
        case .alphabetic: return .baseline
        case .top, .lineTop: return .top
        case .middle: return .middle
        case .bottom, .lineBottom: return .bottom
        }
    }
}

/// The point overlay of a line or area (`"point": true` or an object of point properties).
public struct PointOverlay: Sendable {
    public var filled: Bool?
    /// Colours of the fill and the outline; "transparent" or "none" leaves that part out.
    public var fill: Color?
    public var stroke: Color?
    public var color: Color?
    public var opacity: Double?
    /// Vega-Lite's size: the symbol's area in square pixels.
    public var size: Double?
    public var strokeWidth: Double?
}

/// The line along an area's top (`"line": true` or an object of line properties).
public struct LineOverlay: Sendable {
    public var color: Color?
    public var strokeWidth: Double?
    public var opacity: Double?
    public var strokeDash: [Double] = []
}

public struct MarkProperties: Sendable {
    public var interpolate: Interpolation?
    public var tension: Double?
    public var align: TextAlign?
    public var baseline: TextBaseline?
    /// Text: degrees clockwise.
    public var angle: Double?
    public var font: String?
    public var fontSize: Double?
    public var italic: Bool?
    public var fontWeight: Int?
    /// Outline and fill colours of a symbol, bar or line; a transparent one leaves that part out.
    public var stroke: Color?
    public var fill: Color?
    public var strokeOpacity: Double?
    public var fillOpacity: Double?
    /// Points: area in square pixels; lines: stroke width; text: font size.
    public var size: Double?
    /// Pixel offsets of a mark's position (and of its second position, x2/y2).
    public var xOffset: Double?
    public var yOffset: Double?
    public var x2Offset: Double?
    public var y2Offset: Double?
    /// Marks cut at the plot's edge.
    public var clip: Bool?
    /// Bars: the radius of every corner, of the corners at the value's end, and of each one.
    public var cornerRadius: Double?
    public var cornerRadiusEnd: Double?
    public var cornerRadiusTopLeft: Double?
    public var cornerRadiusTopRight: Double?
    public var cornerRadiusBottomLeft: Double?
    public var cornerRadiusBottomRight: Double?
    /// Ticks: the stroke's thickness.
    public var thickness: Double?
    /// Bars of bins: the pixels between neighbours (Vega-Lite's default 1).
    public var binSpacing: Double?
    /// Lines and areas: `"invalid": "filter"` joins the values around a missing one instead of
    /// breaking the path there.
    public var joinsAcrossInvalid: Bool?
    /// Vega-Lite's `invalid` as written (nil: its default, "break-paths-show-path-domains").
    public var invalid: Located<InvalidDataMode>?
    /// Points: "circle" (the default) or "square".
    public var shape: String?
    public var pointOverlay: PointOverlay?
    public var lineOverlay: LineOverlay?
    /// The names of the config styles the mark takes (`"style": "label"`).
    public var styles: [String] = []
    /// "horizontal" or "vertical", as written; CartesianModel checks it against the chart.
    public var orient: Located<String>?
    /// Text: the same words at every position (`"text": "…"`).
    public var text: String?
    /// Text: a constant position in pixels where x or y is not encoded (PixelPosition).
    public var x: PixelPosition?
    public var y: PixelPosition?
    /// Properties evaluated per row (MarkRowExpression).
    public var rowExpressions: [MarkRowExpression] = []

    public init() {}
}

extension MarkProperties {
    /// Keys read here, with the mark kinds that use them in Vega-Lite.
    static let kinds: [String: Set<MarkType>] = {
        let symbols: Set<MarkType> = [.point, .circle, .square]
        let all = Set(MarkType.allCases)
        return [
            "interpolate": [.line, .area], "tension": [.line, .area],
            "align": [.text], "baseline": [.text], "angle": symbols.union([.text]),
            "font": [.text], "fontSize": [.text], "fontStyle": [.text], "fontWeight": [.text],
            "stroke": all, "fill": all, "strokeOpacity": all, "fillOpacity": all,
            "size": symbols.union([.line, .text, .bar, .tick]),
            "xOffset": all, "yOffset": all, "x2Offset": [.bar, .rect, .rule, .area], "y2Offset": [.bar, .rect, .rule, .area],
            "clip": all, "orient": [.bar, .tick, .line, .area], "thickness": [.tick],
            "cornerRadius": [.bar, .rect], "cornerRadiusEnd": [.bar],
            "cornerRadiusTopLeft": [.bar, .rect], "cornerRadiusTopRight": [.bar, .rect],
            "cornerRadiusBottomLeft": [.bar, .rect], "cornerRadiusBottomRight": [.bar, .rect],
            "binSpacing": [.bar], "shape": symbols,
            "x": all, "y": all, "x2": all, "y2": all, "width": all, "height": all,
            "text": [.text], "style": all, "line": [.area], "point": [.line, .area], "invalid": all,
        ]
    }()
    static var keys: [String] { kinds.keys.sorted() }

    /// Reads the keys of `r` (a mark object of kind `type`). `asDefault`: a config section,
    /// whose keys apply to the marks that use them and are silently left by the others.
    static func decode(_ r: ObjectReader, type: MarkType, asDefault: Bool, log: DiagnosticLog) -> MarkProperties {
        var p = MarkProperties()
        if !asDefault {
            for key in keys where r.has(key) && !kinds[key]!.contains(type) {
                log.warning(r[key]!.location, r.childPath(key), "is not used by a \(type.rawValue) mark (Vega-Lite ignores it)")
            }
        }
        if let s = r.choice("interpolate", Interpolation.allCases.map(\.rawValue) + Interpolation.unsupported), let n = r["interpolate"] {
            if let i = Interpolation(rawValue: s) { p.interpolate = i } else {
                log.error(n.location, r.childPath("interpolate"), "\"\(s)\" is not drawn yet (available: \(ObjectReader.quoted(Interpolation.allCases.map(\.rawValue))))")
            }
        }
        p.tension = r.number("tension", min: 0, max: 1)
        if let a = r.choice("align", TextAlign.allCases.map(\.rawValue)) { p.align = TextAlign(rawValue: a) }
        if let b = r.choice("baseline", TextBaseline.allCases.map(\.rawValue)) { p.baseline = TextBaseline(rawValue: b) }
        p.angle = r.number("angle", min: -360, max: 360)
        if p.angle != nil && type != .text && type != .circle, let n = r["angle"], !asDefault {
            // A circle is the same turned; other shapes turned are not drawn yet.
            log.error(n.location, r.childPath("angle"), "turns a \(type.rawValue) mark's shape, which is not drawn yet")
        }
        decodeFont(r, into: &p, log: log)
        p.stroke = color(r, "stroke", log: log)
        p.fill = color(r, "fill", log: log)
        p.strokeOpacity = r.number("strokeOpacity", min: 0, max: 1)
        p.fillOpacity = r.number("fillOpacity", min: 0, max: 1)
        p.size = r.number("size", min: 0, max: 10_000)
        for key in ["xOffset", "yOffset", "x2Offset", "y2Offset"] {
            guard let v = r.number(key, min: -2000, max: 2000) else { continue }
            switch key {
            case "xOffset": p.xOffset = v
            case "yOffset": p.yOffset = v
            case "x2Offset": p.x2Offset = v
            default: p.y2Offset = v
            }
        }
        p.clip = r.bool("clip")
        decodeCorners(r, into: &p)
        p.thickness = r.number("thickness", min: 0, max: 100)
        p.binSpacing = r.number("binSpacing", min: 0, max: 100)
        p.shape = r.choice("shape", ["circle", "square", "cross", "diamond", "triangle-up", "triangle-down", "triangle-right",
                                     "triangle-left", "triangle", "stroke", "arrow", "wedge"])
        if let s = p.shape, s != "circle" && s != "square", let n = r["shape"] {
            log.error(n.location, r.childPath("shape"), "\"\(s)\" is not drawn yet (available: \"circle\", \"square\")")
        }
        if type == .text {
            p.x = PixelPosition.decode(r, "x", extentName: "width", log: log)
            p.y = PixelPosition.decode(r, "y", extentName: "height", log: log)
        }
        for key in ["x", "y", "x2", "y2", "width", "height"] where r.has(key) && !(type == .text && (key == "x" || key == "y")) {
            // Vega-Lite's constant positions and sizes in pixels ("x": 0, "y": "height", {"band": …}).
            log.error(r[key]!.location, r.childPath(key), "a constant position or size on the mark is not drawn yet; encode it as a channel")
        }
        p.styles = styleNames(r, log: log)
        if let o = r.choice("orient", ["horizontal", "vertical"]), let n = r["orient"] { p.orient = Located(o, at: n.location, path: r.childPath("orient")) }
        if let n = r["text"] { p.text = words(n, path: r.childPath("text"), log: log) }
        if let n = r["invalid"] {
            // Vega-Lite's invalid-data modes; null is "show". Which of them a chart draws
            // depends on its marks and scales, checked where those are known (InvalidData).
            let mode: InvalidDataMode?
            switch n.value {
            case .null: mode = .show
            case .string(let s): mode = InvalidDataMode(rawValue: s)
            default: mode = nil
            }
            if let mode {
                p.invalid = Located(mode, at: n.location, path: r.childPath("invalid"))
                p.joinsAcrossInvalid = mode == .filter
            } else {
                log.error(n.location, r.childPath("invalid"), "must be null or one of \(ObjectReader.quoted(InvalidDataMode.allCases.map(\.rawValue)))")
            }
        }
        p.pointOverlay = MarkOverlays.point(r, log: log)
        p.lineOverlay = MarkOverlays.line(r, log: log)
        return p
    }

    /// Constant words: a string, or an array of lines (Vega-Lite's multi-line text).
    static func words(_ n: JSONNode, path: String, log: DiagnosticLog) -> String? {
        switch n.value {
        case .string(let s) where !s.isEmpty: return s
        case .array(let items) where !items.isEmpty:
            let lines = items.compactMap { item -> String? in if case .string(let s) = item.value { return s }; return nil }
            if lines.count == items.count { return lines.joined(separator: "\n") }
        default: break
        }
        log.error(n.location, path, "must be the words to write (a string, or an array of lines), found \(n.kindName)")
        return nil
    }

    /// A colour, or nil when absent or invalid (logged).
    static func color(_ r: ObjectReader, _ key: String, log: DiagnosticLog) -> Color? {
        guard let n = r[key] else { return nil }
        if case .null = n.value { return .transparent }  // Vega-Lite: null leaves the part out
        guard let s = r.string(key) else { return nil }
        guard let c = Color(parsing: s) else {
            log.error(n.location, r.childPath(key), "\"\(Quote.short(s))\" is not a colour (use \"#rrggbb\")")
            return nil
        }
        return c
    }

    static func decodeFont(_ r: ObjectReader, into p: inout MarkProperties, log: DiagnosticLog) {
        p.font = r.string("font")
        p.fontSize = r.number("fontSize", min: 1, max: 200)
        if let s = r.choice("fontStyle", ["normal", "italic", "oblique"]) { p.italic = s != "normal" }
        if let n = r["fontWeight"] {
            switch n.value {
            case .number(let w) where w >= 100 && w <= 900 && w.truncatingRemainder(dividingBy: 100) == 0: p.fontWeight = Int(w)
            case .string("normal"): p.fontWeight = 400
            case .string("bold"): p.fontWeight = 700
            default:
                log.error(n.location, r.childPath("fontWeight"), "must be \"normal\", \"bold\" or a weight from 100 to 900 in hundreds")
            }
        }
    }

    static func decodeCorners(_ r: ObjectReader, into p: inout MarkProperties) {
        p.cornerRadius = r.number("cornerRadius", min: 0, max: 1000)
        p.cornerRadiusEnd = r.number("cornerRadiusEnd", min: 0, max: 1000)
        p.cornerRadiusTopLeft = r.number("cornerRadiusTopLeft", min: 0, max: 1000)
        p.cornerRadiusTopRight = r.number("cornerRadiusTopRight", min: 0, max: 1000)
        p.cornerRadiusBottomLeft = r.number("cornerRadiusBottomLeft", min: 0, max: 1000)
        p.cornerRadiusBottomRight = r.number("cornerRadiusBottomRight", min: 0, max: 1000)
    }

    /// `"style"`: one name or a list; later names win (Vega-Lite).
    static func styleNames(_ r: ObjectReader, log: DiagnosticLog) -> [String] {
        guard let n = r["style"] else { return [] }
        switch n.value {
        case .string(let s): return [s]
        case .array(let items):
            return items.enumerated().compactMap { i, item in
                if case .string(let s) = item.value { return s }
                log.error(item.location, "\(r.childPath("style"))[\(i)]", "must be a style name, found \(item.kindName)")
                return nil
            }
        default:
            log.error(n.location, r.childPath("style"), "must be a style name or a list of names, found \(n.kindName)")
            return []
        }
    }
}
