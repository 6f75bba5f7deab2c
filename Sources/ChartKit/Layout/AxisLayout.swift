import Foundation

// Axis geometry shared by chart kinds: the value axis (nice ticks, formatted labels, gridlines)
// and the category axis (labels kept legible: straight, wrapped, rotated, or thinned).

struct ValueAxis {
    var scale: LinearScale
    var step: Double
    var format: NumberFormat

    /// Log axes: how many ticks were asked for, which decides the ticks and which get labels.
    var logCount = 10

    /// `axis.values`: the ticks as the spec lists them.
    var explicitValues: [Double]?

    /// Categories on a value axis (CategoryY): tick `t` is labelled with the category
    /// counted `t` places up from the last.
    var categories: [String]? = nil

    var ticks: [Double] {
        if let v = explicitValues { return ValueAxis.explicitTicks(v, domain: scale.domain) }
        if case .log(let base) = scale.transform { return LogTicks(base: base).ticks(scale.domain, count: logCount) }
        return scale.ticks(step: step)
    }

    /// The label of tick `t`: empty for the log ticks Vega leaves unlabelled.
    func label(_ t: Double) -> String {
        if let c = categories, let i = Int(exactly: t), i >= 0, i < c.count { return c[c.count - 1 - i] }
        if explicitValues == nil, case .log(let base) = scale.transform, !LogTicks(base: base).labelled(t, domain: scale.domain, count: logCount) { return "" }
        return format.string(t)
    }

    /// A nice scale over `extent` with about one tick per `pixelsPerTick`, or the spec's domain.
    static func make(extent: (Double, Double), spec: ChannelSpec, length: Double, pixelsPerTick: Double,
                     defaultFormat: NumberFormat?) -> ValueAxis {
        var lo = extent.0, hi = extent.1
        if spec.scale?.zero ?? true { lo = min(lo, 0); hi = max(hi, 0) }
        let explicitDomain: Bool
        if let d = spec.scale?.domain, d.count == 2, case .number(let a) = d[0].value, case .number(let b) = d[1].value {
            lo = a; hi = b
            explicitDomain = true
        } else {
            explicitDomain = false
        }
        let transform = ScaleTransform.of(spec.scale)
        if transform.isLog { return makeLog(extent: extent, spec: spec, transform: transform, length: length, defaultFormat: defaultFormat) }
        (lo, hi) = ScalePadding.padded((lo, hi), spec.scale, length: length, transform: transform)
        if hi <= lo { hi = lo + 1 }
        let count = spec.axis?.tickCount ?? max(2, Int(length / pixelsPerTick))
        var scale = LinearScale(domain: (lo, hi), range: (0, 1), transform: transform)
        let nice = spec.scale?.nice ?? !explicitDomain
        if nice { scale = scale.niced(count: count) }
        var step = nice ? scale.domainStep(count: count) : scale.tickStep(count: count)
        // Already-binned data with a bin step: a tick at every multiple of it (Vega-Lite's bins).
        if let bin = spec.bin?.value, bin.binned, let s = bin.step, (scale.domain.1 - scale.domain.0) / s <= 100 { step = s }
        var axis = ValueAxis(scale: scale, step: step, format: defaultFormat ?? NumberFormat.forTicks(step: step))
        axis.explicitValues = spec.axis?.values?.value
        return axis
    }

    /// A log axis: no zero, the domain niced to powers of the base, Vega's default of ten
    /// ticks (Vega-Lite sets no tick count on log axes) and labels in d3's "," format.
    private static func makeLog(extent: (Double, Double), spec: ChannelSpec, transform: ScaleTransform, length: Double,
                                defaultFormat: NumberFormat?) -> ValueAxis {
        guard case .log(let base) = transform else { preconditionFailure("makeLog needs a log transform") }
        var domain = ScalePadding.padded(extent, spec.scale, length: length, transform: transform)
        if let d = spec.scale?.domain, d.count == 2, case .number(let a) = d[0].value, case .number(let b) = d[1].value {
            domain = ScalePadding.padded((a, b), spec.scale, length: length, transform: transform)
        } else if spec.scale?.nice ?? true {
            domain = LogTicks(base: base).nice(domain)
        }
        if !(domain.0 > 0 && domain.1 > domain.0) { domain = (1, base) }
        var axis = ValueAxis(scale: LinearScale(domain: domain, range: (0, 1), transform: transform), step: 1,
                             format: defaultFormat ?? NumberFormat(",")!)
        axis.logCount = spec.axis?.tickCount ?? 10
        axis.explicitValues = spec.axis?.values?.value
        return axis
    }

    /// Grows the domain just enough that `need` pixels (of `length`) stay free beyond the
    /// largest value `hi` and below the smallest `lo`: room for value labels without adding an
    /// empty tick step. Ticks stay where they were.
    mutating func makeRoom(need: Double, length: Double, hi: Double, lo: Double) {
        guard length > need * 2, scale.transform == .linear else { return }
        for _ in 0..<4 {
            var (d0, d1) = scale.domain
            if hi > 0 { d1 = max(d1, (length * hi - need * d0) / (length - need)) }
            if lo < 0 { d0 = min(d0, (length * lo - need * d1) / (length - need)) }
            scale.domain = (d0, d1)
        }
    }
}

enum CategoryLabelMode: Equatable {
    case straight
    case wrapped(width: Double)
    case rotated(angle: Double)
}

struct CategoryLabels {
    var mode: CategoryLabelMode
    /// Show every n-th label when even upright labels are too tight.
    var every: Int
    /// Extent of the labels away from the axis line.
    var depth: Double

    /// Chooses how to draw labels under bands `step` wide, preferring what reads easiest:
    /// straight, then wrapped at spaces on up to three lines, then rotated 45°, then 90°, then
    /// thinned. `preferThinning`: for years and other ordered labels of one word, show every
    /// n-th label upright rather than turning them all (labels with spaces still wrap first).
    /// `overlap`: the axis's labelOverlap, when the spec gives one, on top of that choice.
    static func fit(_ labels: [String], step: Double, style: AxisStyle, angle userAngle: Double?, measurer: TextMeasurer,
                    preferThinning: Bool = false, overlap: LabelOverlap? = nil) -> CategoryLabels {
        let fitted = fitted(labels, step: step, style: style, angle: userAngle, measurer: measurer, preferThinning: preferThinning)
        return overlap?.thin(fitted) ?? fitted
    }

    private static func fitted(_ labels: [String], step: Double, style: AxisStyle, angle userAngle: Double?, measurer: TextMeasurer,
                               preferThinning: Bool) -> CategoryLabels {
        let font = style.label.font
        let sizes = labels.map { measurer.measure($0, font: font) }
        let lineHeight = sizes.map(\.height).max() ?? font.size * 1.2
        let widest = sizes.map(\.width).max() ?? 0
        if let a = userAngle {
            return rotated(sizes, angle: a, step: step, lineHeight: lineHeight)
        }
        let room = step - 4
        if widest <= room {
            return CategoryLabels(mode: .straight, every: 1, depth: lineHeight)
        }
        let words = labels.contains { $0.contains(" ") }
        if preferThinning && !words {
            let every = Int(((widest + 6) / max(step, 0.001)).rounded(.up))
            return CategoryLabels(mode: .straight, every: max(1, every), depth: lineHeight)
        }
        // Wrap at word (or CJK character) boundaries, at most three lines, no word cut.
        if room > font.size * 2.5 {
            let wrapped = labels.map { measurer.measure($0, font: font, wrapWidth: room) }
            let longestWord = labels.flatMap { $0.split(separator: " ") }.map { measurer.measure(String($0), font: font).width }.max() ?? 0
            if wrapped.allSatisfy({ $0.lineCount <= 3 }) && longestWord <= room {
                return CategoryLabels(mode: .wrapped(width: room), every: 1, depth: wrapped.map(\.height).max() ?? lineHeight)
            }
        }
        let angle: Double = step >= lineHeight * 1.45 ? -45 : -90
        return rotated(sizes, angle: angle, step: step, lineHeight: lineHeight)
    }

    /// The warning for an axis that shows only every n-th label of its categories (time
    /// axes thin by design and say nothing).
    static func thinningWarning(_ labels: CategoryLabels, count: Int, field: Field) -> String? {
        guard labels.every > 1, field.type != .temporal else { return nil }
        let shown = (count + labels.every - 1) / labels.every
        return "\(field.channel.path): only \(shown) of \(count) category labels are shown (every \(labels.every)\(labels.every == 2 ? "nd" : labels.every == 3 ? "rd" : "th")); "
            + "there is no room for all: make the chart larger, shorten the labels, or set axis.labelAngle"
    }

    private static func rotated(_ sizes: [TextSize], angle: Double, step: Double, lineHeight: Double) -> CategoryLabels {
        let t = abs(angle) * .pi / 180
        let depth = sizes.map { $0.width * sin(t) + $0.height * cos(t) }.max() ?? lineHeight
        // Upright or slanted labels need about a line's height of the band each (along the axis).
        let needed = angle == 0 ? (sizes.map(\.width).max() ?? 0) + 4 : lineHeight * (abs(angle) >= 89 ? 1.0 : 1.41)
        let every = max(1, Int((needed / max(step, 0.001)).rounded(.up)))
        return CategoryLabels(mode: angle == 0 ? .straight : .rotated(angle: angle), every: every, depth: depth)
    }
}

extension CategoryLabels {
    /// Draws the labels of a horizontal band axis under it (top edge at `y`), every n-th one
    /// when thinned, straight, wrapped or turned as `fit` chose; `look` gives each its text
    /// (labelExpr), colour and alignment.
    func drawBelow(_ categories: [String], centers: (String) -> Double?, y: Double, look: AxisLook, into b: SceneBuilder) {
        for (i, c) in categories.enumerated() where i % every == 0 {
            guard let center = centers(c), let ls = look.labelStyle(AxisTick(value: .string(c), label: c)) else { continue }
            let text = look.label(c, .string(c))
            let run: TextRun
            switch mode {
            case .straight: run = b.text(text, ls, at: Point(center, y), h: look.spec?.more.labelAlign ?? .middle, v: .top)
            case .wrapped(let w): run = b.text(text, ls, at: Point(center, y), h: .middle, v: .top, wrap: w, align: .middle)
            case .rotated(let a): run = b.text(text, ls, at: Point(center, y), h: .end, v: .middle, angle: a)
            }
            b.add(look.spec.offsetting(run, alongX: true), .axisLabel)
        }
    }
}
