import Foundation
import Testing
@testable import ChartKit

/// Text and rule marks driven by fields (Vega-Lite's meaning), beside the datum forms that
/// become annotations.
@Suite("Text and rule marks from data")
struct TextAndRuleSceneTests {
    let engine = ChartEngine()

    static let spec = #"""
    {"data": {"values": [{"p": "Hebei", "t": 14.5, "lo": 13, "hi": 16, "note": "high"},
                         {"p": "Qinghai", "t": 10, "lo": 9, "hi": 11, "note": "low"}]},
     "layer": [
      {"mark": "bar", "encoding": {"x": {"field": "p"}, "y": {"field": "t", "type": "quantitative"}}},
      {"mark": "rule", "encoding": {"x": {"field": "p"}, "y": {"field": "lo", "type": "quantitative"}, "y2": {"field": "hi", "type": "quantitative"}}},
      {"mark": {"type": "text", "dy": -8}, "encoding": {"x": {"field": "p"}, "y": {"field": "t", "type": "quantitative"}, "text": {"field": "note"}}},
      {"data": {"values": [{"v": 13.5}, {"v": 12}]}, "mark": "rule", "encoding": {"y": {"field": "v", "type": "quantitative"}}}]}
    """#

    @Test("a text mark writes each row's words centred above its bar, dy units up; no legend entry")
    func text() throws {
        let scene = try TestSupport.compile(Self.spec, engine: engine).scene
        let bars = Dictionary(uniqueKeysWithValues: scene.bars.map { ($0.category, $0.rect) })
        let words = scene.texts.filter { if case .textMark = $0.role { return true }; return false }
        #expect(words.map(\.run.text).sorted() == ["high", "low"])
        for w in words {
            let bar = try #require(bars[w.run.text == "high" ? "Hebei" : "Qinghai"])
            #expect(abs(w.run.bounds.midX - bar.midX) < 0.5)
            #expect(abs(w.run.bounds.midY - (bar.minY - 8)) < 0.5)
        }
        #expect(!scene.texts.contains { if case .legendLabel = $0.role { return true }; return false })
    }

    @Test("a rule with y and y2 is a segment at x; a rule with only y is a reference rule per row")
    func rules() throws {
        let scene = try TestSupport.compile(Self.spec, engine: engine).scene
        let bars = Dictionary(uniqueKeysWithValues: scene.bars.map { ($0.category, $0) })
        var segments: [(x: Double, top: Double, bottom: Double)] = []
        var reference: [Double] = []
        for node in scene.leaves {
            if case .path(let cmds, _, _, .ruleMark) = node, case .move(let a) = cmds[0], case .line(let b) = cmds[1] {
                segments.append((a.x, min(a.y, b.y), max(a.y, b.y)))
            }
            if case .path(_, _, _, .rule(let v)) = node { reference.append(v) }
        }
        #expect(segments.count == 2)
        let hebei = try #require(bars["Hebei"])
        let unit = hebei.rect.height / hebei.value
        let seg = try #require(segments.first { abs($0.x - hebei.rect.midX) < 0.5 })
        #expect(abs((seg.bottom - seg.top) - 3 * unit) < 0.01)     // 13 to 16
        #expect(reference.sorted() == [12, 13.5])
    }

    @Test("a text layer without words and a rule without length are named")
    func mistakes() throws {
        var e = TestSupport.resolveErrors(#"{"data": {"values": [{"a": "x", "b": 1}]}, "layer": [{"mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}, {"mark": "text", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}]}"#)
        #expect(e.contains { $0.path == "layer[1].mark" && $0.message.contains("needs its words") })
        e = TestSupport.resolveErrors(#"{"data": {"values": [{"a": "x", "b": 1}]}, "encoding": {"x": {"field": "a"}}, "layer": [{"mark": "bar", "encoding": {"y": {"field": "b", "type": "quantitative"}}}, {"mark": "rule", "encoding": {"y": {"field": "b", "type": "quantitative"}}}]}"#)
        #expect(e.contains { $0.path == "layer[1].mark" && $0.message.contains("an inherited x counts") })
        // Vega-Lite ignores a text offset on a bar: a warning names it.
        let spec = try #require(try? SpecDecoder.decode(text: #"{"data": {"values": []}, "mark": {"type": "bar", "dx": 3}, "encoding": {}}"#))
        #expect(spec.warnings.contains { $0.hasPrefix("mark.dx ") })
    }

    @Test("text that leaves the plot is reported")
    func outside() throws {
        let compiled = try TestSupport.compile(#"""
        {"data": {"values": [{"a": "x", "b": 10}]},
         "layer": [{"mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}},
                   {"mark": {"type": "text", "dy": -400}, "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}, "text": {"value": "far"}}}]}
        """#, engine: engine)
        #expect(compiled.warnings.contains { $0.contains("layer[1].mark: 1 of 1 texts reach outside the plot") })
    }
}

/// Words at a y datum placed along x in pixels (Vega-Lite's `"x": "width"` on a text mark):
/// a threshold's name at the plot's right edge (layer_bar_annotations).
@Suite("Text at a pixel x and a y datum")
struct PixelXDatumTextTests {
    static func spec(_ x: String) -> String {
        #"""
        {"layer": [{"data": {"values": [{"d": "1", "v": 120}, {"d": "2", "v": 340}]}, "layer": [
                      {"mark": "bar", "encoding": {"x": {"field": "d", "type": "ordinal"}, "y": {"field": "v", "type": "quantitative"}}},
                      {"mark": "point", "encoding": {"x": {"field": "d", "type": "ordinal"}, "y": {"field": "v", "type": "quantitative"}}}]},
                   {"data": {"values": [{}]}, "encoding": {"y": {"datum": 300}}, "layer": [
                      {"mark": "rule"},
                      {"mark": {"type": "text", "align": "right", "baseline": "bottom", "dx": -2, "dy": -2, "x": \#(x), "text": "hazardous"}}]}]}
        """#
    }

    @Test("\"width\" puts the words' right end at the plot's right edge, just above the rule; a number counts from the left")
    func placed() throws {
        for (x, expected) in [(#""width""#, { (p: Rect) in p.maxX - 2 }), ("40", { (p: Rect) in p.x + 40 - 2 })] {
            let scene = try TestSupport.compile(Self.spec(x)).scene
            let plot = try #require(scene.plotArea)
            let words = try #require(scene.texts.first { $0.run.text == "hazardous" })
            let ruleYs = scene.leaves.compactMap { n -> Double? in
                if case .path(let cmds, _, _, .rule) = n, case .move(let p)? = cmds.first { return p.y }
                return nil
            }
            let rule = try #require(ruleYs.first)
            #expect(abs(words.run.bounds.maxX - expected(plot)) < 1, "\(x): ends at \(words.run.bounds.maxX)")
            #expect(words.run.bounds.maxY <= rule && words.run.bounds.maxY > rule - 6, "just above the rule")
        }
    }

    @Test("a pixel y on such a layer is an error naming it")
    func pixelY() {
        let errors = TestSupport.resolveErrors(Self.spec(#""width", "y": 5"#))
        #expect(errors.contains { $0.path.hasSuffix("mark.y") && $0.message.contains("pixel position") }, "\(errors)")
    }

    @Test("a rule layer from data is solid in its stroke colour and opacity, as Vega-Lite draws it; an annotation rule keeps the style's dash")
    func ruleLayerLook() throws {
        let data = #""data": {"values": [{"a": 1, "b": 2}, {"a": 3, "b": 4}]}"#
        let points = #"{"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}}"#
        let rule = ##"{"mark": {"type": "rule", "stroke": "#000000", "opacity": 0.5, "strokeWidth": 0.6}, "encoding": {"x": {"field": "a", "type": "quantitative"}}}"##
        let scene = try TestSupport.compile(#"{\#(data), "layer": [\#(points), \#(rule)], "annotations": [{"type": "rule", "y": 3}]}"#).scene
        var strokes: [Double: Stroke] = [:]
        var annotation: Stroke?
        for case .path(let cmds, _, let stroke?, .rule(let v)) in scene.leaves {
            if case .move(let a) = cmds[0], case .line(let b) = cmds[1], a.x == b.x { strokes[v] = stroke } else { annotation = stroke }
        }
        #expect(strokes.count == 2)
        for s in strokes.values {
            #expect(s.dash.isEmpty && s.width == 0.6 && s.color.r == 0 && abs(s.color.a - 0.5) < 0.01, "\(s)")
        }
        let style = try StyleLoader.load("ccnt")
        #expect(annotation?.dash == style.rule.dash && !style.rule.dash.isEmpty)
    }
}
