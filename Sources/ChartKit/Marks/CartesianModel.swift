import Foundation

// Layered charts over a shared x axis: lines, areas, points and bars, each layer on the left
// y axis or (with `"resolve": {"scale": {"y": "independent"}}`) the second on a right axis.
// This file turns resolved layers into series of (x, y) values; CartesianCompiler draws them.

/// How the shared x axis places values.
enum XKind: Equatable {
    /// Categories in bands: any chart with bars (years as ordinal categories), or nominal x.
    case band
    /// Continuous dates (days since 1970-01-01).
    case time
    /// Continuous numbers.
    case linear
}

struct SeriesPoint: Sendable {
    /// The category (band axes) or the value as written.
    var key: String
    /// The position on a continuous axis (days for time, the number for linear); the band
    /// index for band axes.
    var x: Double
    var y: Double?
    var row: Int
    /// The other end of a bar or area given by a y2 field (else it grows from zero).
    var y2: Double? = nil
    /// Text marks: the words written at the point.
    var text: String? = nil
    /// Bars on a continuous x axis (bins): the bar's right edge.
    var x2: Double? = nil
    /// Symbols: the size field's value (an area through the chart's SizeScale) and the shape
    /// field's category.
    var size: Double? = nil
    var shape: String? = nil
    /// The colour of the value condition the row meets, over the series colour.
    var color: Color? = nil
    /// The opacity field's value, and the alpha the chart's opacity scale gives it.
    var opacity: Double? = nil
    var alpha: Double? = nil
    /// Symbols on a binned axis (BinnedSymbols): the bin they stand for, which the axis spans;
    /// x and y are then the bin's centre.
    var xBin: ClosedRange<Double>? = nil
    var yBin: ClosedRange<Double>? = nil
    /// Rules on a band axis from x to x2 (a waterfall's connectors): the category x2 names;
    /// x2 becomes its band index.
    var x2Key: String? = nil
}

/// A series is told apart by its colour value and its detail value.
struct SeriesKey: Hashable {
    var name: String?
    var detail: String?
    /// The strokeDash field's value.
    var dash: String? = nil
}

struct Series: Sendable {
    /// The colour field's value; nil for a layer without one.
    var name: String?
    var color: Color
    var points: [SeriesPoint]
    /// The detail field's value: series of one colour told apart without a legend entry.
    var detail: String? = nil
    /// The strokeDash field's value, and the pattern its scale deals it.
    var dashName: String? = nil
    var dash: [Double]? = nil
}

struct LayerModel: Sendable {
    var index: Int
    var layer: ResolvedLayer
    var x: Field
    var y: Field
    var series: [Series]
    var stack: StackMode?
    /// Bars: series side by side in each band (an xOffset channel).
    var grouped = false
    /// 0: left axis; 1: right axis.
    var axis: Int

    var mark: MarkType { layer.mark.type }
    var label: String { y.title ?? y.name }
}

struct CartesianModel: Sendable {
    var xKind: XKind
    /// Band categories in axis order (band axes).
    var categories: [String]
    /// The finest precision of the dates written (time axes).
    var precision: TemporalValue.Precision
    var layers: [LayerModel]
    /// An opacity field's scale (OpacityChannel), shared by the layers.
    var opacityScale: LinearScale? = nil
    var opacityField: Field? = nil
    /// Categories on y, first at the top (CategoryY); nil for a value axis.
    var yCategories: [String]? = nil
    /// A quantitative colour field on symbols: its scale and legend (ValueColors).
    var valueColors: ValueColors? = nil

    /// Charts with more than one layer, or with lines, areas or points, are drawn here; single
    /// bar layers go to BarChartCompiler (which also does horizontal bars).
    static func handles(_ chart: Chart) -> Bool {
        (chart.layers.count > 1 || chart.layers.contains { $0.mark.type != .bar || spansX($0) || bandSpan($0) }) && !HorizontalLayers.handles(chart)
    }

    /// Bars from x to x2 on a continuous axis (a histogram's bins), under a quantitative y.
    static func spansX(_ layer: ResolvedLayer) -> Bool {
        (layer.mark.type == .bar && layer.x2 != nil && layer.x?.type == .quantitative && layer.y?.type == .quantitative)
            || RectSpans.applies(layer) || PlotBands.applies(layer)
    }


    static func build(_ chart: Chart, log: DiagnosticLog) -> CartesianModel? {
        // A tick or point layer without y is a strip across the middle of the plot.
        let chart = StripPlot.centred(PixelText.withoutPixelText(chart))
        var ok = true
        // The x axis kind is shared: bars put every layer on bands.
        let hasBars = chart.layers.contains { $0.mark.type == .bar && !spansX($0) }
        var kinds: [XKind] = []
        let sharedY = PlotBands.sharedY(chart)
        for layer in chart.layers {
            guard let x = layer.x, let y = layer.y ?? (PlotBands.applies(layer) ? sharedY : nil) else {
                let missing = layer.x == nil ? "x" : "y"
                if layer.x != nil && PlotBands.applies(layer) {
                    log.error(layer.mark.location, layer.mark.path, "a band from x to x2 spans the height of a plot that other layers draw: add a layer with a y (a line, bars or points)")
                    ok = false
                    continue
                }
                log.error(layer.mark.location, layer.mark.path, "a \(layer.mark.type.rawValue) layer needs x and y in \"encoding\" (missing: \(missing))")
                ok = false
                continue
            }
            if y.type != .quantitative && !CategoryY.marks.contains(layer.mark.type) {
                log.error(y.channel.type?.location ?? y.channel.location, y.channel.path,
                          "must be quantitative for a \(layer.mark.type.rawValue) layer (lines, points, ticks and text may stand on categories of y; horizontal charts are for bars alone)")
                ok = false
            }
            if (y.type == .quantitative) != (chart.layers.first?.y?.type ?? .quantitative == .quantitative) {
                log.error(y.channel.type?.location ?? y.channel.location, y.channel.path,
                          "is \(y.type.rawValue) but the first layer's y is not; layers share one y axis")
                ok = false
            }
            switch x.type {
            case .temporal: kinds.append(hasBars ? .band : .time)
            case .quantitative: kinds.append(hasBars ? .band : .linear)
            case .nominal, .ordinal: kinds.append(.band)
            }
            if let x2 = layer.x2, !spansX(layer), !BinnedSymbols.centresX(layer), !bandSpan(layer) {
                log.error(x2.channel.location, x2.channel.path, "spans a horizontal value axis (horizontal bars); here x is the shared axis: give the other end in \"y2\"")
                ok = false
            }
            if let color = layer.color, color.type == .quantitative, !ValueColors.applies(layer) {
                log.error(color.channel.type?.location ?? color.channel.location, color.channel.path,
                          "a colour field must name categories (nominal or ordinal) to split series")
                ok = false
            }
        }
        guard ok, let xKind = kinds.first else { return nil }
        if let odd = kinds.firstIndex(where: { $0 != xKind }) {
            let x = chart.layers[odd].x!
            log.error(x.channel.location, x.channel.path, "\"\(x.name)\" is a \(x.type.rawValue) field, but the first layer's x is not; layers share one x axis")
            return nil
        }

        // Collect categories (band axes) in first-appearance order across layers.
        var categories: [String] = []
        var seenCategory = Set<String>()
        var precision = TemporalValue.Precision.year
        var layers: [LayerModel] = []
        var nullCategory = false
        let yCategories = chart.layers.first?.y.map { $0.type != .quantitative } == true ? CategoryY.categories(chart.layers) : nil
        let independent = chart.spec.independentY && chart.layers.count > 1
        var valueColors: ValueColors?
        for (li, written) in chart.layers.enumerated() {
            var layer = written
            let band = PlotBands.applies(layer)
            let x = layer.x!, y = layer.y ?? sharedY!
            let table = layer.table
            // Numbers on colour paint each symbol; they split no series.
            var paint: [Color?] = []
            if ValueColors.applies(layer) {
                guard let vc = ValueColors.build(layer, style: chart.style, log: log) else { ok = false; continue }
                valueColors = valueColors ?? vc
                paint = vc.rowColors
                layer.color = nil
            }
            let shows = InvalidData.shows(layer)
            let ys: [Double?]
            if band { ys = Array(repeating: nil, count: table.rowCount) } else if let yCategories { ys = CategoryY.values(y, in: table, categories: yCategories) } else {
                guard case .success(let v) = table.numbers(column: y.column) else { ok = false; continue }
                // "invalid": "show" (or null): a missing value sits at zero, joined into lines.
                ys = shows ? v.map { $0 ?? InvalidData.shownAt(y) } : v
            }
            guard checkTextAndRule(layer, log: log) else { ok = false; continue }
            var x2s: [Double?] = []
            let xEnds = BinnedSymbols.centresX(layer) ? BinnedSymbols.ends(layer.x2, in: table) : nil
            let yEnds = BinnedSymbols.centresY(layer) ? BinnedSymbols.ends(layer.y2, in: table) : nil
            if band, let x2 = layer.x2 {
                x2s = PlotBands.ends(x2, type: x.type, in: table)
            } else if spansX(layer), let x2 = layer.x2 {
                guard case .success(let v) = table.numbers(column: x2.column) else { ok = false; continue }
                x2s = v
            }
            let words = layer.text.map { textColumn($0, in: table) }
            guard var channels = MarkChannels(layer, log: log) else { ok = false; continue }
            if !paint.isEmpty { channels.colors = paint.indices.map { i in channels.color(i) ?? paint[i] } }
            var lacking = 0
            var y2s: [Double?] = []
            if let y2 = layer.y2, yEnds == nil {
                guard checkY2(y2, of: layer, log: log), case .success(let v) = table.numbers(column: y2.column) else { ok = false; continue }
                y2s = v
            }
            var bySeries: [SeriesKey: [SeriesPoint]] = [:]
            var seriesOrder: [SeriesKey] = []
            var seen = [String: Int]()
            // Symbols on a continuous axis leave out rows with no position, as Vega-Lite's
            // default (`"invalid": "filter"`) does; counted in a warning, never silent.
            // A missing continuous x is left out by every mark: Vega-Lite filters it for bars and
            // symbols and breaks lines and areas there, which, with the path in x order, puts
            // the break at an end, where it shows nothing. A missing category is "null".
            let continuousX = x.type != .nominal && x.type != .ordinal
            let symbols = ![.line, .area, .bar].contains(layer.mark.type) && continuousX
            var leftOut = 0
            for (i, row) in table.rows.enumerated() {
                var xv = row[x.column]
                if case .missing = xv, continuousX {
                    guard shows, let zero = InvalidData.shownAt(x) else { leftOut += 1; continue }
                    xv = .number(zero)
                } else if case .missing = xv {
                    xv = .text(MissingCategory.name)
                    nullCategory = true
                }
                // A rule's other end on the bands; without one there is no segment to draw.
                var x2Key: String?
                if bandSpan(layer), let x2 = layer.x2 {
                    guard let k = row[x2.column].categoryText else { continue }
                    x2Key = k
                }
                if symbols && !band && ys[i] == nil { leftOut += 1; continue }
                if band && (x2s.isEmpty || x2s[i] == nil) { leftOut += 1; continue }
                if channels.isMissing(i) { lacking += 1; continue }
                // A span with one end missing is not drawn, as a missing y is not.
                let y2 = y2s.isEmpty ? nil : y2s[i]
                var point = SeriesPoint(key: xv.categoryText ?? "", x: 0, y: y2s.isEmpty || y2 != nil ? ys[i] : nil, row: i, y2: y2,
                                        text: words.map { $0[i] } ?? layer.mark.textValue, x2: x2s.isEmpty ? nil : x2s[i],
                                        size: channels.size(i), shape: channels.shape(i), color: channels.color(i), opacity: channels.opacity(i))
                point.x2Key = x2Key
                if x.type == .temporal {
                    guard let t = TemporalValue(cell: xv) else {
                        log.rowError(table.cellLocation(i, x.column), "column \"\(x.name)\", row \(i + 1)\(table.cellName(i, x.column)): \"\(Quote.short(xv.categoryText ?? ""))\" is not a date (write 2023, 2023-06 or 2023-06-30) (\(x.channel.path) is \"temporal\")")
                        ok = false
                        continue
                    }
                    point.x = t.days
                    precision = max(precision, t.precision)
                } else if x.type == .quantitative {
                    guard let v = { () -> Double? in
                        switch xv { case .number(let n): return n; case .text(let s): return DataTable.parseNumber(s); case .missing: return nil }
                    }() else {
                        log.rowError(table.cellLocation(i, x.column), "column \"\(x.name)\", row \(i + 1)\(table.cellName(i, x.column)): \"\(Quote.short(xv.categoryText ?? ""))\" is not a number")
                        ok = false
                        continue
                    }
                    point.x = v
                }
                if let xEnds {
                    guard let bin = BinnedSymbols.bin(point.x, xEnds[i]) else { leftOut += 1; continue }
                    point.x = (bin.lowerBound + bin.upperBound) / 2
                    point.xBin = bin
                }
                if let yEnds {
                    guard let bin = BinnedSymbols.bin(point.y, yEnds[i]) else { leftOut += 1; continue }
                    point.y = (bin.lowerBound + bin.upperBound) / 2
                    point.yBin = bin
                }
                var name: String?
                if let color = layer.color {
                    // A missing category is the category "null", as Vega-Lite colours it (MissingCategory).
                    name = row[color.column].categoryText ?? MissingCategory.name
                }
                let detail = layer.detail.map { row[$0.column].categoryText ?? "" }
                let pairKey = "\(point.key)\u{1F}\(name ?? "")\u{1F}\(detail ?? "")\u{1F}\(channels.dash(i) ?? "")"
                // Lines, areas and bars take one value per x and series; points may share an x
                // (a scatter of several provinces in one year), and so may a line joined in
                // the order of an order field (a connected scatter plot).
                let onePerX = [.line, .area, .bar].contains(layer.mark.type) && layer.order == nil && !SidewaysBins.binnedAlongY(layer)
                if onePerX, let first = seen[pairKey] {
                    let what = name.map { "\"\(Quote.short(point.key))\" / \"\(Quote.short($0))\"" } ?? "\"\(Quote.short(point.key))\""
                    log.rowError(table.rowLocations[i], "\(what) appears twice in \(table.label) (rows \(first + 1) and \(i + 1)); each x takes one value per series")
                    ok = false
                    continue
                }
                seen[pairKey] = i
                let key = SeriesKey(name: name, detail: detail, dash: channels.dash(i))
                if bySeries[key] == nil { seriesOrder.append(key); bySeries[key] = [] }
                bySeries[key]!.append(point)
                if xKind == .band, seenCategory.insert(point.key).inserted { categories.append(point.key) }
                if xKind == .band, let k = x2Key, seenCategory.insert(k).inserted { categories.append(k) }
            }
            if lacking > 0 {
                let names = [layer.size, layer.shape, layer.strokeDash, layer.opacity].compactMap { $0.map { "\"\($0.name)\"" } }
                log.warning(layer.mark.location, layer.mark.path, "\(lacking) of \(table.rowCount) rows have no value in \(names.joined(separator: " or ")) and are left out, as Vega-Lite leaves them out")
            }
            if leftOut > 0 {
                let other = band ? "\"\(layer.x2!.name)\" (x2)" : "\"\(y.name)\" (y)"
                log.warning(layer.mark.location, layer.mark.path, "\(leftOut) of \(table.rowCount) rows have no value in \"\(x.name)\" (x) or \(other) and are left out, as Vega-Lite leaves them out")
            }
            // Series order: the colour scale's domain, else the colour field's sort (ascending
            // by default, as in Vega-Lite; `"sort": null` keeps the data's order).
            var keys = seriesOrder
            // Layers share one colour scale (Vega-Lite's default): a domain or range written
            // in one layer places the values of every layer.
            let colorScale = layer.color.flatMap { c in c.channel.scale ?? chart.layers.lazy.compactMap { $0.color?.channel.scale }.first }
            if let color = layer.color {
                var present: [String] = []
                for k in seriesOrder { if let n = k.name, !present.contains(n) { present.append(n) } }
                let names = colorScale?.domain.map { BarModel.orderedByDomain(present, domain: $0) }
                    ?? MissingCategory.placed(BarModel.order(present, by: color.channel.sort, field: color, data: [], valueChannel: ""), by: color.channel.sort)
                let rank = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
                keys = seriesOrder.enumerated().sorted { a, b in
                    let ra = rank[a.element.name ?? ""] ?? 0, rb = rank[b.element.name ?? ""] ?? 0
                    return ra != rb ? ra < rb : a.offset < b.offset
                }.map(\.element)
            }
            var distinctNames: [String] = []
            for k in keys { if let n = k.name, !distinctNames.contains(n) { distinctNames.append(n) } }
            let slots = BarModel.paletteSlots(distinctNames, domain: colorScale?.domain)
            let listed = (colorScale?.range ?? []).compactMap { Color(parsing: $0.value) }
            let palette = listed.isEmpty ? SchemePalette.colors(layer.color, count: slots.count) ?? [] : listed
            let fixed = layer.mark.fixedFill
            var series: [Series] = []
            let seriesBefore = layers.reduce(0) { $0 + $1.series.count }
            for key in keys {
                let name = key.name
                let si = name.flatMap { distinctNames.firstIndex(of: $0) } ?? 0
                let color: Color
                if layer.color != nil {
                    let colors = palette.isEmpty ? chart.style.category : palette
                    // Later layers continue the palette so a line never takes a bar's colour;
                    // a scale domain places each value itself (one scale across layers).
                    let offset = palette.isEmpty && colorScale?.domain == nil ? seriesBefore : 0
                    color = colors.isEmpty ? chart.style.bar.color : colors[((name.flatMap { slots[$0] } ?? si) + offset) % colors.count]
                } else {
                    let colors = chart.style.category
                    color = fixed ?? (li == 0 && layer.mark.type == .bar ? chart.style.bar.color : colors[seriesBefore % max(1, colors.count)])
                }
                var points = bySeries[key]!
                if !channels.orderRank.isEmpty {
                    points.sort { channels.orderRank[$0.row] < channels.orderRank[$1.row] }
                } else if xKind != .band { points.sort { $0.x < $1.x } }
                // Bars and lines take the mark's opacity in their colour; areas and points
                // have their own fill opacity and apply it where they are drawn.
                let faded = [.bar, .line].contains(layer.mark.type) ? color.withAlpha(color.a * (layer.mark.opacity ?? 1)) : color
                series.append(Series(name: name, color: faded, points: points, detail: key.detail, dashName: key.dash))
            }
            if let f = layer.strokeDash { MarkChannels.assignDashes(&series, field: f) }
            // Bars and areas stack by default when a colour splits them (Vega-Lite's rule);
            // an xOffset sets bars side by side instead.
            var stack: StackMode?
            var grouped = false
            // A y2 makes each mark a span of its own: nothing stacks (Vega-Lite's rule).
            if band {
                // A band spans the plot's height: there is nothing to pile.
            } else if layer.y2 != nil {
                if let offset = layer.xOffset { log.error(offset.channel.location, offset.channel.path, "cannot group bars that span y2 to y yet"); ok = false }
            } else if layer.mark.type == .bar {
                guard let g = BarGrouping.of(layer, value: y, vertical: true, log: log) else { ok = false; continue }
                stack = layer.color == nil && layer.detail == nil ? nil : g.stack
                grouped = g.grouped
            } else if let offset = layer.xOffset ?? layer.yOffset {
                log.error(offset.channel.location, offset.channel.path, "sets bars side by side; a \(layer.mark.type.rawValue) layer has none")
                ok = false
            } else if layer.color != nil || layer.detail != nil {
                if let s = y.channel.stack { stack = s } else if layer.mark.type == .area && !y.channel.stackExplicitlyOff { stack = .zero }
            }
            if stack != nil && layer.mark.type != .bar && layer.mark.type != .area {
                log.error(y.channel.location, "\(y.channel.path).stack", "applies to bars and areas")
                ok = false
            }
            layers.append(LayerModel(index: li, layer: layer, x: x, y: y, series: series, stack: stack, grouped: grouped,
                                     axis: independent && li > 0 ? 1 : 0))
        }
        guard ok else { return nil }

        if xKind == .band {
            let first = layers.first!.x
            categories = BarModel.order(categories, by: first.channel.sort, field: first,
                                        data: layers.flatMap { l in l.series.flatMap { s in s.points.compactMap { p in p.y.map { BarDatum(category: p.key, series: s.name, value: $0, row: p.row) } } } },
                                        valueChannel: "y")
            if first.type == .temporal && first.channel.sort == nil {
                categories.sort { (TemporalValue(cell: .text($0))?.days ?? 0) < (TemporalValue(cell: .text($1))?.days ?? 0) }
            }
            if nullCategory { categories = MissingCategory.placed(categories, by: first.channel.sort) }
            // A domain lists the axis's categories, present or not (a small multiple's shared
            // x, FacetCategories); the unlisted ones follow.
            if let domain = first.channel.scale?.domain {
                let listed = BarModel.domainNames(domain)
                categories = listed + categories.filter { !listed.contains($0) }
            }
            let index = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, Double($0)) })
            for li in layers.indices {
                for si in layers[li].series.indices {
                    for pi in layers[li].series[si].points.indices {
                        layers[li].series[si].points[pi].x = index[layers[li].series[si].points[pi].key] ?? 0
                        if let k = layers[li].series[si].points[pi].x2Key { layers[li].series[si].points[pi].x2 = index[k] }
                    }
                    if layers[li].layer.order == nil { layers[li].series[si].points.sort { $0.x < $1.x } }
                }
            }
        }
        var model = CartesianModel(xKind: xKind, categories: categories, precision: precision, layers: layers, yCategories: yCategories,
                                   valueColors: valueColors)
        OpacityChannel.apply(&model)
        return model
    }

    /// A text layer needs words; a rule with both x and y needs y2 to have a length.
    static func checkTextAndRule(_ layer: ResolvedLayer, log: DiagnosticLog) -> Bool {
        guard checkWords(layer, log: log) else { return false }
        if layer.mark.type == .rule && layer.y2 == nil && !bandRule(layer) {
            log.error(layer.mark.location, layer.mark.path, "a rule at both x and y has no length: give \"y2\" (a segment from y to y2), or leave out x for a rule across the plot at each y (an inherited x counts)")
            return false
        }
        return true
    }

    /// A rule from x to x2 across categories of x at its y (Vega-Lite draws a horizontal
    /// segment between the two bands' positions, each moved by xOffset and x2Offset).
    static func bandRule(_ layer: ResolvedLayer) -> Bool {
        layer.mark.type == .rule && layer.x2 != nil && layer.y2 == nil && (layer.x?.type == .nominal || layer.x?.type == .ordinal)
    }

    /// A rule, or a bar, from x to x2 across categories of x: a bar runs from the one's
    /// position to the other's, as Vega-Lite draws a rect between two points of a point scale.
    static func bandSpan(_ layer: ResolvedLayer) -> Bool {
        bandRule(layer) || (layer.mark.type == .bar && layer.x2.map { $0.type.isDiscrete } == true && layer.y2 == nil
                            && layer.y?.type == .quantitative && (layer.x?.type == .nominal || layer.x?.type == .ordinal))
    }

    /// A text layer needs words, from a field or a constant (vertical and horizontal charts).
    static func checkWords(_ layer: ResolvedLayer, log: DiagnosticLog) -> Bool {
        guard layer.mark.type == .text && layer.text == nil && layer.mark.textValue == nil else { return true }
        log.error(layer.mark.location, layer.mark.path, "a text layer needs its words: \"text\": {\"field\": …} or {\"value\": …}")
        return false
    }

    /// The words of a text field, numbers in the channel's format when it has one. A missing
    /// value writes "null", as Vega-Lite's text encoding does (`"" + datum.field`).
    static func textColumn(_ field: Field, in table: DataTable) -> [String?] {
        let format = field.channel.format.flatMap(NumberFormat.init)
        return table.rows.map { row in
            if let format, case .number(let v) = row[field.column] { return format.string(v) }
            if let format, case .text(let s) = row[field.column], let v = DataTable.parseNumber(s) { return format.string(v) }
            return row[field.column].categoryText ?? MissingCategory.name
        }
    }

    /// A y2 gives bars and areas their other end; it must be a number on the same axis.
    static func checkY2(_ y2: Field, of layer: ResolvedLayer, log: DiagnosticLog) -> Bool {
        guard [.bar, .area, .rect, .rule].contains(layer.mark.type) else {
            log.error(y2.channel.location, y2.channel.path, "gives bars, areas and rules their other end; a \(layer.mark.type.rawValue) mark has none")
            return false
        }
        guard y2.type == .quantitative else {
            log.error(y2.channel.type?.location ?? y2.channel.location, y2.channel.path, "must be quantitative, like y")
            return false
        }
        return true
    }

    /// Stacks a layer's series: per x, positive values pile up from zero and negative ones down;
    /// a missing value adds nothing. Returns (start, end) per series and point.
    /// `rank`: each row's place in its pile (StackOrder.ranks), computed here when not given.
    static func stacked(_ layer: LayerModel, rank given: [Int]? = nil) -> [[(Double, Double)?]] {
        guard let stack = layer.stack else {
            return layer.series.map { s in s.points.map { p in p.y.map { (p.y2 ?? 0, $0) } } }
        }
        let rank = given ?? StackOrder.ranks(layer.layer, vertical: true)
        if stack == .center { return centered(layer, rank: rank) }
        var total: [Double: Double] = [:]
        if stack == .normalize {
            for s in layer.series { for p in s.points { if let y = p.y, y > 0 { total[p.x, default: 0] += y } } }
        }
        var out = layer.series.map { s in [(Double, Double)?](repeating: nil, count: s.points.count) }
        var top: [Double: Double] = [:], bottom: [Double: Double] = [:]
        for (si, pi) in piecesInStackOrder(layer, rank: rank) {
            let p = layer.series[si].points[pi]
            var v = p.y ?? 0
            if stack == .normalize { v = (total[p.x] ?? 0) > 0 ? v / total[p.x]! : 0 }
            if v >= 0 {
                let s0 = top[p.x, default: 0]
                top[p.x] = s0 + v
                out[si][pi] = (s0, s0 + v)
            } else {
                let s0 = bottom[p.x, default: 0]
                bottom[p.x] = s0 + v
                out[si][pi] = (s0, s0 + v)
            }
        }
        return out
    }
}

extension CartesianModel {
    /// Vega's "center" offset (a streamgraph): at each x the series pile up by their absolute
    /// values from half the gap between that pile's total and the largest pile's, so every pile
    /// is centred on half the largest total (vega-transforms Stack.js, stackCenter).
    static func centered(_ layer: LayerModel, rank: [Int]) -> [[(Double, Double)?]] {
        var sum: [Double: Double] = [:]
        for s in layer.series { for p in s.points { sum[p.x, default: 0] += abs(p.y ?? 0) } }
        let largest = sum.values.max() ?? 0
        var last = sum.mapValues { (largest - $0) / 2 }
        var out = layer.series.map { s in [(Double, Double)?](repeating: nil, count: s.points.count) }
        for (si, pi) in piecesInStackOrder(layer, rank: rank) {
            let p = layer.series[si].points[pi]
            let s0 = last[p.x] ?? 0
            last[p.x] = s0 + abs(p.y ?? 0)
            out[si][pi] = (s0, s0 + abs(p.y ?? 0))
        }
        return out
    }

    /// Every (series, point) of a layer in Vega-Lite's stack order (`rank`, by row), not the
    /// series' legend order: the order pieces pile in from the baseline.
    static func piecesInStackOrder(_ layer: LayerModel, rank: [Int]) -> [(series: Int, point: Int)] {
        var pieces: [(series: Int, point: Int)] = []
        for (si, s) in layer.series.enumerated() { for pi in s.points.indices { pieces.append((si, pi)) } }
        pieces.sort { a, b in
            let ra = rank[layer.series[a.series].points[a.point].row], rb = rank[layer.series[b.series].points[b.point].row]
            return ra != rb ? ra < rb : (a.series, a.point) < (b.series, b.point)
        }
        return pieces
    }
}
