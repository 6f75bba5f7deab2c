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
    func mistakes() {
        var e = TestSupport.resolveErrors(#"{"data": {"values": [{"a": "x", "b": 1}]}, "layer": [{"mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}, {"mark": "text", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}]}"#)
        #expect(e.contains { $0.path == "layer[1].mark" && $0.message.contains("needs its words") })
        e = TestSupport.resolveErrors(#"{"data": {"values": [{"a": "x", "b": 1}]}, "encoding": {"x": {"field": "a"}}, "layer": [{"mark": "bar", "encoding": {"y": {"field": "b", "type": "quantitative"}}}, {"mark": "rule", "encoding": {"y": {"field": "b", "type": "quantitative"}}}]}"#)
        #expect(e.contains { $0.path == "layer[1].mark" && $0.message.contains("an inherited x counts") })
        let d = TestSupport.decodeErrors(#"{"data": {"values": []}, "mark": {"type": "bar", "dx": 3}, "encoding": {}}"#)
        #expect(d.contains { $0.path == "mark.dx" })
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
