import Testing
@testable import ChartKit

/// Panels side by side (`hconcat`) or stacked (`vconcat`), each a chart of its own.
@Suite("Concatenated panels")
struct ConcatSceneTests {
    let engine = ChartEngine()

    @Test("figures 12 and 13 side by side: two panels, each with its own axes, all inside its half, one title and source")
    func sideBySide() throws {
        let c = engine.compile(try engine.load(specFile: TestSupport.example("figures12-13.json")))
        #expect(c.warnings.allSatisfy { $0.hasPrefix("hconcat[") }, "\(c.warnings)")
        let bars = c.scene.bars
        #expect(bars.count == 12)
        let modules = bars.filter { $0.value < 300 && [76.0, 85.7, 98.6, 124.6, 181.8, 288.7].contains($0.value) }
        let poly = bars.filter { [242.0, 250, 342, 392, 505, 827].contains($0.value) }
        #expect(modules.count == 6 && poly.count == 6)
        #expect(modules.map(\.rect.maxX).max()! < poly.map(\.rect.minX).min()!, "the module panel is left of the polysilicon one")
        #expect(c.scene.texts.filter { $0.role == .title }.map(\.run.text).count == 3, "the figure's title and two panel titles")
        #expect(c.scene.texts.filter { $0.role == .source }.count == 1)
        #expect(c.scene.texts.filter { $0.role == .axisLabel && $0.run.text == "2022" }.count == 2)
        for n in c.scene.leaves {
            if case .text(let run, _) = n { #expect(run.bounds.minX >= -0.5 && run.bounds.maxX <= 1000.5) }
        }
    }

    static func sizedPanels(_ second: String) -> String {
        #"""
        {"data": {"values": [{"r": 1, "v": 1, "n": 10}, {"r": 2, "v": 3, "n": 40}]},
         "vconcat": [{"mark": "point", "encoding": {"x": {"field": "r", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"},
                                                    "size": {"field": "n", "type": "quantitative"}}},
                     {"mark": "point", "encoding": {"x": {"field": "r", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}\#(second)}}]}
        """#
    }

    @Test("a size only one panel uses is that panel's own scale and legend; used by two it is refused (one shared scale)")
    func sizeInOnePanel() throws {
        let c = try TestSupport.compile(Self.sizedPanels(""))
        var radii: [Double] = []
        for n in c.scene.leaves { if case .circle(_, let r, _, _, .point) = n { radii.append(r) } }
        #expect(radii.count == 4 && Set(radii).count == 3, "two sized points and two of the default size: \(radii)")
        #expect(c.scene.texts.contains { $0.role == .legendTitle && $0.run.text == "n" })
        let shared = Self.sizedPanels(#", "size": {"field": "n", "type": "quantitative"}"#)
        #expect(TestSupport.resolveErrors(shared).contains { $0.path == "vconcat[1].encoding.size" && $0.message.contains("shares one size scale") })
    }

    @Test("side by side, plots stand level whatever their axes take; a range written once colours every panel")
    func pyramid() throws {
        let c = try TestSupport.compile(#"""
        {"data": {"values": [{"age": 0, "sex": "F", "n": 3}, {"age": 5, "sex": "F", "n": 2}, {"age": 0, "sex": "M", "n": 4}, {"age": 5, "sex": "M", "n": 1}]},
         "hconcat": [
           {"transform": [{"filter": "datum.sex == 'F'"}], "mark": "bar",
            "encoding": {"y": {"field": "age", "type": "ordinal", "axis": null}, "x": {"field": "n", "type": "quantitative", "sort": "descending"},
                         "color": {"field": "sex", "type": "nominal", "scale": {"range": ["#675193", "#ca8861"]}, "legend": null}}},
           {"width": 20, "mark": "text", "encoding": {"y": {"field": "age", "type": "ordinal", "axis": null}, "text": {"field": "age"}}},
           {"transform": [{"filter": "datum.sex == 'M'"}], "mark": "bar",
            "encoding": {"y": {"field": "age", "type": "ordinal", "axis": null}, "x": {"field": "n", "type": "quantitative"},
                         "color": {"field": "sex", "type": "nominal", "legend": null}}}]}
        """#)
        let bars = c.scene.bars
        #expect(Set(bars.compactMap { $0.fill?.description }) == ["#675193", "#ca8861"], "\(bars.map(\.fill))")
        let ages = c.scene.texts.filter { if case .textMark = $0.role { return true } else { return false } }
        // Each age is level with its bars (the text panel has no x axis below its plot).
        for age in ["0", "5"] {
            let word = try #require(ages.first { $0.run.text == age })
            let level = bars.filter { $0.category == age }
            #expect(level.count == 2 && level.allSatisfy { abs($0.rect.midY - word.run.bounds.midY) < 1.5 }, "age \(age)")
        }
        // The left half grows leftwards: its bars end at its plot's right edge, beside the ages.
        let female = bars.filter { $0.fill?.description == "#675193" }
        #expect(abs(female[0].rect.maxX - female[1].rect.maxX) < 0.5)
        #expect(female.allSatisfy { $0.rect.maxX < ages[0].run.bounds.minX })
    }

    @Test("spacing is the gap between panels: 0 puts them edge to edge, a larger one parts them; one view warns")
    func spacing() throws {
        func plots(_ spacing: String) throws -> [Rect] {
            let c = try TestSupport.compile(#"""
            {"data": {"values": [{"r": "A", "v": 1}, {"r": "B", "v": 3}]}\#(spacing),
             "hconcat": [{"mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative", "axis": null}}},
                         {"mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative", "axis": null}}}]}
            """#)
            return c.scene.bars.map(\.rect).sorted { $0.minX < $1.minX }
        }
        let tight = try plots(#", "spacing": 0"#), wide = try plots(#", "spacing": 120"#), plain = try plots("")
        // The gap between the first panel's last bar and the second's first grows with spacing.
        let gaps = [tight, plain, wide].map { $0[2].minX - $0[1].maxX }
        #expect(gaps[0] < gaps[1] && gaps[1] < gaps[2], "\(gaps)")
        let one = try TestSupport.compile(#"{"spacing": 10, "data": {"values": [{"r": "A", "v": 1}]}, "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}}}"#)
        #expect(one.warnings.contains { $0.hasPrefix("spacing") && $0.contains("one view") }, "\(one.warnings)")
    }

    @Test("vconcat stacks panels; a panel draws the figure's data when it has none")
    func stacked() throws {
        let c = try TestSupport.compile(#"""
        {"title": "Two views", "height": 600, "data": {"values": [{"r": "A", "v": 1}, {"r": "B", "v": 3}]},
         "vconcat": [{"mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}}},
                     {"mark": "point", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}}}]}
        """#)
        let bar = try #require(c.scene.bars.first)
        var points: [Point] = []
        for n in c.scene.leaves { if case .circle(let p, _, _, _, .point) = n { points.append(p) } }
        #expect(points.count == 2)
        #expect(points.allSatisfy { $0.y > bar.rect.maxY }, "the point panel is below the bar panel")
    }

    @Test("a panel's own width in hconcat is its plot's; the other panels share the rest of the figure")
    func ownWidth() throws {
        let c = try TestSupport.compile(#"""
        {"width": 900, "height": 300, "data": {"values": [{"r": "A", "v": 1, "p": 1}, {"r": "B", "v": 3, "p": 1}, {"r": "A", "v": 2, "p": 2}, {"r": "B", "v": 4, "p": 2}]},
         "hconcat": [{"transform": [{"filter": "datum.p == 1"}], "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}}},
                     {"width": 120, "transform": [{"filter": "datum.p == 2"}], "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}}}]}
        """#)
        let bars = c.scene.bars
        let first = bars.filter { [1.0, 3].contains($0.value) }, second = bars.filter { [2.0, 4].contains($0.value) }
        #expect(first.count == 2 && second.count == 2)
        // Two bands over the plot: the bars span the plot less the outer paddings of its bands.
        let span = { (b: [(rect: Rect, category: String, series: String?, value: Double, fill: Color?)]) in b.map(\.rect.maxX).max()! - b.map(\.rect.minX).min()! }
        #expect(span(second) > 0.6 * 120 && span(second) < 120, "\(span(second))")
        #expect(span(first) > 0.6 * 600, "the first panel takes the rest: \(span(first))")
        let e = TestSupport.decodeErrors(#"{"hconcat": [{"mark": "bar", "height": 50, "encoding": {}}]}"#)
        #expect(e.contains { $0.path == "hconcat[0].height" && $0.message.contains("share the figure's height") })
    }

    @Test("concat mistakes are named at their place")
    func mistakes() {
        var e = TestSupport.decodeErrors(#"{"hconcat": [{"mark": "bar", "notes": "x", "encoding": {}}], "mark": "bar"}"#)
        #expect(e.contains { $0.path == "mark" && $0.message.contains("belongs to a panel") })
        #expect(e.contains { $0.path == "hconcat[0].notes" && $0.message.contains("belongs to the whole figure") })
        e = TestSupport.decodeErrors(#"{"data": {"values": [{"a": 1}]}, "vconcat": [{"mark": "bar", "width": 60, "encoding": {"x": {"field": "a"}}}]}"#)
        #expect(e.contains { $0.path == "vconcat[0].width" && $0.message.contains("panel's own plot size, drawn so far") })
        e = TestSupport.decodeErrors(#"{"hconcat": [{"vconcat": []}]}"#)
        #expect(e.contains { $0.path == "hconcat[0].vconcat" && $0.message.contains("at least one panel") })
        e = TestSupport.decodeErrors(#"{"hconcat": [{"vconcat": [{"hconcat": [{"vconcat": [{"mark": "bar"}]}]}]}]}"#)
        #expect(e.contains { $0.message.contains("levels of panels inside panels") })
        let r = TestSupport.resolveErrors(#"{"data": {"values": [{"a": 1}]}, "hconcat": [{"mark": "bar", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b"}}}]}"#)
        #expect(r.contains { $0.path == "hconcat[0].encoding.y.field" })
    }

    @Test("a panel of panels: a row of two charts under a wide one, each titled, paths naming the nesting")
    func nested() throws {
        let spec = #"""
        {"width": 600, "height": 400, "autosize": "fit", "data": {"values": [{"k": "a", "v": 1}, {"k": "b", "v": 3}]},
         "vconcat": [
           {"title": "Top", "mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}},
           {"title": "Row", "spacing": 30, "hconcat": [
             {"title": "Left", "mark": "point", "encoding": {"x": {"field": "v", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}}},
             {"title": "Right", "mark": "line", "encoding": {"x": {"field": "v", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}}}
           ]}
         ]}
        """#
        let scene = try TestSupport.compile(spec).scene
        func title(_ t: String) -> Rect? { scene.texts.first { $0.run.text == t }?.run.bounds }
        let top = try #require(title("Top")), row = try #require(title("Row")), left = try #require(title("Left")), right = try #require(title("Right"))
        #expect(top.maxY < row.minY && row.maxY <= left.minY + 0.5, "the row's title under the top panel, above its panels")
        #expect(abs(left.minY - right.minY) < 0.5 && left.maxX + 30 <= right.minX, "side by side, at least the spacing apart")
        #expect(scene.bars.count == 2)
        let bad = TestSupport.resolveErrors(spec.replacingOccurrences(of: #""mark": "line", "encoding": {"x": {"field": "v""#, with: #""mark": "line", "encoding": {"x": {"field": "nope""#))
        #expect(bad.contains { $0.path == "vconcat[1].hconcat[1].encoding.x.field" }, "\(bad.map(\.path))")
    }
}
