// The chart spec as written by a designer, normalised into one shape (the Vega-Lite model):
// a top-level `mark` + `encoding` becomes a single layer, so every later stage sees `layers`.
// Values keep their source locations so the resolve stage can point at a bad field name.

/// A value together with where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation
    public var path: String

    public init(_ value: Value, at location: SourceLocation, path: String) {
        self.value = value
        self.location = location
        self.path = path
    }
}

public struct ChartSpec: Sendable {
    /// The spec file as named by the user (used in messages).
    public var file: String
    /// The folder that relative data and style paths are resolved against.
    public var baseDirectory: String
    /// Where the paths this spec names may lead: below `baseDirectory` unless the caller says
    /// otherwise (see PathPolicy).
    public var paths: PathPolicy
    public var title: String?
    public var subtitle: String?
    public var notes: [String] = []
    public var source: String?
    public var width: Located<Double>?
    public var height: Located<Double>?
    /// A style name ("ccnt", "print") or a path to a style JSON file.
    public var style: Located<String>?
    /// Style values overriding the chosen style for this chart only (Vega-Lite's `config`).
    public var config: JSONNode?
    public var data: DataSpec?
    /// Transforms of the view's data, in order (layers with data of their own skip them).
    public var transform: [TransformSpec] = []
    public var layers: [LayerSpec] = []
    public var annotations: [AnnotationSpec] = []
    /// Vega-Lite's resolve: `{"scale": {"y": "independent"}}` gives the second layer its own
    /// y scale on a right-hand axis.
    public var independentY = false
    public var location: SourceLocation
    /// Maps: the map, its projection and an inset (see MapSpec.swift).
    public var map: MapSpec? = nil
    /// Panels side by side or stacked (`hconcat`, `vconcat`); the figure then has no layers.
    public var concat: ConcatSpec? = nil
    /// A figure of panels: which scales its panels share (`resolve` beside `facet` or `hconcat`).
    public var figureResolve = FigureResolve(sharedX: true, sharedY: true)
    /// Small multiples (`facet`, `columns`, `spec`).
    public var facet: FacetSpec? = nil

    /// The spec with its paths confined to its folder and `extraRoots` (or not at all).
    public func confined(extraRoots: [String], allowOutside: Bool) -> ChartSpec {
        var spec = self
        spec.paths = .forSpec(in: baseDirectory, extraRoots: extraRoots, allowOutside: allowOutside)
        return spec
    }

    public init(file: String, baseDirectory: String, location: SourceLocation) {
        self.file = file
        self.baseDirectory = baseDirectory
        self.location = location
        self.paths = PathPolicy(roots: [baseDirectory])
    }
}

public enum DataSpec: Sendable {
    /// A CSV file, relative to the spec file.
    case csv(Located<String>)
    /// Rows written into the spec: an array of objects.
    case values([JSONNode], SourceLocation)
}

public struct LayerSpec: Sendable {
    public var mark: MarkSpec
    public var encoding: EncodingSpec
    public var data: DataSpec?
    public var path: String
    /// The layer's own transforms, after the view's.
    public var transform: [TransformSpec] = []
}

public enum MarkType: String, Sendable, CaseIterable {
    case bar, line, area, point, circle, square, tick, rect, rule, text, region
}

public struct MarkSpec: Sendable {
    public var type: MarkType
    /// Value labels at the end of each bar (inside each segment of a stack, above each point).
    public var labels: Bool = false
    /// Stacked bars: each stack's total beyond its end (`"labels": "total"`, or `"all"` with
    /// the segments' values too).
    public var totalLabels: Bool = false
    /// A fixed colour for the mark when no colour field is encoded.
    public var color: Located<String>?
    /// Lines: a dot at each data point.
    public var point: Bool = false
    /// Points, circles, squares: filled or outlined (Vega-Lite: a point is outlined, a circle
    /// and a square filled, unless `filled` says otherwise).
    public var filled: Bool?
    /// Lines: the series name at the end of each line, instead of a legend.
    public var endLabels: Bool = false
    /// Lines: a dash pattern (e.g. [4, 3] for projections).
    public var strokeDash: [Double] = []
    /// Lines: stroke width; areas: not used.
    public var strokeWidth: Double?
    /// Opacity of the mark's colour (areas: of their fill).
    public var opacity: Double?
    /// Text marks: the offset of the words from their position, in units (Vega-Lite's dx/dy).
    public var dx: Double = 0
    public var dy: Double = 0
    /// Text marks: the same words at every position (`"text": {"value": …}`).
    public var textValue: String?
    public var location: SourceLocation
    public var path: String
    /// Region marks: labels and the no-data legend entry.
    public var region: RegionMarkOptions? = nil
}

public enum FieldType: String, Sendable, CaseIterable {
    case nominal, ordinal, quantitative, temporal

    var isDiscrete: Bool { self == .nominal || self == .ordinal }
}

public enum SortSpec: Sendable, Equatable {
    /// The order of first appearance in the data.
    case dataOrder
    case ascending
    case descending
    /// By another channel's values: "y" or "-y" (Vega-Lite's shorthand).
    case byChannel(String, descending: Bool)
    /// An explicit order of category values.
    case explicit([String])
}

public enum StackMode: String, Sendable {
    case zero        // `"stack": true`: bars on top of each other
    case normalize   // shares of 100%
}

public struct ScaleSpec: Sendable {
    public var domain: [JSONNode]?
    public var domainLocation: SourceLocation?
    public var zero: Bool?
    public var nice: Bool?
    /// Colours for a colour scale, in domain order.
    public var range: [Located<String>]?
    /// Colour scales: "linear", "threshold", "quantize" or "ordinal" (Vega-Lite's names).
    public var type: Located<String>?
    /// A named colour scheme ("greens", "brbg") and how many classes to take from it.
    public var scheme: Located<String>?
    public var schemeCount: Int?
    /// The midpoint of a diverging colour scale (e.g. a national target).
    public var domainMid: Located<Double>?
    public var location: SourceLocation?
}

public struct AxisSpec: Sendable {
    public var hidden = false
    public var title: String??
    public var grid: Bool?
    public var labelAngle: Double?
    public var tickCount: Int?
    public var format: String?
}

public enum LegendOrient: String, Sendable, CaseIterable {
    case top, bottom, right, none
}

public struct LegendSpec: Sendable {
    public var hidden = false
    public var title: String??
    public var orient: LegendOrient?
}

public struct ChannelSpec: Sendable {
    public var field: Located<String>?
    /// Vega-Lite's encoding shorthands: the channel shows an aggregate of its field over the
    /// groups of the other channels, or its date truncated to a unit (EncodingTransforms).
    public var aggregate: Located<String>?
    public var timeUnit: Located<String>?
    public var type: Located<FieldType>?
    public var sort: SortSpec?
    public var sortLocation: SourceLocation?
    /// nil: use the field name; .some(nil): no title.
    public var title: String??
    public var format: String?
    public var stack: StackMode?
    /// `"stack": false` or null: areas overlap instead of stacking.
    public var stackExplicitlyOff = false
    public var scale: ScaleSpec?
    public var axis: AxisSpec?
    public var legend: LegendSpec?
    public var location: SourceLocation
    public var path: String
}

public struct EncodingSpec: Sendable {
    public var x: ChannelSpec?
    public var y: ChannelSpec?
    public var color: ChannelSpec?
    /// Vega-Lite's offset channels: bars side by side within a category band.
    public var xOffset: ChannelSpec?
    public var yOffset: ChannelSpec?
    /// Maps: the field naming each row's region.
    public var region: ChannelSpec?
    /// Splits lines, areas and stacks into one series per value without colouring them apart.
    public var detail: ChannelSpec?
    /// Text marks: the column whose values are written.
    public var text: ChannelSpec?
    /// The other end of a bar or area: it spans y2 to y (x2 to x) instead of growing from zero.
    public var x2: ChannelSpec?
    public var y2: ChannelSpec?
    public var location: SourceLocation
}

extension EncodingSpec {
    /// A field channel by its Vega-Lite name ("x", "y2", "color", …; see EncodingChannels.fields).
    subscript(channel key: String) -> ChannelSpec? {
        get {
            switch key {
            case "x": return x
            case "y": return y
            case "x2": return x2
            case "y2": return y2
            case "xOffset": return xOffset
            case "yOffset": return yOffset
            case "detail": return detail
            case "text": return text
            case "region": return region
            default: return color
            }
        }
        set {
            switch key {
            case "x": x = newValue
            case "y": y = newValue
            case "x2": x2 = newValue
            case "y2": y2 = newValue
            case "xOffset": xOffset = newValue
            case "yOffset": yOffset = newValue
            case "detail": detail = newValue
            case "text": text = newValue
            case "region": region = newValue
            default: color = newValue
            }
        }
    }
}

public enum AnnotationKind: String, Sendable, CaseIterable {
    /// `text` is a callout: words at an offset from a data position, with an optional arrow.
    case rule, band, point, text
}

/// A callout's words and where they stand relative to their target.
public struct CalloutSpec: Sendable {
    public var text: String
    /// Offset of the words from the target, in chart units (Vega-Lite's text `dx`/`dy`).
    public var dx: Double
    public var dy: Double
    /// A leader line with an arrowhead from the words to the target.
    public var arrow: Bool
}

/// A position written in an annotation: a number, or a date/category as text ("2025").
public enum AnnotationValue: Sendable, Equatable {
    case number(Double)
    case text(String)

    var number: Double? { if case .number(let v) = self { return v } else { return nil } }

    var written: String {
        switch self {
        case .number(let v): return Format.plain(v)
        case .text(let s): return "\"\(s)\""
        }
    }
}

public struct AnnotationSpec: Sendable {
    public var kind: AnnotationKind
    /// "x" or "y": which position channel the value is on (a point's x).
    public var channel: String
    public var value: AnnotationValue
    /// The far edge of a band.
    public var value2: AnnotationValue?
    /// A point's (or callout's) y value.
    public var pointY: Double?
    /// Callouts (`"type": "text"`).
    public var callout: CalloutSpec?
    public var label: String?
    public var color: Located<String>?
    public var location: SourceLocation
    public var path: String

    /// A point or a callout: at a data position (x and y) rather than along one axis.
    var isPositioned: Bool { kind == .point || kind == .text }

    /// The value as a number (bar charts accept numbers only; the resolver checks).
    var number: Double { value.number ?? .nan }
    var number2: Double? { value2.map { $0.number ?? .nan } }
}
