import Foundation

// Draws a CartesianModel: a shared x axis (bands, dates or numbers), a left y axis and an
// optional right one, layers of bars, areas, lines and points in layer order, annotations
// (reference rules, period bands, target points), a legend or direct labels at line ends.

enum CartesianCompiler {
    static func validate(_ chart: Chart, log: DiagnosticLog) {
        guard let model = chart.cartesianMemo.model(of: chart, log: log) else { return }
        if model.xKind == .band {
            BarChartCompiler.checkBandCount(model.categories.count, length: chart.width - 2 * chart.style.padding, field: model.layers[0].x, log: log)
        }
        for a in chart.spec.annotations {
            if a.pixelX != nil { continue }  // placed in pixels along x, at a y datum
            if a.isPositioned || a.channel == "x" {
                if resolveX(a.value, model: model) == nil {
                    log.error(a.location, "\(a.path).x", xProblem(a.value, model: model))
                }
                if let v2 = a.value2, resolveX(v2, model: model) == nil {
                    log.error(a.location, "\(a.path).x2", xProblem(v2, model: model))
                }
            } else if a.value.number == nil || (a.value2 != nil && a.value2?.number == nil) {
                log.error(a.location, "\(a.path).y", "must be a number on the y axis")
            }
        }
    }

    static func xProblem(_ v: AnnotationValue, model: CartesianModel) -> String {
        switch model.xKind {
        case .band: return "\(v.written) is not a category of the x axis (\(model.categories.prefix(12).joined(separator: ", "))\(model.categories.count > 12 ? ", …" : ""))"
        case .time: return "\(v.written) is not a date (write 2030, \"2030\", \"2030-06\" or \"2030-06-30\")"
        case .linear: return "must be a number on the x axis"
        }
    }

    /// An annotation's x as a position on the model's axis (days, number, or band index).
    static func resolveX(_ v: AnnotationValue, model: CartesianModel) -> Double? {
        switch model.xKind {
        case .time:
            switch v {
            case .number(let n): return TemporalValue.year(n)?.days
            case .text(let s): return TemporalValue.parse(s)?.days
            }
        case .linear:
            return v.number
        case .band:
            let key: String
            switch v { case .number(let n): key = Format.plain(n); case .text(let s): key = s }
            return model.categories.firstIndex(of: key).map(Double.init)
        }
    }

    /// Adds the value labels that fit and counts, per layer, those left out.
    static func placeValueLabels(_ labels: [(layer: Int, runs: [TextRun], fits: Bool?)], model: CartesianModel, plot: Rect,
                                 obstacles: inout RectIndex, builder b: SceneBuilder, warnings: inout [String]) {
        var dropped: [Int: (count: Int, of: Int)] = [:]
        for (layer, runs, fits) in labels {
            dropped[layer, default: (0, 0)].of += 1
            let chosen: TextRun?
            if let fits {
                chosen = fits ? runs.first : nil
            } else {
                chosen = runs.first { plot.insetBy(-2).contains($0.bounds) && !obstacles.intersectsAny($0.bounds) }
                if let chosen { obstacles.insert(chosen.bounds) }
            }
            guard let run = chosen else { dropped[layer]!.count += 1; continue }
            b.add(run, .valueLabel)
        }
        for l in model.layers {
            guard let d = dropped[l.index], d.count > 0 else { continue }
            warnings.append("\(l.layer.mark.path).labels: \(d.count) of \(d.of) value labels left out where they would overlap a mark, a label or the plot's edge")
        }
    }

    /// How far below the axis a time axis's labels reach: the deepest label (a label of
    /// several lines from labelExpr is as deep as they are), and the ticks they hang from.
    static func timeLabelDepth(_ ticks: TimeTicks, format: TimeFormat?, look: AxisLook, lineHeight: Double, measurer: TextMeasurer) -> Double {
        var deepest = lineHeight
        if look.spec?.more.labelExpr != nil {
            for t in ticks.values {
                let text = look.label(format?.string(t) ?? t.label(ticks.precision), .string(t.isoDate))
                deepest = max(deepest, measurer.measure(text, font: look.style.label.font, wrapWidth: nil).height)
            }
        }
        return deepest + max(0, look.tickLength - 2)
    }

    struct YAxis {
        var layers: [LayerModel]
        var axis: ValueAxis
        var title: String?
        var spec: ChannelSpec
        /// The colour of its only series, to tie a right-hand axis to its line.
        var color: Color?
    }

    static func compile(_ chart: Chart, measurer: TextMeasurer, warnings: inout [String],
                        extents: inout [String: (Double, Double)]) -> Scene {
        let log = DiagnosticLog()
        let model = chart.cartesianMemo.model(of: chart, log: log)!
        // What the model left out with a word (rows without a position).
        warnings += log.warnings.map { "\($0.path): \($0.message)" }
        let style = chart.style
        let axisStyle = style.axis
        let b = SceneBuilder(measurer: measurer)
        var stacks: [[[(Double, Double)?]]] = []
        for l in model.layers {
            guard l.stack != nil else {
                stacks.append(CartesianModel.stacked(l))
                if let w = StackOrder.unappliedOrder(l.layer) { warnings.append(w) }
                continue
            }
            let rank = StackOrder.ranks(l.layer, vertical: true)
            stacks.append(CartesianModel.stacked(l, rank: rank))
            if let w = StackOrder.legendMismatch(l.layer, rank: rank, legend: l.series.compactMap(\.name), along: l.layer.x, vertical: true) {
                warnings.append(w)
            }
        }

        let symbols = SymbolScales(model)
        var region = ChartFrame.layout(chart, legends: CartesianLegend.all(model, symbols: symbols, style: style), into: b)
        let valueLegend = model.valueColors?.mapLegend(style: style)
        let valueLegendPlace = valueLegend.flatMap { $0.0.reserve($0.1, in: &region, measurer: measurer) }

        // Y axes.
        func extent(_ layers: [LayerModel], withAnnotations: Bool) -> (Double, Double) {
            var lo = Double.infinity, hi = -Double.infinity
            for l in layers {
                // Bars, areas and spans reach from their base; lines, points and words are only
                // where their values are (so "zero": false can fit the axis to them).
                let spans = [.bar, .area, .rule, .rect].contains(l.mark)
                for s in stacks[l.index] { for v in s { if let (a, b) = v { lo = min(lo, spans ? a : b, b); hi = max(hi, spans ? a : b, b) } } }
                // Symbols on a binned y: the axis spans their bins (BinnedSymbols).
                for s in l.series { for p in s.points { if let bin = p.yBin { lo = min(lo, bin.lowerBound); hi = max(hi, bin.upperBound) } } }
                if l.stack == .normalize { lo = min(lo, 0); hi = max(hi, 1) }
            }
            if withAnnotations {
                for a in chart.spec.annotations where a.channel == "y" || a.isPositioned {
                    for v in [a.isPositioned ? a.pointY : a.value.number, a.value2?.number] { if let v { lo = min(lo, v); hi = max(hi, v) } }
                }
            }
            if lo > hi { return (0, 1) }
            // Small multiples: the left axis of every panel spans what all of them need.
            if withAnnotations {
                extents["value"] = (lo, hi)
                if let shared = chart.sharedExtents["value"] { lo = min(lo, shared.0); hi = max(hi, shared.1) }
            }
            return (lo, hi)
        }
        let axisGroups = [model.layers.filter { $0.axis == 0 }, model.layers.filter { $0.axis == 1 }].filter { !$0.isEmpty }
        func makeAxes(height: Double) -> [YAxis] {
            axisGroups.enumerated().map { i, layers in
                let first = layers[0]
                let spec = first.y.channel
                let normalize = layers.contains { $0.stack == .normalize }
                let format = (spec.axis?.format ?? spec.format).flatMap(NumberFormat.init) ?? (normalize ? NumberFormat(".0%") : nil)
                let span = extent(layers, withAnnotations: i == 0)
                var axis = model.yCategories.map(CategoryY.axis)
                    ?? ValueAxis.make(extent: span, spec: spec, length: height, pixelsPerTick: 45, defaultFormat: format)
                // Stack totals stand beyond the stacks: room for a line of text.
                if layers.contains(where: { $0.layer.mark.totalLabels && $0.stack == .zero }) && spec.scale?.domain == nil {
                    axis.makeRoom(need: lineHeight + 6, length: height, hi: span.1, lo: span.0)
                }
                let single = layers.count == 1 && layers[0].series.count == 1 && axisGroups.count > 1
                return YAxis(layers: layers, axis: axis, title: spec.axis?.hidden == true ? nil : first.y.title, spec: spec,
                             color: single ? layers[0].series[0].color : nil)
            }
        }

        // X extent for continuous axes: data and annotations.
        var xlo = Double.infinity, xhi = -Double.infinity
        if model.xKind != .band {
            for l in model.layers {
                for s in l.series {
                    for p in s.points {
                        xlo = min(xlo, p.x, p.x2 ?? p.x, p.xBin?.lowerBound ?? p.x)
                        xhi = max(xhi, p.x, p.x2 ?? p.x, p.xBin?.upperBound ?? p.x)
                    }
                }
            }
            for a in chart.spec.annotations where (a.channel == "x" || a.isPositioned) && a.pixelX == nil {
                for v in [a.value, a.value2].compactMap({ $0 }) { if let x = resolveX(v, model: model) { xlo = min(xlo, x); xhi = max(xhi, x) } }
            }
            if !(xlo <= xhi) { xlo = 0; xhi = 1 }
            extents["x"] = (xlo, xhi)
            if let shared = chart.sharedExtents["x"] { xlo = min(xlo, shared.0); xhi = max(xhi, shared.1) }
            if xhi == xlo { xlo -= model.xKind == .time ? 183 : 0.5; xhi += model.xKind == .time ? 183 : 0.5 }
        }
        // Bands have no title of their own to give the axis when other layers have one.
        let xField = (model.layers.first { !PlotBands.applies($0.layer) } ?? model.layers[0]).x
        let xTitle = xField.channel.axis?.hidden == true ? nil : xField.title
        let lineHeight = measurer.measure("0", font: axisStyle.label.font).height
        // The x axis with its own properties on top of the style (each y axis has its own too).
        let xLook = AxisLook(axisStyle, xField.channel), xStyle = xLook.style
        let xOnTop = xField.channel.axis?.top != nil

        // End labels sit right of the plot.
        var endLabelWidth = 0.0
        for l in model.layers where l.mark == .line && l.layer.mark.endLabels {
            for s in l.series { endLabelWidth = max(endLabelWidth, measurer.measure(s.name ?? l.label, font: style.line.endLabel.font).width + 8) }
        }

        var plot = region
        var axes = makeAxes(height: region.height * 0.8)
        var band = BandScale(domain: model.categories, range: (0, 1))
        var catLabels = CategoryLabels(mode: .straight, every: 1, depth: lineHeight)
        var timeTicks = TimeTicks(unit: .year, step: 1, values: [])
        // How deep a time axis's labels hang, ticks included (timeLabelDepth).
        var timeDepth = lineHeight
        // The axis's date format (written, or its time unit's), as AxisLook read it.
        let timeFormat = model.xKind == .time ? xLook.dateFormat : nil
        var xAxis = ValueAxis(scale: LinearScale(domain: (xlo, xhi), range: (0, 1)), step: 1, format: NumberFormat.label)
        let bandPadding = model.layers.contains { $0.mark == .bar } ? style.bar.bandPadding : 0.0
        for _ in 0..<2 {
            func width(_ a: YAxis) -> Double { a.width(measurer: measurer, base: axisStyle) }
            let left = axes.first.map(width) ?? 0
            let right = axes.count > 1 ? width(axes[1]) : 0
            // The last time label is centred on the plot's edge: leave half of it free.
            let overhang = model.xKind == .band ? 0 : measurer.measure(model.xKind == .time ? "0000" : "00000", font: axisStyle.label.font).width / 2 + 2
            plot.x = region.x + left
            plot.width = max(10, region.width - left - max(right, endLabelWidth, overhang))
            var depth: Double
            switch model.xKind {
            case .band:
                band = PointScale.applies(xField) ? PointScale.scale(xField, domain: model.categories, range: (plot.x, plot.maxX))
                                                  : BandScale(domain: model.categories, range: (plot.x, plot.maxX), paddingInner: bandPadding)
                let preferThinning = xField.type == .temporal || xField.type == .ordinal
                let texts = xField.channel.axis.showsLabels ? model.categories.map { xLook.label($0, .string($0)) } : []
                catLabels = CategoryLabels.fit(texts, step: band.step, style: xStyle,
                                               angle: xField.channel.axis?.labelAngle, measurer: measurer, preferThinning: preferThinning,
                                               overlap: xField.channel.axis?.more.labelOverlap)
                depth = catLabels.depth
            case .time:
                let sampleText = timeFormat.map { $0.string(TemporalValue(year: 2000, month: 12, day: 28, precision: .day)) }
                    ?? (model.precision == .year ? "0000" : (model.precision == .month ? "Mmm 0000" : "00 Mmm 0000"))
                let sample = measurer.measure(sampleText, font: axisStyle.label.font).width
                // The axis's tickCount, when given, is the count asked for (Vega's time ticks).
                let room = max(2, Int(plot.width / (sample + 14)))
                timeTicks = TimeTicks.choose(lo: xlo, hi: xhi, maximum: xField.channel.axis?.tickCount ?? room, finest: model.precision)
                // Labels hang below the ticks; one written as lines (labelExpr) is as deep as they are.
                timeDepth = timeLabelDepth(timeTicks, format: timeFormat, look: xLook, lineHeight: lineHeight, measurer: measurer)
                depth = timeDepth
            case .linear:
                // The axis's format (or the field's), as on the value axes.
                let xFormat = (xField.channel.axis?.format ?? xField.channel.format).flatMap(NumberFormat.init)
                xAxis = ValueAxis.make(extent: (xlo, xhi), spec: xField.channel, length: plot.width, pixelsPerTick: 80, defaultFormat: xFormat)
                depth = lineHeight
            }
            if !xField.channel.axis.showsLabels { depth = 0 }
            var bottom = depth + xStyle.labelPadding + 2
            // A title-only axis on top (AxisOrient) puts its title above the plot instead.
            var above = 0.0
            if let t = xTitle {
                let h = measurer.measure(t, font: xStyle.title.font, wrapWidth: plot.width).height + xStyle.titlePadding
                if xOnTop { above = h } else { bottom += h }
            }
            // Words placed above the plot in pixels (PixelText) take their room there.
            above = max(above, PixelText.roomAbove(chart, style: style, measurer: measurer))
            plot.y = region.y + above
            plot.height = max(10, region.height - bottom - above)
            axes = makeAxes(height: plot.height)
        }

        // Scales.
        func xPos(_ x: Double) -> Double {
            switch model.xKind {
            case .band:
                let i = Int(x)
                return i >= 0 && i < model.categories.count ? band.center(model.categories[i])! : plot.x
            case .time, .linear:
                let scale = model.xKind == .linear ? xAxis.scale : LinearScale(domain: (xlo, xhi), range: (0, 1))
                return scale.onto(ScaleReverse.range((plot.x, plot.maxX), for: xField))(x)
            }
        }
        /// Two positions left to right, whichever way the x scale runs.
        func ordered(_ a: Double, _ b: Double) -> (Double, Double) { (min(a, b), max(a, b)) }
        let yScales = axes.map { a in a.axis.scale.onto(ScaleReverse.range((plot.maxY, plot.y), for: a.layers[0].y)) }
        let y0 = yScales[0]

        // Gridlines, then bands, under everything; a y axis with a zindex above 0 draws its
        // grid over the marks instead (Vega-Lite's grid axis shares the zindex).
        var under: [SceneNode] = []
        var gridOver: [SceneNode] = []
        // Categories on y have no grid unless asked (Vega-Lite's default for point scales).
        let grid = axes[0].spec.axis?.grid ?? (model.yCategories == nil && axisStyle.grid)
        if grid {
            let look = axes[0].look(axisStyle)
            for t in axes[0].axis.ticks {
                let p = y0(t)
                guard let stroke = look.gridStroke(AxisTick(value: .number(t), label: axes[0].axis.label(t))) else { continue }
                let line = SceneNode.path([.move(Point(plot.x, p)), .line(Point(plot.maxX, p))], fill: nil, stroke: stroke, role: .gridline)
                if axes[0].spec.axis?.zindex != nil { gridOver.append(line) } else { under.append(line) }
            }
        }
        for a in chart.spec.annotations where a.kind == .band {
            let color = a.color.flatMap { Color(parsing: $0.value) } ?? style.band.color
            let fill = color.withAlpha(style.band.opacity * color.a)
            if a.channel == "y", let v1 = a.value.number, let v2 = a.value2?.number {
                let p0 = y0(v1), p1 = y0(v2)
                under.append(.rect(Rect(x: plot.x, y: min(p0, p1), width: plot.width, height: abs(p1 - p0)), fill: fill, stroke: nil, role: .band(from: min(v1, v2), to: max(v1, v2))))
            } else if let x1 = resolveX(a.value, model: model), let x2 = a.value2.flatMap({ resolveX($0, model: model) }) {
                var (p0, p1) = ordered(xPos(x1), xPos(x2))
                if model.xKind == .band { p0 -= band.step / 2; p1 += band.step / 2 }
                under.append(.rect(Rect(x: p0, y: plot.y, width: p1 - p0, height: plot.height), fill: fill, stroke: nil, role: .band(from: min(x1, x2), to: max(x1, x2))))
            }
        }
        b.add(.group(under, clip: plot))

        // Layers in order.
        var obstacles = RectIndex()
        var barLabels: [(run: TextRun, bar: Rect, fill: Color)] = []
        /// Bar labels wider than their bar's band, left out (and counted in a warning).
        var tooWide: [Int: Int] = [:]
        var markers = RectIndex()
        /// Labels of points, lines, areas and stack segments: (layer, candidate places in order
        /// of preference, fits) where `fits` is settled already for segments and nil for
        /// labels placed against the obstacles.
        var valueLabels: [(layer: Int, runs: [TextRun], fits: Bool?)] = []
        func valueFormat(_ l: LayerModel) -> NumberFormat {
            (l.y.channel.format.flatMap(NumberFormat.init) ?? NumberFormat.label)
        }
        /// Each stack's net total above it (`"labels": "total"` or `"all"`).
        func addTotalLabels(_ l: LayerModel, yScale: LinearScale) {
            guard l.stack == .zero else {
                warnings.append("\(l.layer.mark.path).labels \"total\": " + (l.stack == .normalize
                    ? "every stack of a normalized chart totals 100%; no totals are written" : "these bars are not stacked; no totals are written"))
                return
            }
            var totals: [String: (x: Double, total: Double, top: Double, bottom: Double)] = [:]
            for (si, s) in l.series.enumerated() {
                for (pi, p) in s.points.enumerated() {
                    guard let y = p.y, let (v0, v1) = stacks[l.index][si][pi] else { continue }
                    var t = totals[p.key] ?? (p.x, 0, 0, 0)
                    t.total += y
                    t.top = max(t.top, v0, v1)
                    t.bottom = min(t.bottom, v0, v1)
                    totals[p.key] = t
                }
            }
            var ls = style.bar.label
            ls.font.weight = max(ls.font.weight, 600)
            for key in totals.keys.sorted() {
                let t = totals[key]!
                let below = t.total < 0
                var run = b.text(valueFormat(l).string(t.total), ls, at: Point(xPos(t.x), below ? yScale(t.bottom) + 3 : yScale(t.top) - 3),
                                 h: .middle, v: below ? .top : .bottom)
                run.halo = style.haloColor
                valueLabels.append((l.index, [run], nil))
            }
        }
        /// Each value of a series above its point (a stack's top edge), to be placed after the
        /// marks and annotations where it hits nothing: centred, else leaning away from the
        /// plot's nearer side edge, else below the point.
        func addPointLabels(_ l: LayerModel, series si: Int, yScale: LinearScale) {
            for (pi, p) in l.series[si].points.enumerated() {
                guard let y = p.y, let (_, top) = stacks[l.index][si][pi] else { continue }
                let at = Point(xPos(p.x), yScale(top))
                let lean: HorizontalAnchor = at.x < plot.midX ? .start : .end
                var candidates = [(HorizontalAnchor.middle, VerticalAnchor.bottom), (lean, .bottom), (.middle, .top), (lean, .top)].map { h, v in
                    b.text(valueFormat(l).string(y), style.bar.label, at: Point(at.x, at.y + (v == .bottom ? -5 : 5)), h: h, v: v)
                }
                for i in candidates.indices { candidates[i].halo = style.haloColor }
                valueLabels.append((l.index, candidates, nil))
            }
        }
        for l in model.layers {
            let yScale = yScales[axes.firstIndex { $0.layers.contains { $0.index == l.index } } ?? 0]
            let intervals = stacks[l.index]
            // The mark's pixel offsets move what it draws (bars apply theirs per edge).
            let props = l.layer.mark.props
            let yAt = yScale.shifted(props.yOffset ?? 0)
            func xAt(_ x: Double) -> Double { xPos(x) + (props.xOffset ?? 0) }
            var nodes: [SceneNode] = []
            switch l.mark {
            case .bar, .rect where RectSpans.applies(l.layer):
                if l.layer.mark.totalLabels { addTotalLabels(l, yScale: yScale) }
                // Side by side by the colour series, or, for a layer with an offset datum, by the
                // datums of all layers (each layer one part of the band).
                let offsetDatum = OffsetDatums.of(l.layer)
                let grouped = l.grouped && (l.series.count > 1 || offsetDatum != nil)
                let sub = grouped ? BandScale(domain: offsetDatum?.domain ?? l.series.map { $0.name ?? "" }, range: (0, band.bandwidth),
                                              paddingInner: style.bar.groupPadding, paddingOuter: 0) : nil
                for (si, s) in l.series.enumerated() {
                    for (pi, p) in s.points.enumerated() {
                        guard let (v0, v1) = intervals[si][pi], p.y != nil else { continue }
                        var x: Double, w: Double
                        if let x2 = p.x2 {
                            // A bin: from its start to its end, a pixel apart from the next (Vega-Lite's binSpacing);
                            // a span between two categories' points has none (no bin).
                            let (a, c) = ordered(xPos(p.x), xPos(x2))
                            let spacing = p.x2Key != nil || SidewaysBins.binnedAlongY(l.layer) ? 0 : props.binSpacing ?? RectSpans.defaultSpacing(l.mark)
                            (x, w) = (a + spacing / 2, max(0.5, c - a - spacing))
                        } else if let start = band(p.key) {
                            (x, w) = (start, band.bandwidth)
                        } else { continue }
                        if let sub, let off = sub(offsetDatum?.value ?? s.name ?? "") { x += off; w = sub.bandwidth }
                        // A bar's size is its width across the band, centred in it (Vega-Lite).
                        if let size = props.size, p.x2 == nil { (x, w) = (x + (w - size) / 2, size) }
                        let a = yScale(v0), c = yScale(v1)
                        var rect = props.hasOffsets ? props.barRect(value: c, base: a, start: x, end: x + w, vertical: true, binned: p.x2 != nil)
                                                    : Rect(x: x, y: min(a, c), width: w, height: abs(c - a))
                        if SidewaysBins.binnedAlongY(l.layer) {
                            // Bins on their side: a pixel apart along y (Vega-Lite's binSpacing).
                            let gap = min(props.binSpacing ?? 1, rect.height / 2)
                            rect = Rect(x: rect.x, y: rect.y + gap / 2, width: rect.width, height: rect.height - gap)
                        }
                        let stroke = l.stack != nil && style.bar.segmentGap > 0 ? Stroke(color: style.haloColor, width: style.bar.segmentGap) : nil
                        let fill = OpacityChannel.paint(p.color.map { $0.withAlpha($0.a * (l.layer.mark.opacity ?? 1)) } ?? s.color, p)
                        nodes.append(barNode(rect, fill: fill, stroke: l.layer.mark.outline(stroke), role: .bar(category: p.key, series: s.name, value: p.y!),
                                             mark: l.layer.mark, vertical: true))
                        obstacles.insert(rect)
                        if l.layer.mark.labels && l.stack != nil {
                            // A stack's segments carry their values inside, where they fit.
                            var ls = style.bar.label
                            ls.color = s.color.luminance > 0.35 ? Color(r: 0.1, g: 0.1, b: 0.1) : .white
                            let run = b.text(valueFormat(l).string(p.y!), ls, at: Point(rect.midX, rect.midY), h: .middle, v: .middle)
                            valueLabels.append((l.index, [run], run.size.width + 4 <= rect.width && run.size.height + 2 <= rect.height))
                        }
                        if l.layer.mark.labels && l.stack == nil {
                            let text = valueFormat(l).string(p.y!)
                            var run = b.text(text, style.bar.label, at: Point(rect.midX, p.y! < 0 ? rect.maxY + 3 : rect.minY - 3), h: .middle, v: p.y! < 0 ? .top : .bottom)
                            run.halo = style.background
                            if run.size.width <= (p.x2 != nil ? w + 1 : (sub?.step ?? band.step)) - 2 {
                                barLabels.append((run, rect, s.color))
                            } else {
                                tooWide[l.index, default: 0] += 1
                            }
                        }
                    }
                }
            case .rect where PlotBands.applies(l.layer):
                nodes += PlotBands.draw(l, xPos: xPos, plot: plot, obstacles: &obstacles)
            case .area:
                nodes += areaMarks(l, intervals: intervals, xPos: xAt, yScale: yAt, style: style, obstacles: &obstacles, markers: &markers)
                if l.layer.mark.labels { for si in l.series.indices { addPointLabels(l, series: si, yScale: yAt) } }
            case .region, .rect, .geoshape:
                break  // maps are drawn by RegionChartCompiler and GeoshapeCompiler, which refuses other layers beside them
            case .text:
                nodes += textMarks(l, xPos: xAt, yScale: yAt, plot: plot, style: style, builder: b, obstacles: &obstacles,
                                   warnings: &warnings)
            case .rule:
                nodes += ruleMarks(l, xPos: xAt, yScale: yAt, style: style)
            case .tick:
                nodes += tickMarks(l, xPos: xAt, yScale: yAt, length: model.xKind == .band ? band.bandwidth * 0.75 : 12,
                                   obstacles: &obstacles, markers: &markers)
                if l.layer.mark.labels { for si in l.series.indices { addPointLabels(l, series: si, yScale: yScale) } }
            case .line, .point, .circle, .square:
                for (si, s) in l.series.enumerated() {
                    nodes += lineAndPointMarks(l, s, xPos: xAt, yScale: yAt, style: style, loneValue: y0.domain.0,
                                               symbols: symbols, obstacles: &obstacles, markers: &markers)
                    if l.layer.mark.labels { addPointLabels(l, series: si, yScale: yScale) }
                }
            }
            // "clip": true cuts the layer's marks at the plot's edge.
            b.add(.group(nodes, clip: l.layer.mark.props.clip == true ? plot : nil))
        }

        // Baseline at zero when bars or areas grow from it, else the bottom edge.
        let d0 = axes[0].axis.scale.domain
        let zeroInside = d0.0 <= 0 && d0.1 >= 0 && model.layers.contains { $0.axis == 0 && ($0.mark == .bar || $0.mark == .area) }
        let base = zeroInside ? y0(0) : plot.maxY
        if xLook.drawsDomain {
            b.add(.path([.move(Point(plot.x, base)), .line(Point(plot.maxX, base))], fill: nil, stroke: xLook.domainStroke, role: .axisDomain))
        }

        if !gridOver.isEmpty { b.add(.group(gridOver, clip: plot)) }
        for (i, a) in axes.enumerated() {
            drawYAxis(a, scale: yScales[i], onRight: i == 1, plot: plot, region: region, look: a.look(axisStyle), into: b)
        }

        // X axis labels and title.
        let labelY = plot.maxY + xStyle.labelPadding + 2
        let xLabels = xField.channel.axis.showsLabels
        switch model.xKind {
        case .band:
            if xLabels {
                if let w = CategoryLabels.thinningWarning(catLabels, count: model.categories.count, field: xField) { warnings.append(w) }
                catLabels.drawBelow(model.categories, centers: band.center, y: labelY, look: xLook, into: b)
            }
        case .time:
            var runs: [TextRun] = []
            for t in timeTicks.values {
                let p = xPos(t.days)
                // The tick's date as text: what year(), month() and timeFormat() read.
                let tick = AxisTick(value: .string(t.isoDate), label: timeFormat?.string(t) ?? t.label(timeTicks.precision), cell: .text(t.isoDate))
                if let stroke = xLook.tickStroke(tick) {
                    b.add(.path([.move(Point(p, plot.maxY)), .line(Point(p, plot.maxY + xStyle.tickSize))], fill: nil, stroke: stroke, role: .axisTick))
                }
                guard xLabels, let ls = xLook.labelStyle(tick) else { continue }
                runs.append(b.text(xLook.label(tick.label, tick.value), ls, at: Point(p, labelY + xLook.tickLength - 2),
                                   h: AxisFlush.anchor(xField.channel.axis, at: p, lo: plot.x, hi: plot.maxX), v: .top))
            }
            // Time ticks are spaced for their labels; a spec's labelOverlap still decides.
            for run in xField.channel.axis?.more.labelOverlap?.thin(runs) ?? runs { b.add(xField.channel.axis.offsetting(run, alongX: true), .axisLabel) }
        case .linear:
            var runs: [TextRun] = []
            for t in xAxis.ticks where xLabels {
                let p = xPos(t)
                let tick = AxisTick(value: .number(t), label: xAxis.label(t))
                guard let ls = xLook.labelStyle(tick) else { continue }
                runs.append(b.text(xLook.label(tick.label, tick.value), ls, at: Point(p, labelY),
                                   h: AxisFlush.anchor(xField.channel.axis, at: p, lo: plot.x, hi: plot.maxX), v: .top))
            }
            let policy = LabelOverlap.policy(xField.channel.axis, log: xAxis.scale.transform.isLog)
            for run in policy.thin(runs) { b.add(xField.channel.axis.offsetting(run, alongX: true), .axisLabel) }
        }
        if let t = xTitle, xOnTop {
            b.add(b.text(t, xStyle.title, at: Point(plot.midX, plot.y - xStyle.titlePadding), h: .middle, v: .bottom, wrap: plot.width, align: .middle), .axisTitle)
        } else if let t = xTitle {
            let depth = xLabels ? lineHeight : 0
            let y = labelY + (xLabels ? catLabels.depth : 0) + (model.xKind == .time ? xLook.tickLength : 0) + xStyle.titlePadding
            let below = model.xKind == .band ? y : (model.xKind == .time ? labelY + (xLabels ? timeDepth + 2 : xLook.tickLength) + xStyle.titlePadding : labelY + depth + xStyle.titlePadding)
            b.add(b.text(t, xStyle.title, at: Point(plot.midX, below),
                         h: .middle, v: .top, wrap: plot.width, align: .middle), .axisTitle)
        }

        // Rules, target points, then labels where they hit nothing.
        var labels: [(TextRun, Role)] = []
        for a in chart.spec.annotations {
            if ChartBudget.isExhausted { break }
            let color = a.color.flatMap { Color(parsing: $0.value) }
            var ls = a.kind == .band ? style.band.label : style.rule.label
            if let color { ls.color = color }
            switch a.kind {
            case .rule:
                if a.channel == "y", let v = a.value.number {
                    let p = y0(v)
                    b.add(.path([.move(Point(plot.x, p)), .line(Point(plot.maxX, p))], fill: nil,
                                stroke: a.ruleStroke(color, style: style), role: .rule(value: v)))
                    if let label = a.label {
                        let (run, _) = BarChartCompiler.placeAnnotationLabel(label, ls, at: p, vertical: true, plot: plot, outsideWidth: 0, obstacles: obstacles, builder: b)
                        labels.append((run, .ruleLabel)); obstacles.insert(run.bounds)
                    }
                } else if let x = resolveX(a.value, model: model) {
                    let p = xPos(x)
                    b.add(.path([.move(Point(p, plot.y)), .line(Point(p, plot.maxY))], fill: nil,
                                stroke: a.ruleStroke(color, style: style), role: .rule(value: x)))
                    if let label = a.label {
                        let (run, _) = BarChartCompiler.placeAnnotationLabel(label, ls, at: p, vertical: false, plot: plot, outsideWidth: 0, obstacles: obstacles, builder: b)
                        labels.append((run, .ruleLabel)); obstacles.insert(run.bounds)
                    }
                }
            case .band:
                guard let label = a.label else { continue }
                if a.channel == "y", let v1 = a.value.number, let v2 = a.value2?.number {
                    let (run, _) = BarChartCompiler.placeAnnotationLabel(label, ls, at: (y0(v1) + y0(v2)) / 2, vertical: true, plot: plot, outsideWidth: 0, obstacles: obstacles, builder: b)
                    labels.append((run, .bandLabel)); obstacles.insert(run.bounds)
                } else if let x1 = resolveX(a.value, model: model), let x2 = a.value2.flatMap({ resolveX($0, model: model) }) {
                    // A period's name at the top of its shading, inside it.
                    var (p0, p1) = ordered(xPos(x1), xPos(x2))
                    if model.xKind == .band { p0 -= band.step / 2; p1 += band.step / 2 }
                    let run = b.text(label, ls, at: Point((p0 + p1) / 2, plot.y + 3), h: .middle, v: .top, wrap: max(20, p1 - p0 - 4), align: .middle)
                    labels.append((run, .bandLabel)); obstacles.insert(run.bounds)
                }
            case .text:
                guard let y = a.pointY, let callout = a.callout else { continue }
                let px: Double
                if let pixel = a.pixelX { px = pixel.resolve(start: plot.x, length: plot.width) } else {
                    guard let x = resolveX(a.value, model: model) else { continue }
                    px = xPos(x)
                }
                let run = Callout.draw(callout, at: Point(px, y0(y)), color: color, style: style, plot: plot, obstacles: &obstacles,
                                       builder: b, path: a.path, warnings: &warnings)
                labels.append((run, .callout))
            case .point:
                guard let x = resolveX(a.value, model: model), let y = a.pointY else { continue }
                let c = Point(xPos(x), y0(y))
                // Hollow and dashed-ringed: a target, not a measurement.
                b.add(.circle(center: c, radius: style.line.pointRadius + 2.5, fill: style.haloColor,
                              stroke: Stroke(color: color ?? style.rule.color, width: 2, dash: []), role: .annotationPoint(value: y)))
                obstacles.insert(Rect(x: c.x - 6, y: c.y - 6, width: 12, height: 12))
                if let label = a.label {
                    let run = AnnotationPlacement.placePointLabel(label, ls, at: c, plot: plot, obstacles: &obstacles, builder: b,
                                                                  annotation: a, warnings: &warnings)
                    labels.append((run, .annotationPointLabel))
                }
            }
        }
        // A bar's label that would cover another layer's point moves inside the bar's top.
        for (layer, count) in tooWide.sorted(by: { $0.key < $1.key }) {
            warnings.append("\(model.layers[layer].layer.mark.path).labels: \(count) value label\(count == 1 ? " is" : "s are") wider than \(count == 1 ? "its bar" : "their bars") and left out; widen the chart or shorten the format")
        }
        for (run, bar, fill) in barLabels {
            if markers.intersectsAny(run.bounds) {
                var ls = style.bar.label
                ls.color = fill.luminance > 0.35 ? Color(r: 0.1, g: 0.1, b: 0.1) : .white
                let inside = b.text(run.text, ls, at: Point(bar.midX, bar.minY + 3), h: .middle, v: .top)
                if inside.size.height + 6 <= bar.height && !markers.intersectsAny(inside.bounds) {
                    b.add(inside, .valueLabel)
                }
                continue
            }
            b.add(run, .valueLabel)
        }
        for (run, role) in labels { b.add(run, role) }
        placeValueLabels(valueLabels, model: model, plot: plot, obstacles: &obstacles, builder: b, warnings: &warnings)

        // Series names at line ends, pushed apart so none overlap.
        var ends: [TextRun] = []
        for l in model.layers where l.mark == .line && l.layer.mark.endLabels {
            let yScale = yScales[axes.firstIndex { $0.layers.contains { $0.index == l.index } } ?? 0]
            for s in l.series {
                guard let last = s.points.last(where: { $0.y != nil }) else { continue }
                var ls = style.line.endLabel
                ls.color = s.color.luminance > 0.45 ? Color(r: s.color.r * 0.7, g: s.color.g * 0.7, b: s.color.b * 0.7) : s.color
                ends.append(b.text(s.name ?? l.label, ls, at: Point(xPos(last.x) + 6, yScale(last.y!)), h: .start, v: .middle))
            }
        }
        ends.sort { $0.position.y < $1.position.y }
        for i in ends.indices.dropFirst() {
            let minY = ends[i - 1].position.y + (ends[i - 1].size.height + ends[i].size.height) / 2
            if ends[i].position.y < minY { ends[i].position.y = minY }
        }
        if let last = ends.last, last.position.y + last.size.height / 2 > plot.maxY {
            let shift = last.position.y + last.size.height / 2 - plot.maxY
            for i in ends.indices { ends[i].position.y -= shift }
        }
        for run in ends { b.add(run, .endLabel(run.text)) }
        PixelText.draw(chart, plot: plot, style: style, builder: b) { value in
            switch model.xKind {
            case .band: return value.categoryText.flatMap { model.categories.firstIndex(of: $0) }.map { xPos(Double($0)) }
            case .time: return TemporalValue(cell: value).map { xPos($0.days) }
            case .linear:
                if case .number(let v) = value { return xPos(v) }
                return value.categoryText.flatMap(DataTable.parseNumber).map(xPos)
            }
        }

        ChartFrame.drawInsideLegends(plot: plot, style: style, into: b)
        if let (legend, _) = valueLegend, let (arrangement, origin) = valueLegendPlace { legend.draw(arrangement, at: origin, into: b) }
        var scene = Scene(width: chart.width, height: chart.height, background: style.background, nodes: b.nodes, title: chart.spec.title)
        scene.plotArea = plot
        return scene
    }
}
