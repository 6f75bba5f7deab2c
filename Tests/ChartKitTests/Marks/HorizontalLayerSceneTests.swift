import Foundation
import Testing
@testable import ChartKit

/// Layered horizontal charts: categories down y, values along x, every layer on the same bands.
@Suite("Horizontal layers")
struct HorizontalLayerSceneTests {
    let engine = ChartEngine()

    static let data = #""data": {"values": [{"r": "Hebei", "y": "2025", "v": 13}, {"r": "Hebei", "y": "2030", "v": 19}, {"r": "Qinghai", "y": "2025", "v": 52}, {"r": "Qinghai", "y": "2030", "v": 55}]}"#

    func points(_ scene: Scene) -> [(center: Point, series: String?)] {
        scene.leaves.compactMap {
            if case .circle(let c, _, _, _, .point(let s, _)) = $0 { return (c, s) }
            return nil
        }
    }

    @Test("a dot plot: points on the category bands, sorted by value, the axis fitted to the points (not to zero)")
    func dotPlot() throws {
        let scene = try TestSupport.compile(#"{\#(Self.data), "mark": "circle", "encoding": {"y": {"field": "r", "sort": "-x"}, "x": {"field": "v", "type": "quantitative", "scale": {"zero": false}}, "color": {"field": "y", "type": "ordinal"}}}"#, engine: engine).scene
        let ps = points(scene)
        #expect(ps.count == 4)
        let qinghai = ps.filter { $0.center.y == ps.map(\.center.y).min() }
        #expect(qinghai.count == 2)                                     // Qinghai (the larger sum) on top
        #expect(Set(ps.map(\.series)) == ["2025", "2030"])
        let ticks = scene.texts.filter { $0.role == .axisLabel && $0.run.vAnchor == .top }.map(\.run.text)
        #expect(!ticks.contains("0"))
        let legend = scene.texts.filter { if case .legendLabel = $0.role { return true }; return false }.map(\.run.text)
        #expect(legend == ["2025", "2030"])
    }

    @Test("bars with points and words on them: one band per category, the marks at their values")
    func barsWithMarks() throws {
        let layers = #""layer": [{"mark": "bar", "encoding": {"y": {"field": "r"}, "x": {"field": "v", "type": "quantitative"}, "color": {"field": "y", "type": "ordinal"}, "yOffset": {"field": "y"}}}, {"mark": {"type": "text", "dx": 14}, "encoding": {"y": {"field": "r"}, "x": {"field": "v", "type": "quantitative"}, "text": {"field": "y"}}}]"#
        let scene = try TestSupport.compile("{\(Self.data), \(layers)}", engine: engine).scene
        let bars = scene.bars
        #expect(bars.count == 4)
        let words = scene.texts.filter { if case .textMark = $0.role { return true }; return false }
        #expect(words.count == 4)
        // Each word 14 units right of its value, on its category's band.
        for w in words {
            let bar = try #require(bars.first { abs($0.rect.maxX + 14 - w.run.bounds.midX) < 0.5 })
            #expect(w.run.bounds.midY > bar.rect.minY - 20 && w.run.bounds.midY < bar.rect.maxY + 20)
        }
    }

    @Test("rules span x to x2; labels on marks and a rule without x2 are named")
    func spansAndMistakes() throws {
        let scene = try TestSupport.compile(#"{"data": {"values": [{"r": "A", "a": 10, "b": 20}]}, "layer": [{"mark": "rule", "encoding": {"y": {"field": "r"}, "x": {"field": "a", "type": "quantitative"}, "x2": {"field": "b", "type": "quantitative"}}}, {"mark": "point", "encoding": {"y": {"field": "r"}, "x": {"field": "b", "type": "quantitative"}}}]}"#, engine: engine).scene
        var spans: [Double] = []
        for n in scene.leaves { if case .path(let c, _, _, .ruleMark) = n, case .move(let a) = c[0], case .line(let b) = c[1] { spans.append(b.x - a.x) } }
        #expect(spans.count == 1 && spans[0] > 0)
        var e = TestSupport.resolveErrors(#"{"data": {"values": [{"r": "A", "a": 1}]}, "mark": {"type": "point", "labels": true}, "encoding": {"y": {"field": "r"}, "x": {"field": "a", "type": "quantitative"}}}"#)
        #expect(e.contains { $0.path == "mark.labels" && $0.message.contains("not supported yet") })
        e = TestSupport.resolveErrors(#"{"data": {"values": [{"r": "A", "a": 1}]}, "layer": [{"mark": "bar", "encoding": {"y": {"field": "r"}, "x": {"field": "a", "type": "quantitative"}}}, {"mark": "rule", "encoding": {"y": {"field": "r"}, "x": {"field": "a", "type": "quantitative"}}}]}"#)
        #expect(e.contains { $0.path == "layer[1].mark" && $0.message.contains("give \"x2\"") })
    }

    @Test("a strip plot: several points of one category share its band, a quantitative yOffset spreads them across it, and a lone layer has no legend")
    func stripPlot() throws {
        let data = #""data": {"values": [{"c": "A", "v": 1, "j": 0}, {"c": "A", "v": 2, "j": 1}, {"c": "A", "v": 3, "j": 0.5}, {"c": "B", "v": 4, "j": 0}]}"#
        let plain = try TestSupport.compile(#"{\#(data), "mark": "point", "encoding": {"y": {"field": "c", "type": "nominal"}, "x": {"field": "v", "type": "quantitative"}}}"#, engine: engine).scene
        let ps = points(plain)
        #expect(ps.count == 4)
        #expect(Set(ps.filter { $0.center.x < ps.max { $0.center.x < $1.center.x }!.center.x }.map(\.center.y)).count == 1)  // A's three on one line
        #expect(!plain.texts.contains { if case .legendLabel = $0.role { return true }; return false })
        let jittered = try TestSupport.compile(#"{\#(data), "mark": "point", "encoding": {"y": {"field": "c", "type": "nominal"}, "x": {"field": "v", "type": "quantitative"}, "yOffset": {"field": "j", "type": "quantitative"}}}"#, engine: engine).scene
        let a = points(jittered).sorted { $0.center.x < $1.center.x }.prefix(3).map(\.center.y)
        // j = 0 at the band's bottom, 1 at its top, 0.5 halfway (on the plain centre).
        #expect(a[1] < a[2] && a[2] < a[0])
        #expect(abs(a[2] - (a[0] + a[1]) / 2) < 0.01)
        #expect(abs(a[2] - ps.sorted { $0.center.x < $1.center.x }[2].center.y) < 0.01)
    }

    @Test("text placed in pixels along x (mark.x): 5 px from the plot's left edge on each band, \"width\" at its right edge; a missing name writes \"null\"")
    func pixelX() throws {
        let data = #""data": {"values": [{"g": "A", "v": 4}, {"g": null, "v": 6}, {"g": "B", "v": 8}]}"#
        func spec(_ x: String) -> String {
            #"{\#(data), "encoding": {"y": {"field": "g", "type": "nominal", "axis": null}}, "layer": [{"mark": "bar", "encoding": {"x": {"field": "v", "type": "quantitative"}}}, {"mark": {"type": "text", "align": "left", "x": \#(x)}, "encoding": {"text": {"field": "g"}}}]}"#
        }
        let scene = try TestSupport.compile(spec("5"), engine: engine).scene
        let words = scene.texts.filter { if case .textMark = $0.role { return true }; return false }
        #expect(Set(words.map(\.run.text)) == ["A", "B", "null"])
        let left = try #require(scene.bars.map(\.rect.minX).min())
        for w in words { #expect(abs(w.run.bounds.minX - (left + 5)) < 0.5) }
        let right = try TestSupport.compile(spec(#""width""#), engine: engine).scene
        let gridXs = right.leaves.compactMap { n -> Double? in if case .path(let c, _, _, .gridline) = n, case .move(let a)? = c.first { return a.x }; return nil }
        let plotRight = try #require(gridXs.max())
        let rightWords = right.texts.filter { if case .textMark = $0.role { return true }; return false }
        #expect(rightWords.count == 3)
        for w in rightWords { #expect(abs(w.run.bounds.minX - plotRight) < 0.5) }
        let e = TestSupport.resolveErrors(#"{"data": {"values": [{"g": "A", "v": 4}]}, "layer": [{"mark": "line", "encoding": {"x": {"field": "g"}, "y": {"field": "v", "type": "quantitative"}}}, {"mark": {"type": "text", "x": 5}, "encoding": {"y": {"field": "v", "type": "quantitative"}, "text": {"field": "g"}}}]}"#)
        #expect(e.contains { $0.path == "layer[1].mark.x" && $0.message.contains("not drawn") })
    }
}

/// Labels stacked over stacked bars (Vega-Lite's stacked_bar_h_normalized_labeled): each text
/// stands in its segment, at the segment's middle with bandPosition 0.5, at its end without.
@Suite("Stacked text over horizontal bars")
struct HorizontalStackSceneTests {
    static func spec(stack: String, bandPosition: String) -> String {
        #"""
        {"data": {"values": [{"r": "A", "s": "f", "v": 30}, {"r": "A", "s": "m", "v": 10}, {"r": "B", "s": "f", "v": 5}, {"r": "B", "s": "m", "v": 15}]},
         "encoding": {"y": {"field": "r", "type": "nominal"}},
         "layer": [{"mark": "bar", "encoding": {"x": {"field": "v", "type": "quantitative", "stack": "\#(stack)"}, "color": {"field": "s", "type": "nominal"}}},
                   {"mark": {"type": "text", "color": "white"},
                    "encoding": {"x": {"field": "v", "type": "quantitative", "stack": "\#(stack)"\#(bandPosition)}, "text": {"field": "v"}, "detail": {"field": "s"}}}]}
        """#
    }

    func labels(_ scene: Scene) -> [String: Double] {
        var out: [String: Double] = [:]
        for t in scene.texts { if case .textMark = t.role { out[t.run.text] = t.run.bounds.midX } }
        return out
    }

    @Test("normalized: every label in the middle of its bar segment")
    func middles() throws {
        let scene = try TestSupport.compile(Self.spec(stack: "normalize", bandPosition: #", "bandPosition": 0.5"#)).scene
        let texts = labels(scene)
        #expect(texts.count == 4)
        for bar in scene.bars {
            let label = try #require(texts[Format.plain(bar.value)])
            #expect(abs(label - bar.rect.midX) < 1.5, "\(bar.value): label at \(label), segment \(bar.rect.minX)…\(bar.rect.maxX)")
        }
    }

    @Test("without bandPosition a stacked text stands at its segment's end")
    func ends() throws {
        let scene = try TestSupport.compile(Self.spec(stack: "zero", bandPosition: "")).scene
        let texts = labels(scene)
        for bar in scene.bars {
            let label = try #require(texts[Format.plain(bar.value)])
            #expect(abs(label - bar.rect.maxX) < 1.5, "\(bar.value): label at \(label), segment end \(bar.rect.maxX)")
        }
    }

    @Test("a centred stack is not drawn on text: an error names it")
    func center() {
        let errors = TestSupport.resolveErrors(Self.spec(stack: "zero", bandPosition: "").replacingOccurrences(of: #""stack": "zero"}, "text""#, with: #""stack": "center"}, "text""#))
        #expect(errors.contains { $0.path == "layer[1].encoding.x.stack" && $0.message.contains("center") }, "\(errors)")
    }
}

/// Text properties given as expressions, evaluated per row beside horizontal bars
/// (Vega-Lite's bar_negative_horizontal_label): labels outside each bar's end, either side.
@Suite("Row expressions on horizontal text")
struct HorizontalRowExpressionTests {
    @Test("align and dx per row put each label beyond its bar's end, on the bar's side")
    func outsideEitherEnd() throws {
        let scene = try TestSupport.compile(#"""
        {"data": {"values": [{"a": "A", "b": -28}, {"a": "B", "b": 55}]},
         "encoding": {"y": {"field": "a", "type": "nominal"}, "x": {"field": "b", "type": "quantitative"}},
         "layer": [{"mark": "bar"},
                   {"mark": {"type": "text", "align": {"expr": "datum.b < 0 ? 'right' : 'left'"}, "dx": {"expr": "datum.b < 0 ? -2 : 2"}},
                    "encoding": {"text": {"field": "b", "type": "quantitative"}}}]}
        """#).scene
        let bars = Dictionary(uniqueKeysWithValues: scene.bars.map { ($0.category, $0.rect) })
        var labels: [String: Rect] = [:]
        for t in scene.texts { if case .textMark = t.role { labels[t.run.text] = t.run.bounds } }
        let negative = try #require(labels["-28"]), positive = try #require(labels["55"])
        #expect(negative.maxX <= bars["A"]!.minX && negative.maxX > bars["A"]!.minX - 4, "right-aligned, 2 px left of the bar")
        #expect(positive.minX >= bars["B"]!.maxX && positive.minX < bars["B"]!.maxX + 4, "left-aligned, 2 px right of the bar")
    }
}
