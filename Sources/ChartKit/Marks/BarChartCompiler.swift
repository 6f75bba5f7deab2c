import Foundation

// Bar charts: vertical or horizontal (the quantitative field's channel decides, as in
// Vega-Lite), single, grouped by a colour field, or stacked; value labels; reference rules and
// bands. Lays out axes around the plot, then draws marks into the scene.

enum BarChartCompiler {
    static func validate(_ layer: ResolvedLayer, chart: Chart, log: DiagnosticLog) {
        let annotations = chart.spec.annotations
        guard let model = BarModel.build(layer, style: chart.style, log: log) else { return }
        let length = (model.orientation == .vertical ? chart.width : chart.height) - 2 * chart.style.padding
        checkBandCount(model.categories.count, length: length, field: model.category, log: log)
        for a in annotations {
            if a.pixelX != nil {
                log.error(a.location, "\(a.path).mark.x", "words at a pixel x and a y datum are drawn on layered charts so far; give the layer an x datum")
                continue
            }
            if a.isPositioned && model.orientation == .horizontal {
                log.error(a.location, a.path, "a \(a.kind == .text ? "callout" : "point annotation") on horizontal bars is not supported yet: its x must be a category of a vertical bar chart")
            } else if a.isPositioned || a.channel == model.categoryChannel {
                // On the category axis: rules and bands at categories, points above one.
                for (v, key) in [(a.value, a.channel), (a.value2, "\(a.channel)2")] {
                    guard let v, AnnotationPlacement.category(v, in: model.categories) == nil else { continue }
                    let hint = v.number != nil && a.kind != .point ? "; for a value on the value axis, write \"\(model.valueChannel)\": \(v.written)" : ""
                    log.error(a.location, "\(a.path).\(key)", "\(v.written) is not a category of the \(model.categoryChannel) axis (\(model.categories.prefix(12).joined(separator: ", "))\(model.categories.count > 12 ? ", …" : ""))\(hint)")
                }
            } else if a.value.number == nil || (a.value2 != nil && a.value2?.number == nil) {
                log.error(a.location, "\(a.path).\(a.channel)", "must be a number on the value axis")
            }
        }
    }

    /// A band axis needs at least 2 px a category to draw anything a reader can tell apart.
    static func checkBandCount(_ count: Int, length: Double, field: Field, log: DiagnosticLog) {
        let limit = max(1, Int(length / 2))
        if count > limit {
            log.error(field.channel.field?.location ?? field.channel.location, "\(field.channel.path).field",
                      "\"\(field.name)\" has \(count) categories; a \(Int(length)) px axis fits at most \(limit) (2 px each): aggregate the data or make the chart larger")
        }
    }

    /// Geometry of one placed bar, for labels and collision checks.
    struct PlacedBar {
        var rect: Rect
        var datum: BarDatum
        var fill: Color
        var shownValue: Double
    }

    static func compile(_ chart: Chart, layer: ResolvedLayer, measurer: TextMeasurer, warnings: inout [String],
                        extents: inout [String: (Double, Double)]) -> Scene {
        var passWarnings: [String] = []
        let first = build(chart, layer: layer, measurer: measurer, outsideLabelWidth: 0, warnings: &passWarnings, extents: &extents)
        // When a rule's label finds no free place inside the plot (bars on both sides of the
        // line, labels above them), give it a margin to the right of the plot instead.
        if first.labelsCollide && chart.spec.annotations.contains(where: { $0.label != nil && $0.kind == .rule }) {
            let widest = chart.spec.annotations.compactMap(\.label).map {
                measurer.measure($0, font: chart.style.rule.label.font).width
            }.max() ?? 0
            let width = min(widest, chart.width * 0.18)
            var retryWarnings: [String] = []
            let second = build(chart, layer: layer, measurer: measurer, outsideLabelWidth: width, warnings: &retryWarnings, extents: &extents)
            warnings += retryWarnings
            return second.scene
        }
        warnings += passWarnings
        return first.scene
    }

    static func build(_ chart: Chart, layer: ResolvedLayer, measurer: TextMeasurer, outsideLabelWidth: Double,
                      warnings: inout [String], extents: inout [String: (Double, Double)]) -> (scene: Scene, labelsCollide: Bool) {
        let log = DiagnosticLog()
        var model = BarModel.build(layer, style: chart.style, log: log)!
        let style = chart.style
        let b = SceneBuilder(measurer: measurer)
        let vertical = model.orientation == .vertical
        // Other layers of a horizontal chart, drawn on the same bands; without a bar layer the
        // model keeps only the bands (categories in order) of the first layer.
        var others = HorizontalLayers.handles(chart) ? HorizontalLayers.build(chart, style: style, log: log) ?? [] : []
        if layer.mark.type != .bar {
            model.data = []
            model.series = nil
            model.stack = nil
            model.grouped = false
        }
        model.categories += HorizontalLayers.extraCategories(others, besides: model.categories)
        let baseColor = layer.mark.fixedFill ?? style.bar.color

        // Legend for the colour groups (top by default), unless hidden; the other layers'
        // series after the bars'.
        var legend: LegendBlock?
        // A single layer without a colour field has nothing for a legend to tell apart.
        // Layers are named in a legend of their own only outside small multiples (Vega-Lite
        // has no such legend; a panel's would repeat in every panel).
        var otherItems = chart.layers.count == 1 && layer.color == nil ? [] : HorizontalLayers.legendItems(others)
        if chart.panelName != nil { otherItems.removeAll { item in others.contains { $0.layer.color == nil && $0.label == item.label } } }
        if layer.mark.type == .bar && model.series == nil && !otherItems.isEmpty {
            otherItems.insert(LegendItem(label: model.value.title ?? model.value.name, color: baseColor), at: 0)
        }
        if model.series == nil && !otherItems.isEmpty {
            let spec = others.compactMap { $0.layer.color?.channel.legend }.first
            if !(spec?.hidden ?? false) {
                legend = LegendBlock(title: spec?.title ?? nil, items: otherItems, orient: spec?.orient ?? style.legend.orient, offset: spec?.offset,
                                     clipHeight: spec?.clipHeight)
            }
        } else if let series = model.series, !(series.channel.legend?.hidden ?? false) {
            let items = model.seriesNames.map { LegendItem(label: $0, color: model.seriesColors[$0] ?? style.bar.color) } + otherItems
            var title: String? = nil
            if let t = series.channel.legend?.title { title = t } else if let t = series.channel.title { title = t }
            let orient = series.channel.legend?.orient ?? style.legend.orient
            // The colour domain's order, as Vega-Lite lists it; stacks pile so that it reads as
            // the stack does (StackOrder).
            legend = LegendBlock(title: title, items: items, orient: orient, offset: series.channel.legend?.offset,
                                 clipHeight: series.channel.legend?.clipHeight)
        }
        var region = ChartFrame.layout(chart, legend: legend, into: b)
        // A quantitative colour's gradient legend, where the legend's orient puts it.
        let valueLegend = model.valueColors?.mapLegend(style: style)
        let valueLegendPlace = valueLegend.flatMap { $0.0.reserve($0.1, in: &region, measurer: measurer) }

        // Value extent: stacks sum per category; normalised stacks are shares of 1.
        var stackedTop: [String: Double] = [:], stackedBottom: [String: Double] = [:]
        var shown: [Int: (Double, Double)] = [:]   // datum index → (start, end) in value units
        var categoryTotals: [String: Double] = [:]
        for d in model.data where d.value > 0 { categoryTotals[d.category, default: 0] += d.value }
        for (i, d) in model.data.enumerated() {
            if model.stack != nil {
                let v = model.stack == .normalize ? (categoryTotals[d.category].map { $0 > 0 ? d.value / $0 : 0 } ?? 0) : d.value
                if v >= 0 {
                    let s = stackedTop[d.category, default: 0]
                    shown[i] = (s, s + v)
                    stackedTop[d.category] = s + v
                } else {
                    let s = stackedBottom[d.category, default: 0]
                    shown[i] = (s, s + v)
                    stackedBottom[d.category] = s + v
                }
            } else {
                shown[i] = (d.base ?? 0, d.value)
            }
        }
        // Pile each stack in Vega-Lite's order (StackOrder).
        if model.stack != nil {
            let vertical = model.orientation == .vertical
            let rank = StackOrder.ranks(layer, vertical: vertical)
            restack(model, rank: rank, &shown, categoryTotals: categoryTotals)
            if let w = StackOrder.legendMismatch(layer, rank: rank, legend: model.seriesNames, along: model.category, vertical: vertical) {
                warnings.append(w)
            }
        } else if let w = StackOrder.unappliedOrder(layer) {
            warnings.append(w)
        }
        // Without bars, the other layers alone set the extent (a dot plot need not reach zero).
        var lo = shown.values.map { min($0.0, $0.1) }.min() ?? (others.isEmpty ? 0 : .infinity)
        var hi = shown.values.map { max($0.0, $0.1) }.max() ?? (others.isEmpty ? 1 : -.infinity)
        HorizontalStacks.place(&others, bars: model, shown: shown)
        if let e = HorizontalLayers.extent(others) { lo = min(lo, e.0); hi = max(hi, e.1) }
        if lo > hi { (lo, hi) = (0, 1) }
        for a in chart.spec.annotations {
            // Values on the value axis widen it; a point's y does too; categories do not.
            let values = a.isPositioned ? [a.pointY].compactMap { $0 } : (a.channel == model.categoryChannel ? [] : [a.number, a.number2 ?? a.number])
            for v in values { lo = min(lo, v); hi = max(hi, v) }
        }
        if model.stack == .normalize { lo = min(lo, 0); hi = max(hi, 1) }
        // Small multiples: every panel's value axis spans what all of them need. Horizontal
        // bars' value axis is x, so `resolve.scale.x` decides whether it is shared.
        let extentKey = vertical ? "value" : "x"
        extents[extentKey] = (lo, hi)
        if let shared = chart.sharedExtents[extentKey] { lo = min(lo, shared.0); hi = max(hi, shared.1) }

        let valueSpec = model.value.channel
        let tickFormat: NumberFormat? = (valueSpec.axis?.format ?? valueSpec.format).flatMap(NumberFormat.init)
            ?? (model.stack == .normalize ? NumberFormat(".0%") : nil)
        let extreme = model.data.map { abs($0.value) }.max() ?? 0
        let labelFormat = valueSpec.format.flatMap(NumberFormat.init)
            ?? (model.stack == .normalize ? NumberFormat(".0%")! : NumberFormat.labelFormat(for: extreme))
        let showLabels = layer.mark.labels
        let catSpec = model.category.channel
        // Each axis with its own properties on top of the style (Vega-Lite's axis keys).
        let valueLook = AxisLook(style.axis, valueSpec), catLook = AxisLook(style.axis, catSpec)
        let axisStyle = valueLook.style, catStyle = catLook.style
        let categoryTexts = catSpec.axis.showsLabels ? model.categories.map { catLook.label($0, .string($0)) } : []
        let valueTitle = valueSpec.axis?.hidden == true ? nil : model.value.title
        let categoryTitle = catSpec.axis?.hidden == true ? nil : model.category.title
        let grid = valueSpec.axis?.grid ?? axisStyle.grid
        var labelStyle = style.bar.label

        var plot = region
        var axis: ValueAxis
        var band: BandScale
        var catLabels: CategoryLabels

        if vertical {
            // Pass 1 estimates the plot height to choose ticks; pass 2 settles it.
            var plotHeight = region.height * 0.8
            axis = ValueAxis.make(extent: (lo, hi), spec: valueSpec, length: plotHeight, pixelsPerTick: 45, defaultFormat: tickFormat)
            catLabels = CategoryLabels(mode: .straight, every: 1, depth: 0)
            band = BandScale(domain: model.categories, range: (0, 1))
            for _ in 0..<2 {
                let tickWidth = !valueSpec.axis.showsLabels ? 0
                    : axis.ticks.map { measurer.measure(valueLook.label(axis.label($0), .number($0)), font: axisStyle.label.font).width }.max() ?? 0
                var left = valueLook.room(tickWidth + axisStyle.labelPadding + (grid ? 0 : valueLook.tickLength))
                if let t = valueTitle { left += measurer.measure(t, font: axisStyle.title.font).height + axisStyle.titlePadding }
                plot.x = region.x + left
                plot.width = max(10, region.width - left - (outsideLabelWidth > 0 ? outsideLabelWidth + 6 : 0))
                band = BandScale(domain: model.categories, range: (plot.x, plot.maxX), paddingInner: style.bar.bandPadding)
                let labels = categoryTexts
                catLabels = CategoryLabels.fit(labels, step: band.step, style: catStyle, angle: catSpec.axis?.labelAngle, measurer: measurer,
                                               preferThinning: model.category.type == .temporal || model.category.type == .ordinal,
                                               overlap: catSpec.axis?.more.labelOverlap)
                var bottom = labels.isEmpty ? 0 : catLabels.depth + catStyle.labelPadding + 2
                if let t = categoryTitle { bottom += measurer.measure(t, font: catStyle.title.font, wrapWidth: plot.width).height + catStyle.titlePadding }
                plotHeight = max(10, region.height - bottom)
                plot.y = region.y
                plot.height = plotHeight
                axis = ValueAxis.make(extent: (lo, hi), spec: valueSpec, length: plotHeight, pixelsPerTick: 45, defaultFormat: tickFormat)
            }
        } else {
            let labels = categoryTexts
            let font = catStyle.label.font
            let widest = labels.map { measurer.measure($0, font: font).width }.max() ?? 0
            let limit = max(catStyle.labelLimit, region.width * 0.28)
            let wrap: Double? = widest > limit ? limit : nil
            let labelWidth = labels.map { measurer.measure($0, font: font, wrapWidth: wrap).width }.max() ?? 0
            var left = catLook.room(labels.isEmpty ? 0 : labelWidth + catStyle.labelPadding + 2)
            if let t = categoryTitle { left += measurer.measure(t, font: catStyle.title.font).height + catStyle.titlePadding }
            let tickHeight = measurer.measure("0", font: axisStyle.label.font).height
            var bottom = tickHeight + axisStyle.labelPadding + (grid ? 0 : valueLook.tickLength)
            if let t = valueTitle { bottom += measurer.measure(t, font: axisStyle.title.font, wrapWidth: region.width).height + axisStyle.titlePadding }
            let top = outsideLabelWidth > 0 ? measurer.measure("Ag", font: style.rule.label.font).height + 4 : 0
            plot = Rect(x: region.x + left, y: region.y + top, width: max(10, region.width - left), height: max(10, region.height - bottom - top))
            // Room on the right for the last tick label to overhang (none without labels).
            let overhang = valueSpec.axis.showsLabels ? 8.0 : 0
            plot.width = max(10, plot.width - overhang)
            axis = ValueAxis.make(extent: (lo, hi), spec: valueSpec, length: plot.width, pixelsPerTick: 80, defaultFormat: tickFormat)
            // Fewer ticks when their labels would touch.
            var count = Int(plot.width / 80)
            var tickSpec = valueSpec
            while count > 2 {
                let widest = axis.ticks.map { measurer.measure(axis.label($0), font: font).width }.max() ?? 0
                if widest + 12 < plot.width / Double(max(1, axis.ticks.count - 1)) { break }
                count -= 1
                tickSpec.axis = tickSpec.axis ?? AxisSpec()
                tickSpec.axis!.tickCount = count
                axis = ValueAxis.make(extent: (lo, hi), spec: tickSpec, length: plot.width, pixelsPerTick: 80, defaultFormat: tickFormat)
            }
            // The last tick label is centred on the plot's right edge: a long one ("25,000,000")
            // needs more than the 8 units kept above, or the page edge cuts it.
            let lastHalf = axis.ticks.last.map { measurer.measure(axis.label($0), font: font).width / 2 } ?? 0
            if overhang > 0 && lastHalf > overhang {
                plot.width = max(10, plot.width - (lastHalf - 8))
                axis = ValueAxis.make(extent: (lo, hi), spec: tickSpec, length: plot.width, pixelsPerTick: 80, defaultFormat: tickFormat)
            }
            // The first tick label is centred on the plot's left edge: without category labels
            // beside it, room for its left half (a panel's neighbour, or the page, starts there).
            let firstHalf = overhang > 0 ? axis.ticks.first.map { measurer.measure(axis.label($0), font: font).width / 2 } ?? 0 : 0
            if firstHalf > left {
                let shift = firstHalf - left
                plot.x += shift
                plot.width = max(10, plot.width - shift)
                axis = ValueAxis.make(extent: (lo, hi), spec: tickSpec, length: plot.width, pixelsPerTick: 80, defaultFormat: tickFormat)
            }
            band = StripPlot.isBandAcross(layer.y)
                ? BandScale(domain: model.categories, range: (plot.y, plot.maxY), paddingInner: 0, paddingOuter: 0)
                : BandScale(domain: model.categories, range: (plot.y, plot.maxY), paddingInner: style.bar.bandPadding)
            catLabels = CategoryLabels(mode: wrap.map { .wrapped(width: $0) } ?? .straight, every: 1, depth: labelWidth)
            let lineHeight = measurer.measure("Ag", font: font).height
            if band.step < lineHeight { catLabels.every = Int((lineHeight / band.step).rounded(.up)) }
            if let o = catSpec.axis?.more.labelOverlap { catLabels = o.thin(catLabels) }
        }

        // Sub-bands for grouped bars.
        let groupScale: BandScale? = model.isGrouped
            ? BandScale(domain: model.seriesNames, range: (0, band.bandwidth), paddingInner: style.bar.groupPadding, paddingOuter: 0)
            : nil
        let slot = groupScale?.bandwidth ?? band.bandwidth

        // Value labels: upright when they fit the bar's width (at up to 20% smaller type), else
        // turned along vertical bars; left out (with a warning) when even that cannot fit.
        var labelAngle = 0.0
        var labelsFit = showLabels
        if showLabels && model.stack == nil {
            func widestLabel() -> Double {
                model.data.map { measurer.measure(labelFormat.string($0.value), font: labelStyle.font).width }.max() ?? 0
            }
            var widest = widestLabel()
            if vertical {
                // Upright labels may be a little wider than their bar, never touch the next one.
                let room = (groupScale?.step ?? band.step) - 3
                if widest > room {
                    let shrink = room / widest
                    if shrink >= 0.8 {
                        labelStyle.font.size = (labelStyle.font.size * shrink * 4).rounded(.down) / 4
                        widest = widestLabel()
                    }
                    if widest > room { labelAngle = -90; labelStyle = style.bar.label; widest = widestLabel() }
                }
            }
            let labelHeight = measurer.measure("0", font: labelStyle.font).height
            if (vertical && labelAngle != 0 || !vertical) && labelHeight > slot * 1.6 { labelsFit = false }
            if !labelsFit { warnings.append("value labels left out: the bars are too narrow for \(Int(style.bar.label.font.size))px text") }
            // Make room beyond the longest bars for their labels.
            let need: Double = vertical ? (labelAngle == 0 ? labelHeight : widest) + style.bar.labelPadding + 2 : widest + style.bar.labelPadding + 4
            if labelsFit && valueSpec.scale?.domain == nil {
                axis.makeRoom(need: need, length: vertical ? plot.height : plot.width,
                              hi: model.data.map(\.value).max() ?? 0, lo: model.data.map(\.value).min() ?? 0)
            }
        }

        // Stack totals beyond each stack's end: room for them on the value axis.
        let totals = layer.mark.totalLabels ? stackTotals(model, markPath: layer.mark.path, warnings: &warnings) : [:]
        if !totals.isEmpty && valueSpec.scale?.domain == nil {
            let widest = totals.values.map { measurer.measure(labelFormat.string($0), font: style.bar.label.font).width }.max() ?? 0
            let height = measurer.measure("0", font: style.bar.label.font).height
            axis.makeRoom(need: (vertical ? height : widest) + style.bar.labelPadding + 4, length: vertical ? plot.height : plot.width,
                          hi: shown.values.map { max($0.0, $0.1) }.max() ?? 0, lo: shown.values.map { min($0.0, $0.1) }.min() ?? 0)
        }

        let valueScale = vertical
            ? axis.scale.onto(ScaleReverse.range((plot.maxY, plot.y), for: model.value))
            : axis.scale.onto(ScaleReverse.range((plot.x, plot.maxX), for: model.value))

        // Gridlines and bands under the bars.
        var under: [SceneNode] = []
        if grid {
            for t in axis.ticks {
                let p = valueScale(t)
                guard let stroke = valueLook.gridStroke(AxisTick(value: .number(t), label: axis.label(t))) else { continue }
                let line: [PathCommand] = vertical ? [.move(Point(plot.x, p)), .line(Point(plot.maxX, p))] : [.move(Point(p, plot.y)), .line(Point(p, plot.maxY))]
                under.append(.path(line, fill: nil, stroke: stroke, role: .gridline))
            }
        }
        let onCategories = { (a: AnnotationSpec) in a.isPositioned || a.channel == model.categoryChannel }
        for a in chart.spec.annotations where a.kind == .band {
            let color = a.color.flatMap { Color(parsing: $0.value) } ?? style.band.color
            let fill = color.withAlpha(style.band.opacity * color.a)
            if onCategories(a) {
                // From the start of the first category's band to the end of the last one's.
                let (i, j) = AnnotationPlacement.categoryRange(a, in: model.categories)
                let (p0, p1) = AnnotationPlacement.span(from: i, to: j, band: band)
                let r = vertical ? Rect(x: p0, y: plot.y, width: p1 - p0, height: plot.height) : Rect(x: plot.x, y: p0, width: plot.width, height: p1 - p0)
                under.append(.rect(r, fill: fill, stroke: nil, role: .band(from: Double(i), to: Double(j))))
                continue
            }
            let p0 = valueScale(a.number), p1 = valueScale(a.number2!)
            let r = vertical ? Rect(x: plot.x, y: min(p0, p1), width: plot.width, height: abs(p1 - p0))
                             : Rect(x: min(p0, p1), y: plot.y, width: abs(p1 - p0), height: plot.height)
            under.append(.rect(r, fill: fill, stroke: nil, role: .band(from: min(a.number, a.number2!), to: max(a.number, a.number2!))))
        }
        b.add(.group(under, clip: plot))

        // Bars.
        var placed: [PlacedBar] = []
        var barNodes: [SceneNode] = []
        for (i, d) in model.data.enumerated() {
            guard let bandStart = band(d.category), let (v0, v1) = shown[i] else { continue }
            var start = bandStart, width = band.bandwidth
            if let g = groupScale, let s = d.series, let off = g(s) {
                start += off
                width = g.bandwidth
            }
            // A bar's size is its width across the band, centred in it (Vega-Lite).
            if let size = layer.mark.props.size { (start, width) = (start + (width - size) / 2, size) }
            let p0 = valueScale(v0), p1 = valueScale(v1)
            let props = layer.mark.props
            let rect = props.hasOffsets ? props.barRect(value: p1, base: p0, start: start, end: start + width, vertical: vertical)
                : (vertical ? Rect(x: start, y: min(p0, p1), width: width, height: abs(p1 - p0))
                            : Rect(x: min(p0, p1), y: start, width: abs(p1 - p0), height: width))
            var fill = model.valueColors.map { $0.rowColors[d.row] ?? baseColor } ?? d.series.flatMap { model.seriesColors[$0] } ?? baseColor
            if let o = layer.mark.opacity { fill = fill.withAlpha(fill.a * o) }
            var stroke: Stroke?
            if model.stack != nil && style.bar.segmentGap > 0 {
                // A hairline in the background colour keeps adjacent segments apart in grayscale.
                stroke = Stroke(color: style.haloColor, width: style.bar.segmentGap)
            }
            barNodes.append(barNode(rect, fill: fill, stroke: layer.mark.outline(stroke), role: .bar(category: d.category, series: d.series, value: d.value),
                                    mark: layer.mark, vertical: vertical))
            placed.append(PlacedBar(rect: rect, datum: d, fill: fill, shownValue: v1 - v0))
        }
        // "clip": true cuts the bars at the plot's edge (a domain narrower than the data).
        b.add(.group(barNodes, clip: layer.mark.props.clip == true ? plot : nil))

        // Zero baseline (also the category axis line).
        // (A strip's hidden x has its zero mid-plot: its category axis line stays at the edge.)
        let zero = valueScale(model.value.name == StripPlot.xName ? axis.scale.domain.0 : max(axis.scale.domain.0, min(axis.scale.domain.1, 0)))
        let baseline: [PathCommand] = vertical ? [.move(Point(plot.x, zero)), .line(Point(plot.maxX, zero))] : [.move(Point(zero, plot.y)), .line(Point(zero, plot.maxY))]
        if catLook.drawsDomain { b.add(.path(baseline, fill: nil, stroke: catLook.domainStroke, role: .axisDomain)) }

        // Value axis: labels (and ticks + a domain line when there is no grid).
        var valueRuns: [TextRun] = []
        for t in axis.ticks where valueSpec.axis.showsLabels || !grid {
            let p = valueScale(t)
            let tick = AxisTick(value: .number(t), label: axis.label(t))
            let offset = axisStyle.labelPadding + (grid ? 0 : valueLook.tickLength)
            if !grid, let stroke = valueLook.tickStroke(tick) {
                let x = plot.x - valueLook.offset
                let mark: [PathCommand] = vertical ? [.move(Point(x - axisStyle.tickSize, p)), .line(Point(x, p))]
                                                   : [.move(Point(p, plot.maxY)), .line(Point(p, plot.maxY + axisStyle.tickSize))]
                b.add(.path(mark, fill: nil, stroke: stroke, role: .axisTick))
            }
            guard valueSpec.axis.showsLabels, let ls = valueLook.labelStyle(tick) else { continue }
            let text = valueLook.label(tick.label, tick.value)
            let run = vertical
                ? b.text(text, ls, at: Point(plot.x - valueLook.offset - offset, p), h: .end, v: .middle)
                : b.text(text, ls, at: Point(p, plot.maxY + offset), h: AxisFlush.anchor(valueSpec.axis, at: p, lo: plot.x, hi: plot.maxX), v: .top)
            valueRuns.append(run)
        }
        // Labels that would still overlap go as Vega-Lite's labelOverlap says (parity; greedy on a log axis).
        for run in LabelOverlap.policy(valueSpec.axis, log: axis.scale.transform.isLog).thin(valueRuns) {
            b.add(valueSpec.axis.offsetting(run, alongX: !vertical), .axisLabel)
        }
        if !grid && valueLook.drawsDomain {
            let x = plot.x - valueLook.offset
            let domain: [PathCommand] = vertical ? [.move(Point(x, plot.y)), .line(Point(x, plot.maxY))] : [.move(Point(plot.x, plot.maxY)), .line(Point(plot.maxX, plot.maxY))]
            b.add(.path(domain, fill: nil, stroke: valueLook.domainStroke, role: .axisDomain))
        }
        if let t = valueTitle {
            if vertical {
                let run = b.text(t, axisStyle.title, at: Point(region.x, plot.midY), h: .middle, v: .top, angle: -90)
                b.add(run, .axisTitle)
            } else {
                let y = plot.maxY + axisStyle.labelPadding + (grid ? 0 : valueLook.tickLength) + measurer.measure("0", font: axisStyle.label.font).height + axisStyle.titlePadding
                b.add(b.text(t, axisStyle.title, at: Point(plot.midX, y), h: .middle, v: .top, wrap: plot.width, align: .middle), .axisTitle)
            }
        }

        // Category axis labels.
        if catSpec.axis?.hidden != true {
            if !categoryTexts.isEmpty, let w = CategoryLabels.thinningWarning(catLabels, count: model.categories.count, field: model.category) { warnings.append(w) }
            for (i, c) in zip(categoryTexts.indices, model.categories) where i % catLabels.every == 0 {
                guard let center = band.center(c), let ls = catLook.labelStyle(AxisTick(value: .string(c), label: c)) else { continue }
                let text = categoryTexts[i]
                let run: TextRun
                if vertical {
                    let y = plot.maxY + catStyle.labelPadding + 2
                    switch catLabels.mode {
                    case .straight: run = b.text(text, ls, at: Point(center, y), h: catSpec.axis?.more.labelAlign ?? .middle, v: .top)
                    case .wrapped(let w): run = b.text(text, ls, at: Point(center, y), h: .middle, v: .top, wrap: w, align: .middle)
                    case .rotated(let a): run = b.text(text, ls, at: Point(center, y), h: .end, v: .middle, angle: a)
                    }
                } else {
                    let x = plot.x - catLook.offset - catStyle.labelPadding - 2
                    if case .wrapped(let w) = catLabels.mode {
                        run = b.text(text, ls, at: Point(x, center), h: .end, v: .middle, wrap: w, align: .end)
                    } else {
                        run = b.text(text, ls, at: Point(x, center), h: catSpec.axis?.more.labelAlign ?? .end, v: .middle)
                    }
                }
                b.add(catSpec.axis.offsetting(run, alongX: vertical), .axisLabel)
            }
            if let t = categoryTitle {
                if vertical {
                    let y = plot.maxY + catStyle.labelPadding + 2 + (categoryTexts.isEmpty ? 0 : catLabels.depth) + catStyle.titlePadding
                    b.add(b.text(t, catStyle.title, at: Point(plot.midX, y), h: .middle, v: .top, wrap: plot.width, align: .middle), .axisTitle)
                } else {
                    b.add(b.text(t, catStyle.title, at: Point(region.x, plot.midY), h: .middle, v: .top, angle: -90), .axisTitle)
                }
            }
        }

        // Value labels, and every rectangle (bar or mark of another layer) they must not cross.
        var obstacles = RectIndex(placed.map(\.rect))
        if !others.isEmpty {
            b.add(.group(HorizontalLayers.draw(others, band: band, valueScale: valueScale, style: style, builder: b, obstacles: &obstacles), clip: nil))
        }
        var valueLabels: [TextRun] = []
        if showLabels && labelsFit {
            for p in placed {
                let text = labelFormat.string(model.stack == .normalize ? p.shownValue : p.datum.value)
                let pad = style.bar.labelPadding
                if model.stack != nil {
                    // Inside the segment when it fits, in a colour that reads on the fill.
                    var ls = labelStyle
                    ls.color = p.fill.luminance > 0.35 ? Color(r: 0.1, g: 0.1, b: 0.1) : .white
                    let run = b.text(text, ls, at: Point(p.rect.midX, p.rect.midY), h: .middle, v: .middle)
                    if run.size.width + 4 <= p.rect.width && run.size.height + 2 <= p.rect.height {
                        valueLabels.append(run)
                    }
                    continue
                }
                // Beyond the bar's end: on a reversed axis a positive bar ends left of (below) its base.
                let negative = (p.datum.value < 0) != model.value.reversed
                var run: TextRun
                if vertical {
                    let y = negative ? p.rect.maxY + pad : p.rect.minY - pad
                    if labelAngle == 0 {
                        run = b.text(text, labelStyle, at: Point(p.rect.midX, y), h: .middle, v: negative ? .top : .bottom)
                    } else {
                        run = b.text(text, labelStyle, at: Point(p.rect.midX, y), h: negative ? .end : .start, v: .middle, angle: labelAngle)
                    }
                } else {
                    let x = negative ? p.rect.minX - pad : p.rect.maxX + pad
                    run = b.text(text, labelStyle, at: Point(x, p.rect.midY), h: negative ? .end : .start, v: .middle)
                }
                // A rule passing behind a label must not strike through its digits.
                run.halo = style.haloColor
                valueLabels.append(run)
                obstacles.insert(run.bounds)
            }
        }

        for run in totalLabelRuns(totals, placed: placed, format: labelFormat, vertical: vertical, style: style, builder: b) {
            valueLabels.append(run)
            obstacles.insert(run.bounds)
        }

        // Reference rules over the bars, then the value labels over the rules, then each rule's
        // label where it hits nothing.
        var annotationLabels: [(TextRun, Role)] = []
        var collide = false
        for a in chart.spec.annotations {
            if ChartBudget.isExhausted { break }
            let color = a.color.flatMap { Color(parsing: $0.value) }
            if onCategories(a) {
                let placed = AnnotationPlacement.drawOnCategories(a, color: color, categories: model.categories, band: band, valueScale: valueScale,
                                                                  vertical: vertical, plot: plot, style: style, obstacles: &obstacles, builder: b,
                                                                  warnings: &warnings)
                annotationLabels += placed
                continue
            }
            let p = a.kind == .rule ? valueScale(a.number) : (valueScale(a.number) + valueScale(a.number2!)) / 2
            if a.kind == .rule {
                let line: [PathCommand] = vertical ? [.move(Point(plot.x, p)), .line(Point(plot.maxX, p))] : [.move(Point(p, plot.y)), .line(Point(p, plot.maxY))]
                b.add(.path(line, fill: nil, stroke: a.ruleStroke(color, style: style), role: .rule(value: a.number)))
            }
            guard let label = a.label, !label.isEmpty else { continue }
            var ls = a.kind == .rule ? style.rule.label : style.band.label
            if let color { ls.color = color }
            let outside = a.kind == .rule ? outsideLabelWidth : 0
            let (run, clean) = placeAnnotationLabel(label, ls, at: p, vertical: vertical, plot: plot, outsideWidth: outside,
                                                    obstacles: obstacles, builder: b)
            if !clean { collide = true }
            annotationLabels.append((run, a.kind == .rule ? .ruleLabel : .bandLabel))
            obstacles.insert(run.bounds)
        }
        for run in valueLabels { b.add(run, .valueLabel) }
        for (run, role) in annotationLabels { b.add(run, role) }
        if let (legend, _) = valueLegend, let (arrangement, origin) = valueLegendPlace { legend.draw(arrangement, at: origin, into: b) }
        ChartFrame.drawInsideLegends(plot: plot, style: style, into: b)

        var scene = Scene(width: chart.width, height: chart.height, background: style.background, nodes: b.nodes, title: chart.spec.title)
        scene.plotArea = plot
        return (scene, collide)
    }

    /// Each category's net total, for `"labels": "total"` on a stack; empty, with a warning,
    /// where totals would say nothing (bars not stacked, or shares that all total 100%).
    static func stackTotals(_ model: BarModel, markPath: String, warnings: inout [String]) -> [String: Double] {
        let path = "\(markPath).labels"
        switch model.stack {
        case nil:
            warnings.append("\(path) \"total\" labels stacks, but these bars are not stacked; no totals are written")
            return [:]
        case .normalize:
            warnings.append("\(path) \"total\": every stack of a normalized chart totals 100%; no totals are written")
            return [:]
        case .zero, .center:  // bars refuse "center" (BarGrouping)
            var totals: [String: Double] = [:]
            for d in model.data { totals[d.category, default: 0] += d.value }
            return totals
        }
    }

    /// A total's label beyond its stack's end (above, or below a stack whose total is negative).
    static func totalLabelRuns(_ totals: [String: Double], placed: [PlacedBar], format: NumberFormat, vertical: Bool,
                               style: Style, builder b: SceneBuilder) -> [TextRun] {
        guard !totals.isEmpty else { return [] }
        var extent: [String: Rect] = [:]
        for p in placed { extent[p.datum.category] = extent[p.datum.category].map { $0.union(p.rect) } ?? p.rect }
        let pad = style.bar.labelPadding
        var ls = style.bar.label
        ls.font.weight = max(ls.font.weight, 600)
        return totals.keys.sorted().compactMap { category in
            guard let r = extent[category], let total = totals[category] else { return nil }
            let text = format.string(total)
            var run = vertical
                ? b.text(text, ls, at: Point(r.midX, total < 0 ? r.maxY + pad : r.minY - pad), h: .middle, v: total < 0 ? .top : .bottom)
                : b.text(text, ls, at: Point(total < 0 ? r.minX - pad : r.maxX + pad, r.midY), h: total < 0 ? .end : .start, v: .middle)
            run.halo = style.haloColor
            return run
        }
    }

    /// Re-stacks segments so the series order of the legend runs from the baseline outwards.
    /// Piles each category's bars in `rank` order (StackOrder.ranks, by row).
    private static func restack(_ model: BarModel, rank: [Int], _ shown: inout [Int: (Double, Double)],
                                categoryTotals: [String: Double]) {
        var byCategory: [String: [Int]] = [:]
        for (i, d) in model.data.enumerated() { byCategory[d.category, default: []].append(i) }
        for (_, indices) in byCategory {
            var top = 0.0, bottom = 0.0
            for i in indices.sorted(by: { rank[model.data[$0].row] < rank[model.data[$1].row] }) {
                let d = model.data[i]
                let v = model.stack == .normalize ? (categoryTotals[d.category].map { $0 > 0 ? d.value / $0 : 0 } ?? 0) : d.value
                if v >= 0 { shown[i] = (top, top + v); top += v } else { shown[i] = (bottom, bottom + v); bottom += v }
            }
        }
    }

    /// Tries the label of a rule (or band) at the line's ends, above then below, and keeps the
    /// first place that overlaps no bar or label; failing that, the place with the least overlap.
    static func placeAnnotationLabel(_ text: String, _ style: TextStyle, at p: Double, vertical: Bool, plot: Rect,
                                     outsideWidth: Double, obstacles: RectIndex, builder b: SceneBuilder) -> (TextRun, clean: Bool) {
        let gap = 3.0
        var candidates: [TextRun] = []
        if outsideWidth > 0 {
            // The margin reserved for this label (right of the plot, or above it for
            // horizontal bars): always free.
            if vertical {
                return (b.text(text, style, at: Point(plot.maxX + 6, p), h: .start, v: .middle, wrap: outsideWidth), true)
            }
            let run = b.text(text, style, at: Point(p, plot.y - 3), h: .middle, v: .bottom)
            let x = min(max(p, plot.x + run.size.width / 2), plot.maxX - run.size.width / 2)
            return (b.text(text, style, at: Point(x, plot.y - 3), h: .middle, v: .bottom), true)
        }
        if vertical {
            candidates = [
                b.text(text, style, at: Point(plot.maxX, p - gap), h: .end, v: .bottom),
                b.text(text, style, at: Point(plot.x + gap, p - gap), h: .start, v: .bottom),
                b.text(text, style, at: Point(plot.maxX, p + gap), h: .end, v: .top),
                b.text(text, style, at: Point(plot.x + gap, p + gap), h: .start, v: .top),
                b.text(text, style, at: Point(plot.midX, p - gap), h: .middle, v: .bottom),
            ]
        } else {
            candidates = [
                b.text(text, style, at: Point(p + gap, plot.y), h: .start, v: .top),
                b.text(text, style, at: Point(p - gap, plot.y), h: .end, v: .top),
                b.text(text, style, at: Point(p + gap, plot.maxY), h: .start, v: .bottom),
                b.text(text, style, at: Point(p - gap, plot.maxY), h: .end, v: .bottom),
            ]
        }
        func overlap(_ r: Rect) -> Double {
            var total = obstacles.overlapArea(r)
            // Leaving the plot sideways is as bad as covering a bar.
            if r.minX < plot.minX - 1 || r.maxX > plot.maxX + 1 { total += r.width * r.height }
            return total
        }
        var best = candidates[0], bestScore = Double.infinity
        for c in candidates {
            let score = overlap(c.bounds)
            if score == 0 { return (c, true) }
            if score < bestScore { best = c; bestScore = score }
        }
        return (best, false)
    }
}
