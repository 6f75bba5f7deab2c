import Testing
@testable import ChartKit

/// A spec that says it is Vega-Lite and gives no size takes Vega-Lite's default view: 200 px
/// on a continuous axis, 20 px per value on a discrete one; the project's own specs keep the
/// style's size.
@Suite("Vega-Lite's default view size")
struct VegaLiteViewSizeTests {
    static let schema = #""$schema": "https://vega.github.io/schema/vega-lite/v5.json","#
    static let data = #""data": {"values": [{"k": "a", "v": 1}, {"k": "b", "v": 4}, {"k": "c", "v": 2}]}"#

    @Test("bars on three categories: a plot 60 px wide (3 × 20) and 200 px high")
    func bars() throws {
        let c = try TestSupport.compile(#"{\#(Self.schema) \#(Self.data), "mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}}"#)
        let plot = try #require(c.scene.plotArea)
        #expect(abs(plot.width - 60) < 0.5 && abs(plot.height - 200) < 0.5, "\(plot)")
    }

    @Test("points on two continuous axes: 200 × 200; a given width wins")
    func points() throws {
        let spec = #"{\#(Self.schema) \#(Self.data), "mark": "point", "encoding": {"x": {"field": "v", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}}}"#
        let plot = try #require(try TestSupport.compile(spec).scene.plotArea)
        #expect(abs(plot.width - 200) < 0.5 && abs(plot.height - 200) < 0.5, "\(plot)")
        let wide = try #require(try TestSupport.compile(spec.replacingOccurrences(of: #""mark""#, with: #""width": 320, "mark""#)).scene.plotArea)
        #expect(abs(wide.width - 320) < 0.5 && abs(wide.height - 200) < 0.5)
    }

    @Test("without a Vega-Lite $schema the style's figure size stays")
    func ownSpec() throws {
        let c = try TestSupport.compile(#"{\#(Self.data), "mark": "point", "encoding": {"x": {"field": "v", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}}}"#)
        let style = try StyleLoader.load("ccnt")
        #expect(c.scene.width == style.width && c.scene.height == style.height)
    }

    @Test("config.view's sizes set the default, as Altair's 300 × 300 does; a discrete step too; a bad size is named")
    func configSizes() throws {
        let points = #"{\#(Self.schema) "config": {"view": {"continuousWidth": 300, "continuousHeight": 250}}, \#(Self.data), "mark": "point", "encoding": {"x": {"field": "v", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}}}"#
        let plot = try #require(try TestSupport.compile(points).scene.plotArea)
        #expect(abs(plot.width - 300) < 0.5 && abs(plot.height - 250) < 0.5, "\(plot)")
        let bars = #"{\#(Self.schema) "config": {"view": {"step": 30}}, \#(Self.data), "mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}}"#
        #expect(abs((try #require(try TestSupport.compile(bars).scene.plotArea)).width - 90) < 0.5)
        let bad = TestSupport.decodeErrors(#"{"config": {"view": {"continuousWidth": "wide"}}, \#(Self.data), "mark": "point"}"#)
        #expect(bad.contains { $0.path == "config.view.continuousWidth" })
    }
}
