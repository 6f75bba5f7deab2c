import Foundation
import Testing
@testable import ChartKit

/// Heatmaps: the rect mark on two band axes.
@Suite("Rect (heatmap) scenes")
struct RectSceneTests {
    let engine = ChartEngine()

    func cells(_ scene: Scene) -> [(rect: Rect, fill: Color?, column: String, row: String, value: Double?)] {
        scene.leaves.compactMap {
            if case .rect(let r, let fill, _, .cell(let c, let row, let v)) = $0 { return (r, fill, c, row, v) }
            return nil
        }
    }

    static let grid = #"""
    {"data": {"values": [
      {"p": "Hebei", "year": 2021, "v": 1}, {"p": "Hebei", "year": 2022, "v": 3},
      {"p": "Anhui", "year": 2022, "v": 2}, {"p": "Anhui", "year": 2021, "v": 4}]},
     "mark": {"type": "rect", "labels": true},
     "encoding": {"x": {"field": "year"}, "y": {"field": "p"}, "color": {"field": "v", "type": "quantitative"}}}
    """#

    @Test("one cell per row on a grid of bands: years and names ascending, darker for larger values")
    func grid() throws {
        let compiled = try TestSupport.compile(Self.grid, engine: engine)
        let cs = cells(compiled.scene)
        #expect(cs.count == 4)
        let hebei2021 = try #require(cs.first { $0.column == "2021" && $0.row == "Hebei" })
        let hebei2022 = try #require(cs.first { $0.column == "2022" && $0.row == "Hebei" })
        let anhui2021 = try #require(cs.first { $0.column == "2021" && $0.row == "Anhui" })
        #expect(hebei2021.rect.x < hebei2022.rect.x)          // 2021 left of 2022 though listed second for Anhui
        #expect(anhui2021.rect.y < hebei2021.rect.y)          // Anhui first: names ascend as in Vega-Lite
        #expect(abs(hebei2021.rect.width - hebei2022.rect.width) < 1e-9)
        #expect(abs(hebei2021.rect.maxX - hebei2022.rect.minX) < 1.01)  // no gap but the hairline
        #expect(hebei2021.fill!.luminance > anhui2021.fill!.luminance)  // 1 paler than 4
        let labels = compiled.scene.texts.filter { $0.role == .valueLabel }.map(\.run.text)
        #expect(Set(labels) == ["1", "2", "3", "4"])
        #expect(compiled.scene.leaves.contains { if case .gradient = $0 { return true }; return false })
    }

    @Test("ordinal and nominal axes are in ascending order whatever the data's order (Vega-Lite's default); sort null keeps the data's")
    func ordinalAscending() throws {
        let spec = #"""
        {"data": {"values": [{"c": 8, "o": "USA", "v": 1}, {"c": 4, "o": "Europe", "v": 2}, {"c": 6, "o": "USA", "v": 3}]},
         "mark": "rect", "encoding": {"x": {"field": "c", "type": "ordinal"}, "y": {"field": "o", "type": "nominal"}, "color": {"field": "v", "type": "quantitative"}}}
        """#
        let cs = cells(try TestSupport.compile(spec, engine: engine).scene)
        #expect(cs.sorted { $0.rect.minX < $1.rect.minX }.map(\.column) == ["4", "6", "8"])
        #expect(cs.first { $0.row == "Europe" }!.rect.minY < cs.first { $0.row == "USA" }!.rect.minY)
        let dataOrder = spec.replacingOccurrences(of: #""type": "nominal""#, with: #""type": "nominal", "sort": null"#)
        let kept = cells(try TestSupport.compile(dataOrder, engine: engine).scene)
        #expect(kept.first { $0.row == "USA" }!.rect.minY < kept.first { $0.row == "Europe" }!.rect.minY)
    }

    @Test("labels share one precision; a nominal colour gets a categorical scale and class legend")
    func precisionAndCategories() throws {
        #expect(RectModel.sharedPrecision([59, 56.2, 8]).string(59) == "59.0")
        #expect(RectModel.sharedPrecision([1, 2]).string(2) == "2")
        let spec = #"""
        {"data": {"values": [{"a": "x", "b": "p", "c": "high"}, {"a": "y", "b": "p", "c": "low"}]},
         "mark": "rect", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}, "color": {"field": "c"}}}
        """#
        let scene = try TestSupport.compile(spec, engine: engine).scene
        let cs = cells(scene)
        #expect(cs.count == 2 && cs[0].fill != cs[1].fill)
        #expect(scene.texts.contains { $0.role == .legendLabel("high") || $0.run.text == "high" })
    }

    @Test("a second value for a cell, a quantitative axis and other layers are named errors")
    func mistakes() {
        var e = TestSupport.resolveErrors(#"""
        {"data": {"values": [{"a": "x", "b": "p", "v": 1}, {"a": "x", "b": "p", "v": 2}]},
         "mark": "rect", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}, "color": {"field": "v", "type": "quantitative"}}}
        """#)
        #expect(e.contains { $0.message.contains("row 2") && $0.message.contains("already given in row 1") })
        e = TestSupport.resolveErrors(#"""
        {"data": {"values": [{"a": 1, "b": "p"}]},
         "mark": "rect", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b"}}}
        """#)
        #expect(e.contains { $0.path == "encoding.x.type" && $0.message.contains("x2 or binning") })
        e = TestSupport.resolveErrors(#"""
        {"data": {"values": [{"a": "x", "b": "p", "v": 1}]},
         "layer": [{"mark": "rect", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}},
                   {"mark": "point", "encoding": {"x": {"field": "a"}, "y": {"field": "v", "type": "quantitative"}}}]}
        """#)
        #expect(e.contains { $0.path == "layer[1].mark" && $0.message.contains("\"labels\": true") })
        e = TestSupport.resolveErrors(#"{"data": {"values": [{"a": "x"}]}, "mark": "rect", "encoding": {"x": {"field": "a"}}}"#)
        #expect(e.contains { $0.message.contains("needs \"y\"") })
    }

    @Test("the heatmap example: 4 sources × 10 years, every cell labelled")
    func example() throws {
        let chart = try engine.load(specFile: TestSupport.example("energy-structure-heatmap.json"))
        let compiled = engine.compile(chart)
        #expect(cells(compiled.scene).count == 40)
        #expect(compiled.scene.texts.filter { $0.role == .valueLabel }.count == 40)
        #expect(compiled.warnings.isEmpty)
    }
}
