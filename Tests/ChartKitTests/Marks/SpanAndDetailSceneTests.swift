import Foundation
import Testing
@testable import ChartKit

/// x2/y2 spans (bars from one value to another) and the detail channel (series without colour).
@Suite("Spans and detail")
struct SpanAndDetailSceneTests {
    let engine = ChartEngine()

    @Test("horizontal bars span x to x2 and do not stack")
    func horizontalSpans() throws {
        let scene = try TestSupport.compile(#"""
        {"data": {"values": [{"plan": "A", "s": 2016, "e": 2020}, {"plan": "B", "s": 2021, "e": 2030}]},
         "mark": "bar", "encoding": {"y": {"field": "plan"}, "x": {"field": "s", "type": "quantitative", "scale": {"zero": false}},
                                     "x2": {"field": "e", "type": "quantitative"}}}
        """#, engine: engine).scene
        let bars = scene.bars.sorted { $0.category < $1.category }
        #expect(bars.count == 2)
        let perYear = bars[0].rect.width / 4
        #expect(abs(bars[1].rect.width - perYear * 9) < 0.01)          // 2021–2030 is 9 years
        #expect(abs((bars[1].rect.minX - bars[0].rect.minX) - perYear * 5) < 0.01)  // starts 5 years later
    }

    @Test("vertical bars and areas in layers span y2 to y")
    func verticalSpans() throws {
        let scene = try TestSupport.compile(#"""
        {"data": {"values": [{"y": "2021", "lo": 10, "hi": 30}, {"y": "2022", "lo": 20, "hi": 25}]},
         "layer": [{"mark": "bar", "encoding": {"x": {"field": "y"}, "y": {"field": "hi", "type": "quantitative"}, "y2": {"field": "lo", "type": "quantitative"}}},
                   {"mark": "point", "encoding": {"x": {"field": "y"}, "y": {"field": "hi", "type": "quantitative"}}}]}
        """#, engine: engine).scene
        let bars = scene.bars.sorted { $0.category < $1.category }
        #expect(bars.count == 2)
        #expect(abs(bars[0].rect.height / bars[1].rect.height - 4) < 0.01)  // 20 units against 5
    }

    @Test("x2 on a vertical chart, y2 on a line, and detail on a plain bar chart are named")
    func mistakes() {
        var e = TestSupport.resolveErrors(#"{"data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}, "x2": {"field": "b", "type": "quantitative"}}}"#)
        #expect(e.contains { $0.path == "encoding.x2" && $0.message.contains("it is y2") })
        e = TestSupport.resolveErrors(#"{"data": {"values": [{"a": 1, "b": 1}]}, "mark": "line", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}, "y2": {"field": "b", "type": "quantitative"}}}"#)
        #expect(e.contains { $0.path == "encoding.y2" && $0.message.contains("line mark has none") })
        e = TestSupport.resolveErrors(#"{"data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}, "detail": {"field": "a"}}}"#)
        #expect(e.contains { $0.path == "encoding.detail" })
    }

    @Test("detail splits lines without new colours or legend entries")
    func detailLines() throws {
        let compiled = try TestSupport.compile(#"""
        {"data": {"csv": "data/province-wind-solar.csv"}, "mark": "line",
         "encoding": {"x": {"field": "year", "type": "temporal"}, "y": {"field": "capacity", "type": "quantitative"},
                      "detail": {"field": "province"}, "color": {"field": "type"}}}
        """#, engine: engine)
        var lineColors: [Color] = []
        var lines = 0
        for node in compiled.scene.leaves {
            if case .path(_, _, let stroke?, .line) = node { lines += 1; lineColors.append(stroke.color) }
        }
        #expect(lines == 62)                       // 31 provinces × wind and solar
        #expect(Set(lineColors.map(\.r)).count == 2)
        let legend = compiled.scene.texts.filter { if case .legendLabel = $0.role { return true }; return false }.map(\.run.text)
        #expect(legend.sorted() == ["Solar", "Wind"])
    }
}

/// Vega-Lite's histogram: `"x": {"bin": …}` with a count on y.
@Suite("Binned channels")
struct BinnedChannelTests {
    @Test("bins become bars from each bin's start to its end on a continuous axis, counted, not reaching zero")
    func histogram() throws {
        let compiled = try TestSupport.compile(#"""
        {"data": {"values": [{"v": 1.2}, {"v": 1.4}, {"v": 2.1}, {"v": 3.9}, {"v": null}]},
         "mark": "bar", "encoding": {"x": {"bin": {"step": 1}, "field": "v"}, "y": {"aggregate": "count"}}}
        """#)
        let bars = compiled.scene.bars.sorted { $0.rect.minX < $1.rect.minX }
        #expect(bars.map(\.value) == [2, 1, 1])   // [1,2) [2,3) [3,4); the missing value has no bin
        let widths = bars.prefix(3).map(\.rect.width)
        #expect(widths.allSatisfy { abs($0 - widths[0]) < 0.01 })
        // Adjacent bins are a pixel apart, not a band's padding.
        #expect(abs(bars[1].rect.minX - bars[0].rect.maxX - 1) < 0.01)
        let ticks = compiled.scene.texts.filter { $0.role == .axisLabel && $0.run.vAnchor == .top }.map(\.run.text)
        #expect(!ticks.contains("0"))
        let titles = compiled.scene.texts.filter { $0.role == .axisTitle }.map(\.run.text)
        #expect(titles.contains("v (binned)") && titles.contains("Count of Records"))
    }

    @Test("bin on a colour is named")
    func binOnColour() {
        let e = TestSupport.decodeErrors(#"{"data": {"values": []}, "mark": "bar", "encoding": {"color": {"bin": true, "field": "v"}}}"#)
        #expect(e.contains { $0.path == "encoding.color.bin" })
    }
}
