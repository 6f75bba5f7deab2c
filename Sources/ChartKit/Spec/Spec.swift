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
    /// Where the title and subtitle sit across the chart (Vega-Lite's title `anchor`); nil
    /// for the style's place, the start.
    public var titleAnchor: HorizontalAnchor?
    /// Vega-Lite's `description`: what the chart shows, in words, for readers who cannot see
    /// it (kept for accessibility: SVG output and the library's callers).
    public var description: String?
    /// Vega-Lite's `name` of a view, for reference; it draws nothing.
    public var name: String?
    /// What the spec asks for that a static picture cannot do, as "path: message" lines;
    /// every render reports them (see DiagnosticLog.warning).
    public var warnings: [String] = []
    public var notes: [String] = []
    public var source: String?
    public var width: Located<Double>?
    public var height: Located<Double>?
    /// `{"step": n}` for width or height: n pixels per band of that axis (Engine/BandStep.swift).
    public var widthStep: Located<Double>?
    public var heightStep: Located<Double>?
    /// The spec says it is Vega-Lite (`$schema` names a Vega-Lite schema): a side it leaves
    /// out takes Vega-Lite's default view size, not the style's (VegaLiteViewSize).
    public var isVegaLite = false
    /// `"autosize": "fit"`: `width` and `height` are the whole figure's. Without it they are
    /// the plot's, as Vega-Lite's default ("pad") has them, and the figure grows around it.
    public var autosizeFit = false
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
    /// `spacing`: the gaps between the figure's panels (PanelSpacing).
    public var spacing: PanelSpacing? = nil
    /// Small multiples (`facet`, `columns`, `spec`).
    public var facet: FacetSpec? = nil
    /// Vega-Lite's top-level `datasets`: arrays of records that data specs name with
    /// `{"name": …}`; a figure's panels see the figure's.
    public var datasets: [String: Located<[JSONNode]>] = [:]
    /// The config's mark defaults (config.mark, config.bar…, config.style), for every view.
    public var markDefaults = MarkDefaults()
    /// The config's axis keys and count title, for every view (ViewConfig).
    var viewConfig = ViewConfig()

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
    /// A CSV file, relative to the spec file (this project's shorthand for a `url` to a CSV).
    case csv(Located<String>)
    /// Rows written into the spec: an array of objects, and `format.parse`'s rules for them.
    case values([JSONNode], SourceLocation, parse: [ParseRule] = [])
    /// A file named by Vega-Lite's `url`, relative to the spec file, read as `format` says
    /// (CSV, TSV, JSON or an Excel workbook).
    case url(Located<String>, DataFormat)
    /// One of the spec's top-level `datasets`, by name (Vega-Lite's `{"name": …}`).
    case named(Located<String>)
}

/// The kinds of data file a `url` may name.
public enum DataFileType: String, Sendable, CaseIterable {
    case csv, tsv, json, xlsx, topojson

    /// The type a file's extension implies, nil when it implies none.
    public static func from(extension ext: String) -> DataFileType? {
        switch ext.lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "json": return .json
        case "xlsx", "xlsm": return .xlsx
        default: return nil
        }
    }
}

/// How `format.parse` reads a column (Vega-Lite's parse types).
public enum ParseType: String, Sendable, CaseIterable {
    /// Every value must read as a number; the column is quantitative unless a channel says otherwise.
    case number
    /// Values are text, numbers included ("2025" stays a category); nominal by default.
    case string
    /// true/false (also 1/0); nominal by default.
    case boolean
    /// Values stay as written, but each must read as a date (2023, 2023-06, 2023-06-30);
    /// Excel date serials become "YYYY-MM-DD". Temporal by default.
    case date

    /// The field type a column read this way takes when a channel gives none.
    var fieldType: FieldType {
        switch self {
        case .number: return .quantitative
        case .string, .boolean: return .nominal
        case .date: return .temporal
        }
    }
}

/// One entry of `format.parse`: a column and how to read it.
public struct ParseRule: Sendable {
    public var field: Located<String>
    public var type: ParseType
    /// "date:'%d.%m.%Y'": how the dates are written (DatePattern).
    public var pattern: DatePattern? = nil

    public init(field: Located<String>, type: ParseType) {
        self.field = field
        self.type = type
    }
}

/// A worksheet of a workbook, by name or by 1-based position.
public enum SheetSelector: Sendable, Equatable, CustomStringConvertible {
    case name(String)
    case index(Int)

    public var description: String {
        switch self {
        case .name(let n): return "\"\(n)\""
        case .index(let i): return "\(i)"
        }
    }
}

/// A rectangle of spreadsheet cells ("A3:F40"), 1-based and inclusive.
public struct CellRange: Sendable, Equatable, CustomStringConvertible {
    public var firstColumn: Int
    public var firstRow: Int
    public var lastColumn: Int
    public var lastRow: Int

    public init(firstColumn: Int, firstRow: Int, lastColumn: Int, lastRow: Int) {
        self.firstColumn = firstColumn
        self.firstRow = firstRow
        self.lastColumn = lastColumn
        self.lastRow = lastRow
    }

    public var description: String {
        "\(CellRange.columnName(firstColumn))\(firstRow):\(CellRange.columnName(lastColumn))\(lastRow)"
    }

    /// The largest sheet Excel writes: 1,048,576 rows, 16,384 columns (XFD).
    public static let maximumRow = 1_048_576
    public static let maximumColumn = 16_384

    /// "A" for 1, "Z" for 26, "AA" for 27.
    public static func columnName(_ column: Int) -> String {
        var n = column
        var out: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            out.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(out.reversed())
    }

    /// Splits a cell reference ("C7", also "$C$7") into its column and row; nil when it is not one.
    public static func parseCell(_ text: Substring) -> (column: Int, row: Int)? {
        var column = 0, row = 0
        var i = text.startIndex
        if i < text.endIndex, text[i] == "$" { i = text.index(after: i) }
        var letters = 0
        while i < text.endIndex, let a = text[i].asciiValue, (65...90).contains(a) || (97...122).contains(a) {
            column = column * 26 + Int((a & 0xDF) - 64)
            letters += 1
            guard letters <= 3 else { return nil }
            i = text.index(after: i)
        }
        if i < text.endIndex, text[i] == "$" { i = text.index(after: i) }
        var digits = 0
        while i < text.endIndex, let d = text[i].wholeNumberValue, text[i].isASCII {
            row = row * 10 + d
            digits += 1
            guard digits <= 7 else { return nil }
            i = text.index(after: i)
        }
        guard i == text.endIndex, letters > 0, digits > 0, (1...maximumColumn).contains(column), (1...maximumRow).contains(row) else { return nil }
        return (column, row)
    }

    /// Parses "A3:F40"; nil when the text is not a range with its top-left corner first.
    public static func parse(_ text: String) -> CellRange? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = parseCell(parts[0]), let b = parseCell(parts[1]),
              a.column <= b.column, a.row <= b.row else { return nil }
        return CellRange(firstColumn: a.column, firstRow: a.row, lastColumn: b.column, lastRow: b.row)
    }
}

/// How a `url`'s file is read: Vega-Lite's `format`, plus this project's keys for workbooks.
public struct DataFormat: Sendable {
    /// The file's type: `format.type`, else its extension's.
    public var type: DataFileType
    /// `format.parse`: columns read as a given type (empty: every value as written).
    public var parse: [ParseRule] = []
    /// JSON: the dotted path of the array of records inside the file ("data.rows").
    public var property: Located<String>? = nil
    /// Workbooks: the sheet (default: the first worksheet).
    public var sheet: Located<SheetSelector>? = nil
    /// Workbooks: the cells to read (default: from A1 to the last cell holding a value).
    public var range: Located<CellRange>? = nil
    /// Workbooks: the row of the range holding the column names, 1-based (default 1).
    public var header: Located<Int>? = nil
    /// TopoJSON: the object read as features (`feature`) or as the mesh of its arcs (`mesh`).
    public var topology: TopoJSONSelection? = nil
    /// Where the `format` object was written (the `url` when there is none), and its path.
    public var location: SourceLocation
    public var path: String

    public init(type: DataFileType, location: SourceLocation, path: String) {
        self.type = type
        self.location = location
        self.path = path
    }

    /// Identifies the reading of a file: two data specs with the same key give the same table.
    var cacheKey: String {
        var parts = [type.rawValue]
        parts.append(property?.value ?? "")
        parts.append(sheet.map { $0.value.description } ?? "")
        parts.append(range.map { $0.value.description } ?? "")
        parts.append(header.map { "\($0.value)" } ?? "")
        parts.append(topology.map { "\($0.kind.rawValue):\($0.object.value)" } ?? "")
        parts.append(parse.map { "\($0.field.value)=\($0.type.rawValue)" }.joined(separator: "\u{1E}"))
        return parts.joined(separator: "\u{1F}")
    }
}

public struct LayerSpec: Sendable {
    public var mark: MarkSpec
    public var encoding: EncodingSpec
    public var data: DataSpec?
    public var path: String
    /// The layer's own transforms, after the view's.
    public var transform: [TransformSpec] = []
    /// The fields a facet splits the layer's panels by: an encoding aggregate groups by them
    /// too (Vega-Lite's), so each panel aggregates its own rows.
    public var facetFields: [FieldName] = []
}

public enum MarkType: String, Sendable, CaseIterable {
    case bar, line, area, point, circle, square, tick, rect, rule, text, region, geoshape
}

public struct MarkSpec: Sendable {
    public var type: MarkType
    /// Vega-Lite's "trail": a line (type .line) drawn as a filled band whose width follows the
    /// size channel at each point (Marks/TrailPath.swift).
    public var trail: Bool = false
    /// The mark's name as written: "trail" for a trail, else the type's.
    public var kindName: String { trail ? "trail" : type.rawValue }
    /// Value labels at the end of each bar (inside each segment of a stack, above each point).
    public var labels: Bool = false
    /// Stacked bars: each stack's total beyond its end (`"labels": "total"`, or `"all"` with
    /// the segments' values too).
    public var totalLabels: Bool = false
    /// A fixed colour for the mark when no colour field is encoded.
    public var color: Located<String>?
    /// Rows whose test holds take a condition's colour instead (ValueConditions.swift).
    public var colorConditions: [ColorCondition] = []
    /// `color` as Vega's linear gradient (MarkGradient.swift; areas).
    public var colorGradient: MarkGradient?
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
    /// Vega-Lite's constant size of a symbol (its area in px²) or a text mark (its font size).
    public var size: Double?
    /// Point marks: Vega's symbol shape for every point.
    public var shape: SymbolShape?
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
    /// Vega-Lite's other mark properties (interpolate, align, stroke, size…).
    public var props = MarkProperties()
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
    /// By an aggregate of another field over each category's rows (Vega-Lite's sort field
    /// object); the resolver turns it into `.explicit` from the data (SortByField).
    case byField(SortField)
}

/// `{"field": "yield", "op": "median", "order": "descending"}`.
public struct SortField: Sendable, Equatable {
    public var field: FieldName
    /// The aggregate over a category's rows; nil: Vega-Lite's default ("min", "sum" on a stack).
    public var op: String?
    public var descending: Bool

    public static func == (a: SortField, b: SortField) -> Bool {
        a.field.value == b.field.value && a.op == b.op && a.descending == b.descending
    }
}

public enum StackMode: String, Sendable {
    case zero        // `"stack": true`: bars on top of each other
    case normalize   // shares of 100%
    case center      // Vega's "center": each pile centred on half the largest pile (streamgraphs)
}

public struct ScaleSpec: Sendable {
    public var domain: [JSONNode]?
    public var domainLocation: SourceLocation?
    public var zero: Bool?
    public var nice: Bool?
    /// Colours for a colour scale, in domain order.
    public var range: [Located<String>]?
    /// A range of numbers (a size scale's [min, max]), and Vega-Lite's rangeMin / rangeMax.
    public var numericRange: Located<[Double]>?
    public var rangeMin: Double?
    public var rangeMax: Double?
    /// Colour scales: "linear", "threshold", "quantize" or "ordinal" (Vega-Lite's names).
    public var type: Located<String>?
    /// A named colour scheme ("greens", "brbg") and how many classes to take from it.
    public var scheme: Located<String>?
    public var schemeCount: Int?
    /// `scheme.extent`: the part [a, b] of a continuous scheme used (VegaSchemes.swift).
    public var schemeExtent: [Double]?
    /// The midpoint of a diverging colour scale (e.g. a national target).
    public var domainMid: Located<Double>?
    /// `"scale": null` on colour: the field's values are the colours themselves, no legend.
    public var disabled = false
    /// Parameters of "log", "pow" and "symlog" position scales (ScaleTransform.swift).
    public var base: Double?
    public var exponent: Double?
    public var constant: Double?
    /// Vega's `padding` of a continuous position scale: pixels kept beyond the data at each
    /// end of the range (ScalePadding).
    public var padding: Located<Double>?
    /// Vega-Lite's `reverse`: a position scale's range runs the other way (ScaleReverse).
    public var reverse: Located<Bool>?
    public var location: SourceLocation?
}

public struct AxisSpec: Sendable {
    public var hidden = false
    public var title: String??
    public var grid: Bool?
    public var labelAngle: Double?
    public var tickCount: Int?
    public var format: String?
    /// `values`: the ticks of a value axis, as given (AxisValues.swift).
    public var values: Located<[Double]>?
    /// The look of its parts, label expressions (AxisProperties.swift).
    var more = AxisProperties()
    /// `orient: "top"` on an x axis that shows only its title (AxisOrient, AxisOrientCheck).
    var top: Located<String>?
    /// `zindex` above 0: the axis, its grid too, drawn over the marks (AxisZindexCheck).
    var zindex: Located<Double>?
}

public enum LegendOrient: String, Sendable, CaseIterable {
    case top, bottom, right, none
    /// Vega's corner orients: the legend inside the plot, `offset` from its corner.
    case topLeft = "top-left", topRight = "top-right", bottomLeft = "bottom-left", bottomRight = "bottom-right"

    var isInside: Bool { [.topLeft, .topRight, .bottomLeft, .bottomRight].contains(self) }
}

public struct LegendSpec: Sendable {
    public var hidden = false
    /// Hidden in a panel because the figure draws the legend of all its panels once
    /// (ConcatColours); not when the spec hides it.
    public var drawnByFigure = false
    public var title: String??
    public var orient: LegendOrient?
    /// Vega-Lite's `offset`: the gap between a legend inside the plot and the plot's corner.
    public var offset: Double?
    /// Vega's `clipHeight`: each entry this many pixels high, its symbol cut to that height.
    public var clipHeight: Double?
    /// The labels' number format (quantitative legends: size, gradients, classes).
    public var format: String?
    /// Vega-Lite's direction and title placement, checked against the legend's place.
    public var direction: String?
    public var titleOrient: String?
    /// A gradient legend's length in px.
    public var gradientLength: Double?
    /// The values a size legend shows, instead of round values of its scale.
    public var values: [Double]?
    public var location: SourceLocation? = nil
    public var path = ""
}

public struct ChannelSpec: Sendable {
    public var field: Located<String>?
    /// `"type": "geojson"` (the shape channel of a geoshape mark): the field holds geometry.
    public var geojson: Located<Bool>?
    /// Vega-Lite's encoding shorthands: the channel shows an aggregate of its field over the
    /// groups of the other channels, or its date truncated to a unit (EncodingTransforms).
    public var aggregate: Located<String>?
    /// `{"argmax": "gross"}`: the field whose extreme row the channel's field is read from.
    public var aggregateArgument: FieldName?
    public var timeUnit: Located<String>?
    /// `"bin": true` or `{"maxbins": …}`: the channel shows each value's bin, from its start
    /// to its end (the x2 or y2 the bin fills in), as Vega-Lite draws a histogram.
    public var bin: Located<BinParams>?
    public var type: Located<FieldType>?
    public var sort: SortSpec?
    public var sortLocation: SourceLocation?
    /// nil: use the field name; .some(nil): no title.
    public var title: String??
    /// A `datum` on a colour or offset channel: a constant in that scale's domain
    /// (ColorDatum.swift).
    public var categoryDatum: Located<String>?
    public var format: String?
    public var stack: StackMode?
    /// `"stack": false` or null: areas overlap instead of stacking.
    public var stackExplicitlyOff = false
    public var scale: ScaleSpec?
    public var axis: AxisSpec?
    public var legend: LegendSpec?
    /// `bandPosition`: where in its band (0 start, 0.5 centre) a mark sits (BandPosition.swift).
    public var bandPosition: Located<Double>?
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
    /// Vega-Lite's mark-property channels from a field: a symbol's area (SizeScale), its shape
    /// (SymbolShape), a line's dash pattern, and the order a line's points are joined in.
    public var size: ChannelSpec?
    public var shape: ChannelSpec?
    public var strokeDash: ChannelSpec?
    public var order: ChannelSpec?
    public var opacity: ChannelSpec?
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
            case "size": return size
            case "shape": return shape
            case "strokeDash": return strokeDash
            case "order": return order
            case "opacity": return opacity
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
            case "size": size = newValue
            case "shape": shape = newValue
            case "strokeDash": strokeDash = newValue
            case "order": order = newValue
            case "opacity": opacity = newValue
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
    /// Vega-Lite's text `align` and `baseline`: which side of the words sits at the offset
    /// point (by default the side facing the target, from the signs of dx and dy).
    public var align: HorizontalAnchor? = nil
    public var baseline: VerticalAnchor? = nil
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
    /// A text layer's `mark.x` in pixels in place of an x datum (Vega-Lite's `"x": "width"`:
    /// words at the plot's right edge, at their y datum); `value` is then unused.
    public var pixelX: PixelPosition? = nil
    /// Callouts (`"type": "text"`).
    public var callout: CalloutSpec?
    public var label: String?
    public var color: Located<String>?
    /// A rule drawn from a rule layer: the layer's stroke width and dash (its `size` or
    /// `strokeWidth`, its `strokeDash`), else the style's.
    public var strokeWidth: Double? = nil
    public var strokeDash: [Double]? = nil
    /// A rule layer's `stroke` colour (with its opacity), when it gave one and no `color`.
    public var strokeColor: Color? = nil
    public var location: SourceLocation
    public var path: String

    /// A point or a callout: at a data position (x and y) rather than along one axis.
    var isPositioned: Bool { kind == .point || kind == .text }

    /// The value as a number (bar charts accept numbers only; the resolver checks).
    var number: Double { value.number ?? .nan }
    var number2: Double? { value2.map { $0.number ?? .nan } }
}
