import Foundation

// The display list every chart compiles to: plain values, no Cairo. Tests assert on it
// ("31 bars, sorted descending, the rule at 13.5"), and the render stage draws it.

public struct Point: Sendable, Equatable, CustomStringConvertible {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
    public var description: String { "(\(x), \(y))" }
}

public struct Rect: Sendable, Equatable, CustomStringConvertible {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }

    public func intersects(_ o: Rect) -> Bool {
        minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY
    }

    public func contains(_ o: Rect, tolerance: Double = 0.01) -> Bool {
        o.minX >= minX - tolerance && o.maxX <= maxX + tolerance && o.minY >= minY - tolerance && o.maxY <= maxY + tolerance
    }

    public func insetBy(_ d: Double) -> Rect { Rect(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d) }

    public var description: String { "Rect(x: \(x), y: \(y), w: \(width), h: \(height))" }
}

public struct Color: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var r: Double, g: Double, b: Double, a: Double

    public init(r: Double, g: Double, b: Double, a: Double = 1) {
        self.r = r; self.g = g; self.b = b; self.a = a
    }

    public static let black = Color(r: 0, g: 0, b: 0)
    public static let white = Color(r: 1, g: 1, b: 1)
    public static let transparent = Color(r: 0, g: 0, b: 0, a: 0)

    public func withAlpha(_ a: Double) -> Color { Color(r: r, g: g, b: b, a: a) }

    /// Relative luminance (WCAG), to pick dark or light text on a fill.
    public var luminance: Double {
        func lin(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }

    /// Parses "#rgb", "#rrggbb", "#rrggbbaa", "transparent" and the CSS basic colour names.
    public init?(parsing text: String) {
        let s = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let named = Color.named[s] ?? (s.hasPrefix("#") ? nil : Color.css(s)) { self = named; return }
        guard s.hasPrefix("#") else { return nil }
        let hex = Array(s.dropFirst())
        func v(_ c: Character) -> Double? { c.hexDigitValue.map(Double.init) }
        switch hex.count {
        case 3:
            guard let r = v(hex[0]), let g = v(hex[1]), let b = v(hex[2]) else { return nil }
            self.init(r: r * 17 / 255, g: g * 17 / 255, b: b * 17 / 255)
        case 6, 8:
            var comps: [Double] = []
            for i in stride(from: 0, to: hex.count, by: 2) {
                guard let hi = v(hex[i]), let lo = v(hex[i + 1]) else { return nil }
                comps.append((hi * 16 + lo) / 255)
            }
            self.init(r: comps[0], g: comps[1], b: comps[2], a: comps.count == 4 ? comps[3] : 1)
        default:
            return nil
        }
    }

    static let named: [String: Color] = [
        "transparent": .transparent, "none": .transparent,
        "black": .black, "white": .white,
        "gray": Color(r: 0.5, g: 0.5, b: 0.5), "grey": Color(r: 0.5, g: 0.5, b: 0.5),
        "red": Color(r: 1, g: 0, b: 0), "green": Color(r: 0, g: 0.5, b: 0), "blue": Color(r: 0, g: 0, b: 1),
    ]

    public var description: String {
        func h(_ c: Double) -> String {
            let v = Int((max(0, min(1, c)) * 255).rounded())
            let s = String(v, radix: 16)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + h(r) + h(g) + h(b) + (a < 1 ? h(a) : "")
    }
}

public struct Font: Sendable, Equatable, Hashable {
    /// A Pango family list: "Inter, Noto Sans CJK SC".
    public var family: String
    public var size: Double
    /// CSS weight, 100-900.
    public var weight: Int
    public var italic: Bool

    public init(family: String, size: Double, weight: Int = 400, italic: Bool = false) {
        self.family = family; self.size = size; self.weight = weight; self.italic = italic
    }
}

public enum HorizontalAnchor: Sendable, Equatable { case start, middle, end }
public enum VerticalAnchor: Sendable, Equatable { case top, middle, baseline, bottom }

/// A piece of text as laid out: `position` is the anchor point; the text box (size, measured by
/// the same Pango setup that draws it) sits around it according to the anchors, and the whole
/// box is rotated by `angle` degrees (clockwise, screen coordinates) about the anchor.
public struct TextRun: Sendable, Equatable {
    public var text: String
    public var font: Font
    public var color: Color
    public var position: Point
    public var hAnchor: HorizontalAnchor
    public var vAnchor: VerticalAnchor
    public var angle: Double
    /// Wrap width for multi-line text; nil for a single line.
    public var wrapWidth: Double?
    public var alignment: HorizontalAnchor
    /// The measured box (unrotated).
    public var size: TextSize
    /// A box in this colour behind the glyphs, so a gridline or rule passing behind the text
    /// does not cut through it.
    public var halo: Color? = nil

    /// The axis-aligned bounding box of the text on the page.
    public var bounds: Rect {
        let w = size.width, h = size.height
        let dx: Double = hAnchor == .start ? 0 : (hAnchor == .middle ? -w / 2 : -w)
        let dy: Double
        switch vAnchor {
        case .top: dy = 0
        case .middle: dy = -h / 2
        case .baseline: dy = -size.baseline
        case .bottom: dy = -h
        }
        let corners = [(dx, dy), (dx + w, dy), (dx, dy + h), (dx + w, dy + h)]
        let t = angle * .pi / 180
        let c = cos(t), s = sin(t)
        let xs = corners.map { position.x + $0.0 * c - $0.1 * s }
        let ys = corners.map { position.y + $0.0 * s + $0.1 * c }
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }
}

public struct TextSize: Sendable, Equatable {
    public var width: Double
    public var height: Double
    /// Distance from the top of the box to the first line's baseline.
    public var baseline: Double
    public var lineCount: Int
    /// Where the text starts inside its wrap width (centred or right-aligned wrapped text).
    public var offsetX: Double

    public init(width: Double, height: Double, baseline: Double, lineCount: Int = 1, offsetX: Double = 0) {
        self.width = width; self.height = height; self.baseline = baseline; self.lineCount = lineCount; self.offsetX = offsetX
    }
}

public enum PathCommand: Sendable, Equatable {
    case move(Point)
    case line(Point)
    /// A cubic Bézier from the current point through two control points to the third point
    /// (interpolated lines and areas, rounded corners).
    case curve(Point, Point, Point)
    case close

    /// The point the command ends at (nil for a close).
    public var end: Point? {
        switch self {
        case .move(let p), .line(let p), .curve(_, _, let p): return p
        case .close: return nil
        }
    }
}

public struct Stroke: Sendable, Equatable {
    public var color: Color
    public var width: Double
    public var dash: [Double]

    public init(color: Color, width: Double, dash: [Double] = []) {
        self.color = color; self.width = width; self.dash = dash
    }
}

/// What a node means in the chart, so tests and later tools (hit regions, scene dumps) can
/// find "the bars" without guessing from colours.
public enum Role: Sendable, Equatable, Hashable {
    case background
    case title, subtitle, notes, source
    case gridline, axisDomain, axisTick, axisLabel, axisTitle
    case bar(category: String, series: String?, value: Double)
    /// One connected run of a line (a missing value starts a new run).
    case line(series: String?, layer: Int)
    case area(series: String?, layer: Int)
    case point(series: String?, value: Double)
    /// Words of a text mark, and the segments of a rule mark, drawn from data.
    case textMark(series: String?)
    case ruleMark(series: String?)
    /// A heatmap cell: its column and row categories, and its value when numeric.
    case cell(column: String, row: String, value: Double?)
    /// A target or other annotated point, drawn apart from measured data.
    case annotationPoint(value: Double), annotationPointLabel
    /// A callout's words and its leader line (with the arrowhead).
    case callout, calloutLeader
    case endLabel(String)
    case valueLabel
    case rule(value: Double), ruleLabel
    case band(from: Double, to: Double), bandLabel
    case legendSwatch(String), legendLabel(String), legendTitle
    case decoration
    // Maps (see MapScene.swift).
    case region(RegionMark)
    case regionLabel(id: String), leaderLine(id: String)
    case inset, insetBounds, insetTitle
    case legendGradient
    /// A geoshape mark's drawing of one row of its data.
    case geoshape(row: Int)

    var isRegion: Bool {
        if case .region = self { return true }
        return false
    }
}

public indirect enum SceneNode: Sendable, Equatable {
    case rect(Rect, fill: Color?, stroke: Stroke?, role: Role)
    case path([PathCommand], fill: Color?, stroke: Stroke?, role: Role)
    case text(TextRun, role: Role)
    case circle(center: Point, radius: Double, fill: Color?, stroke: Stroke?, role: Role)
    /// Children drawn clipped to `clip` when given.
    case group([SceneNode], clip: Rect?)
    /// A rectangle filled with a left-to-right linear gradient (colour legends).
    case gradient(Rect, stops: [GradientStop], role: Role)
    /// A path filled with a linear gradient along a line (Vega's gradient mark colours).
    case gradientPath([PathCommand], gradient: LinearGradient, stroke: Stroke?, role: Role)
}

/// A linear gradient from `start` (offset 0) to `end` (offset 1), in scene coordinates.
public struct LinearGradient: Sendable, Equatable {
    public var start: Point
    public var end: Point
    public var stops: [GradientStop]
}

public struct Scene: Sendable, Equatable {
    public var width: Double
    public var height: Double
    public var background: Color
    public var nodes: [SceneNode]
    /// Document title for PDF metadata.
    public var title: String?
    /// What the chart shows, in words (AltText): the SVG's <desc>, the PDF's subject, the
    /// PNG's Description. Set by the engine for a whole chart; nil inside panels.
    public var description: String?
    /// The spec file the scene was drawn from, for messages about the image (its size).
    public var specFile: String?
    /// The plot's box (inside axes, legends and titles) where a compiler has one: the size a
    /// Vega-Lite `width`/`height` asks for (PlotSize).
    public var plotArea: Rect?

    public init(width: Double, height: Double, background: Color, nodes: [SceneNode] = [], title: String? = nil) {
        self.width = width; self.height = height; self.background = background; self.nodes = nodes; self.title = title
    }

    /// Every leaf node, groups flattened, in drawing order.
    public var leaves: [SceneNode] {
        var out: [SceneNode] = []
        func walk(_ ns: [SceneNode]) {
            for n in ns {
                if case .group(let children, _) = n { walk(children) } else { out.append(n) }
            }
        }
        walk(nodes)
        return out
    }

    /// The bars, in drawing order, with their rectangles (a rounded bar's outline's bounds).
    public var bars: [(rect: Rect, category: String, series: String?, value: Double, fill: Color?)] {
        leaves.compactMap {
            if case .rect(let r, let fill, _, .bar(let c, let s, let v)) = $0 { return (r, c, s, v, fill) }
            if case .path(let cmds, let fill, _, .bar(let c, let s, let v)) = $0 {
                let ends = cmds.compactMap(\.end)
                guard let x0 = ends.map(\.x).min(), let x1 = ends.map(\.x).max(), let y0 = ends.map(\.y).min(), let y1 = ends.map(\.y).max() else { return nil }
                return (Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0), c, s, v, fill)
            }
            return nil
        }
    }

    public var texts: [(run: TextRun, role: Role)] {
        leaves.compactMap {
            if case .text(let t, let role) = $0 { return (t, role) }
            return nil
        }
    }
}

// MARK: - Colour transforms

extension Color {
    /// The gray with the same relative luminance (so lightness order survives).
    public var gray: Color {
        if r == g && g == b { return self }  // already gray: unchanged, to the bit
        let l = luminance
        let v = l <= 0.0031308 ? 12.92 * l : 1.055 * pow(l, 1 / 2.4) - 0.055
        return Color(r: v, g: v, b: v, a: a)
    }
}

extension Scene {
    /// The same scene with every colour passed through `f` (fills, strokes, text, halos,
    /// gradient stops, background).
    public func mappingColors(_ f: (Color) -> Color) -> Scene {
        func stroke(_ s: Stroke?) -> Stroke? { s.map { Stroke(color: f($0.color), width: $0.width, dash: $0.dash) } }
        func map(_ n: SceneNode) -> SceneNode {
            switch n {
            case .rect(let r, let fill, let s, let role): return .rect(r, fill: fill.map(f), stroke: stroke(s), role: role)
            case .path(let c, let fill, let s, let role): return .path(c, fill: fill.map(f), stroke: stroke(s), role: role)
            case .circle(let c, let radius, let fill, let s, let role): return .circle(center: c, radius: radius, fill: fill.map(f), stroke: stroke(s), role: role)
            case .text(var run, let role):
                run.color = f(run.color)
                run.halo = run.halo.map(f)
                return .text(run, role: role)
            case .group(let children, let clip): return .group(children.map(map), clip: clip)
            case .gradient(let r, let stops, let role):
                return .gradient(r, stops: stops.map { GradientStop(offset: $0.offset, color: f($0.color)) }, role: role)
            case .gradientPath(let c, var g, let s, let role):
                g.stops = g.stops.map { GradientStop(offset: $0.offset, color: f($0.color)) }
                return .gradientPath(c, gradient: g, stroke: stroke(s), role: role)
            }
        }
        var out = self
        out.background = f(background)
        out.nodes = nodes.map(map)
        return out
    }
}
