import Foundation
import Testing
@testable import ChartKit

/// Assertions on the scene (no pixels): what a designer would check by eye.
@Suite("Bar chart scenes")
struct BarChartSceneTests {
    let engine = ChartEngine()

    func compile(_ text: String) throws -> CompiledChart { try TestSupport.compile(text, engine: engine) }

    func figure2() throws -> Scene {
        let chart = try engine.load(specFile: TestSupport.example("figure2.json"))
        return engine.compile(chart).scene
    }

    /// The rule's y position in the scene and the baseline, for proportionality checks.
    func ruleY(_ scene: Scene, value: Double) -> Double? {
        for node in scene.leaves {
            if case .path(let cmds, _, _, .rule(let v)) = node, v == value, case .move(let p) = cmds[0] { return p.y }
        }
        return nil
    }

    @Test("figure2: one bar per region, sorted descending, heights proportional to values")
    func figure2Bars() throws {
        let scene = try figure2()
        let bars = scene.bars
        #expect(bars.count == 31)
        #expect(Set(bars.map(\.category)).count == 31)
        // Sorted descending left to right.
        let ordered = bars.sorted { $0.rect.x < $1.rect.x }
        let values = ordered.map(\.value)
        #expect(values == values.sorted(by: >))
        #expect(ordered.first?.category == "Hebei")
        #expect(ordered.last?.category == "Qinghai")
        // Heights proportional to values, from one baseline.
        let ratio = ordered[0].rect.height / ordered[0].value
        for bar in ordered {
            #expect(abs(bar.rect.height - bar.value * ratio) < 0.01)
            #expect(abs(bar.rect.maxY - ordered[0].rect.maxY) < 0.01)
        }
        // The tallest bar is 15% high on the value axis: the 13.5 rule sits at 13.5/15 of its height.
        let base = ordered[0].rect.maxY
        let rule = try #require(ruleY(scene, value: 13.5))
        #expect(abs((base - rule) - 13.5 * ratio) < 0.01)
    }

    @Test("figure2: value labels hit neither each other nor the bars")
    func figure2Labels() throws {
        let scene = try figure2()
        let labels = scene.texts.filter { $0.role == .valueLabel }.map(\.run.bounds)
        #expect(labels.count == 31)
        for (i, a) in labels.enumerated() {
            for b in labels[(i + 1)...] { #expect(!a.intersects(b)) }
            for bar in scene.bars { #expect(!a.intersects(bar.rect)) }
        }
        let ruleLabel = try #require(scene.texts.first { $0.role == .ruleLabel })
        #expect(ruleLabel.run.text == "National target 13.5%")
        for l in labels { #expect(!l.intersects(ruleLabel.run.bounds)) }
        for bar in scene.bars { #expect(!bar.rect.intersects(ruleLabel.run.bounds)) }
    }

    @Test("figure2: title, subtitle, notes and source are all on the page, none overlapping")
    func chrome() throws {
        let scene = try figure2()
        let page = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
        let roles: [Role] = [.title, .subtitle, .notes, .source]
        let boxes = roles.map { role in scene.texts.first { $0.role == role }!.run.bounds }
        for b in boxes { #expect(page.contains(b)) }
        for (i, a) in boxes.enumerated() { for b in boxes[(i + 1)...] { #expect(!a.intersects(b)) } }
        // Category labels do not overlap one another.
        let axisLabels = scene.texts.filter { $0.role == .axisLabel }.map(\.run)
        let categories = axisLabels.filter { $0.angle != 0 }
        #expect(categories.count == 31)
    }

    @Test("a quantitative x makes horizontal bars, sorted by -x from the top")
    func horizontal() throws {
        let scene = try compile(#"""
        {"data": {"values": [{"r": "A", "v": 3}, {"r": "B", "v": 9}, {"r": "C", "v": 5}]}, "mark": {"type": "bar", "labels": true},
         "encoding": {"y": {"field": "r", "sort": "-x"}, "x": {"field": "v", "type": "quantitative"}}, "annotations": [{"type": "rule", "x": 4, "label": "four"}]}
        """#).scene
        let bars = scene.bars.sorted { $0.rect.y < $1.rect.y }
        #expect(bars.map(\.category) == ["B", "C", "A"])
        #expect(bars.allSatisfy { abs($0.rect.minX - bars[0].rect.minX) < 0.01 })
        #expect(bars[0].rect.width > bars[1].rect.width)
        // Labels sit right of the bar ends.
        for label in scene.texts.filter({ $0.role == .valueLabel }) {
            #expect(!scene.bars.contains { $0.rect.intersects(label.run.bounds) })
        }
    }

    @Test("negative values grow down from the zero baseline, with labels below")
    func negatives() throws {
        let scene = try compile(#"""
        {"data": {"values": [{"r": "A", "v": 7.3}, {"r": "B", "v": -11.2}]}, "mark": {"type": "bar", "labels": true},
         "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}}}
        """#).scene
        let a = try #require(scene.bars.first { $0.category == "A" })
        let b = try #require(scene.bars.first { $0.category == "B" })
        #expect(abs(a.rect.maxY - b.rect.minY) < 0.01)  // both meet at zero
        #expect(abs(b.rect.height / a.rect.height - 11.2 / 7.3) < 1e-6)
        let labelB = try #require(scene.texts.first { $0.role == .valueLabel && $0.run.text == "−11.2" })
        #expect(labelB.run.bounds.minY >= b.rect.maxY)
    }

    static let twoYears = #"{"values": [{"r": "A", "y": "2025", "v": 20}, {"r": "A", "y": "2030", "v": 25}, {"r": "B", "y": "2025", "v": 30}, {"r": "B", "y": "2030", "v": 35}]}"#

    @Test("a colour field with xOffset sets bars side by side, in legend order, with a legend")
    func grouped() throws {
        let scene = try compile(#"""
        {"data": \#(Self.twoYears),
         "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "y", "type": "ordinal"}, "xOffset": {"field": "y"}}}
        """#).scene
        #expect(scene.bars.count == 4)
        let a = scene.bars.filter { $0.category == "A" }.sorted { $0.rect.x < $1.rect.x }
        #expect(a.map(\.series) == ["2025", "2030"])
        #expect(a[0].rect.maxX <= a[1].rect.minX)
        #expect(a[0].fill != a[1].fill)
        let legend = scene.texts.filter { if case .legendLabel = $0.role { return true } else { return false } }
        #expect(legend.map(\.run.text) == ["2025", "2030"])
    }

    @Test("a colour field alone stacks the bars (Vega-Lite's default); stack null overlays them")
    func colourStacksByDefault() throws {
        let stacked = try compile(#"""
        {"data": \#(Self.twoYears), "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "y", "type": "ordinal"}}}
        """#).scene
        let a = stacked.bars.filter { $0.category == "A" }
        #expect(a.count == 2)
        #expect(abs(a[0].rect.minX - a[1].rect.minX) < 0.01 && abs(a[0].rect.width - a[1].rect.width) < 0.01)
        #expect(abs(min(a[0].rect.maxY, a[1].rect.maxY) - max(a[0].rect.minY, a[1].rect.minY)) < 0.01, "one on top of the other")
        let overlaid = try compile(#"""
        {"data": \#(Self.twoYears), "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative", "stack": null}, "color": {"field": "y", "type": "ordinal"}}}
        """#).scene
        let o = overlaid.bars.filter { $0.category == "A" }
        #expect(abs(o[0].rect.maxY - o[1].rect.maxY) < 0.01, "both grow from zero")
        #expect(abs(o[0].rect.minX - o[1].rect.minX) < 0.01, "at the same place")
    }

    @Test("offset mistakes are named")
    func offsetMistakes() {
        let other = TestSupport.resolveErrors(#"{"data": \#(Self.twoYears), "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "y", "type": "ordinal"}, "xOffset": {"field": "r"}}}"#)
        #expect(other.contains { $0.path == "encoding.xOffset" && $0.message.contains("not supported yet") })
        let across = TestSupport.resolveErrors(#"{"data": \#(Self.twoYears), "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "y", "type": "ordinal"}, "yOffset": {"field": "y"}}}"#)
        #expect(across.contains { $0.path == "encoding.yOffset" && $0.message.contains("set side by side with \"xOffset\"") })
        let both = TestSupport.resolveErrors(#"{"data": \#(Self.twoYears), "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative", "stack": true}, "color": {"field": "y", "type": "ordinal"}, "xOffset": {"field": "y"}}}"#)
        #expect(both.contains { $0.path == "encoding.y.stack" && $0.message.contains("keep one of them") })
        let line = TestSupport.resolveErrors(#"{"data": \#(Self.twoYears), "mark": "line", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "y", "type": "ordinal"}, "xOffset": {"field": "y"}}}"#)
        #expect(line.contains { $0.path == "encoding.xOffset" && $0.message.contains("a line layer has none") })
    }

    @Test("stacked bars sum to their totals; normalised stacks to 100%")
    func stacked() throws {
        let values = #"[{"r": "A", "s": "x", "v": 2}, {"r": "A", "s": "y", "v": 3}, {"r": "B", "s": "x", "v": 1}, {"r": "B", "s": "y", "v": 9}]"#
        for (mode, totals) in [("true", ["A": 5.0, "B": 10.0]), ("\"normalize\"", ["A": 1.0, "B": 1.0])] {
            let scene = try compile("""
            {"data": {"values": \(values)}, "mark": "bar",
             "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative", "stack": \(mode)}, "color": {"field": "s"}}}
            """).scene
            let base = scene.bars.map(\.rect.maxY).max()!
            let pxPerUnit = (base - scene.bars.filter { $0.category == "B" }.map(\.rect.minY).min()!) / totals["B"]!
            for (cat, total) in totals {
                let segs = scene.bars.filter { $0.category == cat }.sorted { $0.rect.maxY > $1.rect.maxY }
                #expect(segs.map(\.series) == ["y", "x"])  // Vega-Lite: descending from the baseline
                #expect(abs(segs.reduce(0) { $0 + $1.rect.height } - total * pxPerUnit) < 0.01)
                #expect(abs(segs[0].rect.minY - segs[1].rect.maxY) < 0.01)  // segments touch
            }
        }
    }

    @Test("a band annotation shades between its two values, under the bars")
    func band() throws {
        let scene = try compile(#"""
        {"data": {"values": [{"r": "A", "v": 10}]}, "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}},
         "annotations": [{"type": "band", "y": 4, "y2": 6, "label": "range"}]}
        """#).scene
        var bandRect: Rect?
        var bandIndex = 0, barIndex = 0
        for (i, n) in scene.leaves.enumerated() {
            if case .rect(let r, _, _, .band(4, 6)) = n { bandRect = r; bandIndex = i }
            if case .rect(_, _, _, .bar) = n { barIndex = i }
        }
        let r = try #require(bandRect)
        let bar = scene.bars[0].rect
        #expect(abs(r.height - bar.height * 0.2) < 0.01)
        #expect(bandIndex < barIndex)
        #expect(scene.texts.contains { $0.role == .bandLabel && $0.run.text == "range" })
    }

    @Test("an annotation at a value that is no category is an error naming the value axis")
    func annotationOnWrongAxis() {
        let errors = TestSupport.resolveErrors(#"{"data": {"values": [{"r": "A", "v": 1}]}, "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}}, "annotations": [{"type": "rule", "x": 3}]}"#)
        #expect(errors.count == 1)
        #expect(errors[0].path == "annotations[0].x")
        #expect(errors[0].message.contains("write \"y\": 3"))
    }

    @Test("a long last tick label on horizontal bars stays on the page")
    func lastTickInside() throws {
        let scene = try compile(#"{"width": 500, "data": {"values": [{"r": "A", "v": 23000000}, {"r": "B", "v": 9000000}]}, "mark": "bar", "encoding": {"y": {"field": "r"}, "x": {"field": "v", "type": "quantitative"}}}"#).scene
        let ticks = scene.texts.filter { $0.role == .axisLabel && $0.run.text.contains(",") }
        #expect(ticks.count >= 3)
        #expect(ticks.allSatisfy { $0.run.bounds.maxX <= scene.width }, "\(ticks.map { ($0.run.text, $0.run.bounds.maxX) })")
    }

    @Test("two quantitative fields, or none, cannot make bars")
    func wrongTypes() {
        let both = TestSupport.resolveErrors(#"{"data": {"values": [{"a": 1, "b": 2}]}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}}"#)
        #expect(both.first?.message.contains("both x and y are quantitative") == true)
        let none = TestSupport.resolveErrors(#"{"data": {"values": [{"a": "x", "b": "y"}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}}"#)
        #expect(none.first?.message.contains("quantitative value on x or y") == true)
    }

    @Test("long category labels rotate instead of overlapping; Chinese labels wrap or rotate too")
    func longLabels() throws {
        let names = (1...20).map { "内蒙古自治区\($0)" }
        let values = names.map { "{\"r\": \"\($0)\", \"v\": 1}" }.joined(separator: ",")
        let scene = try compile("{\"width\": 500, \"data\": {\"values\": [\(values)]}, \"mark\": \"bar\", \"encoding\": {\"x\": {\"field\": \"r\"}, \"y\": {\"field\": \"v\", \"type\": \"quantitative\"}}}").scene
        let labels = scene.texts.filter { $0.role == .axisLabel && $0.run.angle != 0 }.map(\.run)
        #expect(!labels.isEmpty)
        // Rotated labels: consecutive ones do not overlap along the axis.
        let xs = labels.map(\.position.x).sorted()
        let lineHeight = labels[0].size.height
        for (a, b) in zip(xs, xs.dropFirst()) { #expect(b - a >= lineHeight * 0.99) }
    }

    @Test("the print style draws every colour in gray, even colours the spec names", arguments: ["figure4.json", "figure7.json", "carbon-footprint-policies.json"])
    func printStyle(example: String) throws {
        let spec = try SpecDecoder.decode(file: TestSupport.example(example))
        let chart = try ChartResolver.resolve(spec, styleOverride: "print")
        let scene = engine.compile(chart).scene
        func isGray(_ c: Color?) -> Bool { c.map { abs($0.r - $0.g) < 1e-9 && abs($0.g - $0.b) < 1e-9 } ?? true }
        for n in scene.leaves {
            switch n {
            case .rect(_, let fill, let stroke, _), .path(_, let fill, let stroke, _), .circle(_, _, let fill, let stroke, _):
                #expect(isGray(fill) && isGray(stroke?.color))
            case .text(let run, _):
                #expect(isGray(run.color) && isGray(run.halo))
            case .gradient(_, let stops, _):
                #expect(stops.allSatisfy { isGray($0.color) })
            case .gradientPath(_, let g, let stroke, _):
                #expect(g.stops.allSatisfy { isGray($0.color) } && isGray(stroke?.color))
            case .group:
                break
            }
        }
        // Series stay apart: distinct fills keep distinct grays.
        let fills = Set(scene.bars.compactMap(\.fill))
        let colored = Set(engine.compile(try ChartResolver.resolve(spec)).scene.bars.compactMap(\.fill))
        #expect(fills.count == colored.count)
    }
}

/// Rules, bands and target points on a band (category) axis: years on bar charts.
@Suite("Annotations on category axes")
struct CategoryAnnotationTests {
    let spec = #"""
    {"data": {"values": [{"y": "2020", "v": 1}, {"y": "2021", "v": 2}, {"y": "2022", "v": 3}, {"y": "2023", "v": 4}]},
     "mark": "bar", "encoding": {"x": {"field": "y", "type": "ordinal"}, "y": {"field": "v", "type": "quantitative"}},
     "annotations": [
       {"type": "band", "x": 2021, "x2": "2022", "label": "Plan period"},
       {"type": "rule", "x": "2023", "label": "New policy"},
       {"type": "point", "x": 2023, "y": 6, "label": "Target"}]}
    """#

    @Test("a band spans whole bands, a rule stands at a category's centre, a point above it; the point widens the value axis")
    func placed() throws {
        let c = try TestSupport.compile(spec)
        let bars = c.scene.bars
        func bar(_ y: String) throws -> Rect { try #require(bars.first { $0.category == y }).rect }
        var band: Rect?, rule: [PathCommand]?, point: Point?
        for n in c.scene.leaves {
            switch n {
            case .rect(let r, _, _, .band): band = r
            case .path(let cmds, _, _, .rule): rule = cmds
            case .circle(let p, _, _, _, .annotationPoint(6)): point = p
            default: break
            }
        }
        let b = try #require(band), r = try #require(rule), p = try #require(point)
        let b2021 = try bar("2021"), b2022 = try bar("2022"), b2023 = try bar("2023")
        #expect(b.minX < b2021.minX && b.maxX > b2022.maxX && b.maxX < b2023.minX)
        if case .move(let top) = r[0] { #expect(abs(top.x - b2023.midX) < 0.01) } else { Issue.record("rule without a start") }
        #expect(abs(p.x - b2023.midX) < 0.01)
        #expect(p.y < b2023.minY, "the 6 target stands above the bar of 4")
        #expect(c.scene.texts.contains { $0.role == .bandLabel && $0.run.text == "Plan period" })
        #expect(c.scene.texts.contains { $0.role == .ruleLabel && $0.run.text == "New policy" })
        #expect(c.scene.texts.contains { $0.role == .annotationPointLabel && $0.run.text == "Target" })
        #expect(c.scene.texts.contains { $0.role == .axisLabel && ($0.run.text == "6" || $0.run.text == "6.0") }, "the axis reaches the target")
    }
}

/// Callouts: `{"type": "text", …}` words at an offset from a data position, with an arrow.
@Suite("Callouts")
struct CalloutTests {
    @Test("figure15: the words stand left of and above 2022's bar; the arrow ends just short of its top")
    func figure15() throws {
        let engine = ChartEngine()
        let c = engine.compile(try engine.load(specFile: TestSupport.example("figure15.json")))
        #expect(c.warnings.isEmpty, "\(c.warnings)")
        let bar = try #require(c.scene.bars.first { $0.category == "2022" }).rect
        let words = try #require(c.scene.texts.first { $0.role == .callout })
        #expect(words.run.text == "2.22 trillion RMB, +12.8% vs 2020")
        #expect(words.run.bounds.maxX <= bar.midX - 59 && words.run.bounds.maxY <= bar.minY - 13)
        var head: [PathCommand]?
        for n in c.scene.leaves { if case .path(let cmds, .some, _, .calloutLeader) = n { head = cmds } }
        guard case .move(let tip)? = try #require(head).first else { Issue.record("no arrowhead"); return }
        let gap = ((tip.x - bar.midX) * (tip.x - bar.midX) + (tip.y - bar.minY) * (tip.y - bar.minY)).squareRoot()
        #expect(abs(gap - 3) < 0.01)
    }

    @Test("a callout on a time axis; words that leave the plot or cover a mark are a warning")
    func timeAxisAndWarnings() throws {
        let data = #""data": {"values": [{"t": 2019, "v": 10}, {"t": 2020, "v": 30}, {"t": 2021, "v": 20}]}"#
        let enc = #""encoding": {"x": {"field": "t", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}}"#
        let ok = try TestSupport.compile(#"{\#(data), "mark": "line", \#(enc), "annotations": [{"type": "text", "x": 2020, "y": 30, "text": "peak", "dx": 30, "dy": 20, "arrow": true}]}"#)
        #expect(ok.scene.texts.contains { $0.role == .callout && $0.run.text == "peak" })
        #expect(ok.warnings.isEmpty, "\(ok.warnings)")
        let out = try TestSupport.compile(#"{\#(data), "mark": "line", \#(enc), "annotations": [{"type": "text", "x": 2020, "y": 30, "text": "far", "dy": -900}]}"#)
        #expect(out.warnings.contains { $0.hasPrefix("annotations[0].text \"far\" reaches outside the plot") })
    }

    @Test("callout mistakes are named")
    func mistakes() {
        let base = #""data": {"values": [{"r": "A", "v": 1}]}, "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}}"#
        var e = TestSupport.decodeErrors(#"{\#(base), "annotations": [{"type": "text", "x": "A", "y": 1}]}"#)
        #expect(e.contains { $0.message.contains("a callout needs its words in \"text\"") })
        e = TestSupport.decodeErrors(#"{\#(base), "annotations": [{"type": "text", "x": "A", "text": "hi"}]}"#)
        #expect(e.contains { $0.message.contains("a callout needs both \"x\" and \"y\"") })
        e = TestSupport.decodeErrors(#"{\#(base), "annotations": [{"type": "rule", "y": 1, "text": "hi"}]}"#)
        #expect(e.contains { $0.path == "annotations[0].text" && $0.message.contains("belongs to a callout") })
    }
}

@Suite("Highlighted bars")
struct HighlightTests {
    @Test("a colour field that marks a subset colours those bars, each bar whole and in sorted place")
    func highlight() throws {
        let engine = ChartEngine()
        let c = engine.compile(try engine.load(specFile: TestSupport.example("energy-intensity-highlight.json")))
        let bars = c.scene.bars
        #expect(bars.count == 31)
        let dark = bars.filter { $0.series == "Stated in the report" }.map(\.category).sorted()
        #expect(dark == ["Liaoning", "Shandong"])
        #expect(Set(bars.map(\.rect.width)).count == 1, "every bar takes its whole band")
        let fills = Set(bars.compactMap(\.fill))
        #expect(fills.count == 2)
        // Sorted by value, descending, whatever the colour.
        let byX = bars.sorted { $0.rect.minX < $1.rect.minX }.map(\.value)
        #expect(byX == byX.sorted(by: >))
    }
}

@Suite("Stack totals")
struct StackTotalTests {
    @Test("each stack's total stands just above it, and equals its segments' sum")
    func totals() throws {
        let engine = ChartEngine()
        let c = engine.compile(try engine.load(specFile: TestSupport.example("new-capacity-totals.json")))
        #expect(c.warnings.isEmpty, "\(c.warnings)")
        let labels = c.scene.texts.filter { $0.role == .valueLabel }
        #expect(labels.count == 10)
        for year in Set(c.scene.bars.map(\.category)) {
            let segments = c.scene.bars.filter { $0.category == year }
            let top = segments.map(\.rect.minY).min()!, mid = segments[0].rect.midX
            let label = try #require(labels.first { abs($0.run.position.x - mid) < 0.01 })
            #expect(label.run.text == NumberFormat(",.0f")!.string(segments.reduce(0) { $0 + $1.value }))
            #expect(label.run.bounds.maxY <= top && label.run.bounds.maxY > top - 8)
        }
    }

    @Test("totals where there is no stack say so; on a line they are an error")
    func misuse() throws {
        let data = #""data": {"values": [{"r": "A", "s": "x", "v": 1}, {"r": "A", "s": "y", "v": 2}]}"#
        let grouped = try TestSupport.compile(#"{\#(data), "mark": {"type": "bar", "labels": "total"}, "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s"}, "xOffset": {"field": "s"}}}"#)
        #expect(grouped.warnings.contains { $0.contains("\"total\" labels stacks, but these bars are not stacked") })
        let shares = try TestSupport.compile(#"{\#(data), "mark": {"type": "bar", "labels": "total"}, "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative", "stack": "normalize"}, "color": {"field": "s"}}}"#)
        #expect(shares.warnings.contains { $0.contains("totals 100%") })
        let line = TestSupport.decodeErrors(#"{\#(data), "mark": {"type": "line", "labels": "total"}, "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}}}"#)
        #expect(line.contains { $0.path == "mark.labels" && $0.message.contains("a line mark takes true or false") })
    }
}
