import Testing
@testable import ChartKit

/// Reversed position scales: `"scale": {"reverse": true}`, or `"sort": "descending"` on a
/// continuous field (Vega-Lite's reversed axis).
@Suite("Reversed scales")
struct ScaleReverseSceneTests {
    static let rows = #"{"values": [{"k": "a", "v": 1}, {"k": "b", "v": 4}]}"#

    func axisLabelX(_ scene: Scene, _ text: String) -> Double? {
        scene.texts.first { $0.role == .axisLabel && $0.run.text == text }?.run.bounds.midX
    }
    func axisLabelY(_ scene: Scene, _ text: String) -> Double? {
        scene.texts.first { $0.role == .axisLabel && $0.run.text == text }?.run.bounds.midY
    }

    @Test("horizontal bars with x sorted descending grow leftwards from a zero on the right")
    func horizontalBars() throws {
        let spec = #"{"data": \#(Self.rows), "mark": "bar", "encoding": {"y": {"field": "k", "type": "nominal"}, "x": {"field": "v", "type": "quantitative", "sort": "descending"}}}"#
        let scene = try TestSupport.compile(spec).scene
        let plot = try #require(scene.plotArea)
        let bars = scene.bars
        #expect(bars.count == 2 && bars.allSatisfy { abs($0.rect.maxX - plot.maxX) < 0.5 }, "every bar ends at the plot's right edge")
        #expect(try #require(axisLabelX(scene, "0.0")) > (axisLabelX(scene, "4.0") ?? .infinity), "0 is right of 4")
        // Without the sort the bars start at the left.
        let plain = try TestSupport.compile(spec.replacingOccurrences(of: #", "sort": "descending""#, with: "")).scene
        #expect(plain.bars.allSatisfy { abs($0.rect.minX - plain.plotArea!.x) < 0.5 })
    }

    @Test("value labels stand beyond each bar's end on a reversed axis, not at its base")
    func labels() throws {
        for (x, y) in [(#"{"field": "v", "type": "quantitative", "sort": "descending"}"#, #"{"field": "k", "type": "nominal"}"#),
                       (#"{"field": "k", "type": "nominal"}"#, #"{"field": "v", "type": "quantitative", "scale": {"reverse": true}}"#)] {
            let scene = try TestSupport.compile(#"{"data": \#(Self.rows), "mark": {"type": "bar", "labels": true}, "encoding": {"x": \#(x), "y": \#(y)}}"#).scene
            let horizontal = x.contains("quantitative")
            for bar in scene.bars {
                let label = try #require(scene.texts.first { $0.role == .valueLabel && $0.run.text == Format.plain(bar.value) })
                if horizontal { #expect(label.run.bounds.maxX <= bar.rect.minX + 0.5, "left of the bar growing leftwards") }
                else { #expect(label.run.bounds.minY >= bar.rect.maxY - 0.5, "below the bar hanging down") }
            }
        }
    }

    @Test("vertical bars with scale.reverse hang from the top")
    func verticalBars() throws {
        let spec = #"{"data": \#(Self.rows), "mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative", "scale": {"reverse": true}}}}"#
        let scene = try TestSupport.compile(spec).scene
        let plot = try #require(scene.plotArea)
        #expect(scene.bars.count == 2 && scene.bars.allSatisfy { abs($0.rect.minY - plot.y) < 0.5 })
    }

    @Test("points on a layered chart: reversed x and y put the largest values left and up")
    func layeredPoints() throws {
        let spec = #"""
        {"data": {"values": [{"a": 1, "b": 1}, {"a": 9, "b": 9}]}, "mark": "point",
         "encoding": {"x": {"field": "a", "type": "quantitative", "sort": "descending"}, "y": {"field": "b", "type": "quantitative", "scale": {"reverse": true}}}}
        """#
        let scene = try TestSupport.compile(spec).scene
        var points: [Point] = []
        for case .circle(let c, _, _, _, .point) in scene.leaves { points.append(c) }
        #expect(points.count == 2)
        // The point (9, 9) is left of and below the point (1, 1): y reversed runs downwards.
        #expect(points[1].x < points[0].x && points[1].y > points[0].y, "\(points)")
    }

    @Test("a reversed scale where it is not drawn is an error naming it")
    func refused() {
        let band = #"{"data": \#(Self.rows), "mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal", "scale": {"reverse": true}}, "y": {"field": "v", "type": "quantitative"}}}"#
        #expect(TestSupport.resolveErrors(band).contains { $0.path == "encoding.x.scale.reverse" && $0.message.contains("categories") })
        let color = #"{"data": \#(Self.rows), "mark": "point", "encoding": {"x": {"field": "v", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "v", "type": "quantitative", "scale": {"reverse": true}}}}"#
        #expect(TestSupport.resolveErrors(color).contains { $0.path == "encoding.color.scale.reverse" })
        let labelled = #"{"data": \#(Self.rows), "layer": [{"mark": {"type": "bar", "labels": true}}, {"mark": "point"}], "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative", "scale": {"reverse": true}}}}"#
        #expect(TestSupport.resolveErrors(labelled).contains { $0.path == "layer[0].mark.labels" && $0.message.contains("reversed") })
    }
}

/// A lone text or symbol layer with y and no x stands at the middle of the plot's width.
@Suite("Text without x")
struct StripAcrossSceneTests {
    @Test("ages written down the middle of a narrow plot, one per category")
    func centred() throws {
        let spec = #"""
        {"data": {"values": [{"age": 0}, {"age": 5}, {"age": 10}]}, "width": 20, "mark": "text",
         "encoding": {"y": {"field": "age", "type": "ordinal"}, "text": {"field": "age", "type": "quantitative"}}}
        """#
        let scene = try TestSupport.compile(spec).scene
        let plot = try #require(scene.plotArea)
        let words = scene.texts.filter { if case .textMark = $0.role { return true } else { return false } }
        #expect(words.count == 3)
        #expect(words.allSatisfy { abs($0.run.bounds.midX - plot.midX) < 1 }, "\(words.map(\.run.bounds.midX)) vs \(plot.midX)")
        #expect(abs(plot.width - 20) < 1, "\(plot)")
    }
}
