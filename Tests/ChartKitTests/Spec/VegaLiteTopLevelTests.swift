import Testing
@testable import ChartKit

/// Vega-Lite's top-level keys: title objects, description, sizes, config, the interactive
/// keys a file cannot use (warned about by name) and the ones it cannot draw (refused).
@Suite("Vega-Lite top-level keys")
struct VegaLiteTopLevelTests {
    static let view = #""data": {"values": [{"r": "A", "v": 1}]}, "mark": "bar", "encoding": {"x": {"field": "r", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}"#

    static func decode(_ keys: String) throws -> ChartSpec {
        try SpecDecoder.decode(text: "{\(keys), \(view)}", file: "t.json")
    }

    @Test("a title object gives the title, subtitle lines, anchor and the title's style")
    func titleObject() throws {
        let spec = try Self.decode(##""title": {"text": "Seattle", "subtitle": ["line 1", "line 2"], "anchor": "middle", "fontSize": 22, "subtitleColor": "#333333"}"##)
        #expect(spec.title == "Seattle")
        #expect(spec.subtitle == "line 1\nline 2")
        #expect(spec.titleAnchor == .middle)
        let chart = try ChartResolver.resolve(spec)
        #expect(chart.style.title.font.size == 22)
        #expect(chart.style.subtitle.color == Color(parsing: "#333333"))
    }

    @Test("title placement nudges warn; a title turned or below the chart is refused")
    func titleNudgesAndRefusals() throws {
        let spec = try Self.decode(#""title": {"text": "T", "offset": 4, "frame": "group"}"#)
        #expect(spec.warnings.count == 2)
        #expect(spec.warnings.allSatisfy { $0.hasPrefix("title.") && $0.contains("is not applied") })
        let errors = TestSupport.decodeErrors(#"{"title": {"text": "T", "orient": "bottom", "angle": 90}, \#(Self.view)}"#)
        #expect(errors.map(\.path) == ["title.orient", "title.angle"])
    }

    @Test("description, name and $schema are kept; a container size warns and keeps the style's size; a step is kept (BandStepTests)")
    func keptAndSizes() throws {
        let spec = try Self.decode(#""$schema": "https://vega.github.io/schema/vega-lite/v5.json", "description": "Bars", "name": "b", "width": "container", "height": {"step": 20}"#)
        #expect(spec.description == "Bars")
        #expect(spec.name == "b")
        #expect(spec.width == nil && spec.height == nil)
        #expect(spec.warnings.map { String($0.prefix(6)) } == ["width "])
        #expect(spec.heightStep?.value == 20)
    }

    @Test("a number width is the plot's, as Vega-Lite's default autosize has it; autosize fit makes it the figure's")
    func sizeMeaning() throws {
        let data = #""data": {"values": [{"a": "x", "b": 3}, {"a": "y", "b": 5}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}, "title": "T""#
        let pad = try TestSupport.compile(#"{\#(data), "width": 300, "height": 200}"#).scene
        let plot = try #require(pad.plotArea)
        #expect(abs(plot.width - 300) < 0.5 && abs(plot.height - 200) < 0.5, "\(plot)")
        #expect(pad.width > 300 && pad.height > 200 && pad.width == pad.width.rounded())
        let fit = try TestSupport.compile(#"{\#(data), "width": 300, "height": 200, "autosize": {"type": "fit"}}"#)
        #expect(fit.scene.width == 300 && fit.scene.height == 200)
        #expect(fit.scene.plotArea!.width < 300 && fit.warnings.isEmpty, "\(fit.warnings)")
        // Panels keep the size as the figure's, and say so.
        let facet = try TestSupport.compile(#"{"data": {"values": [{"g": "p", "a": "x", "b": 3}, {"g": "q", "a": "x", "b": 5}]}, "width": 400, "facet": {"field": "g"}, "spec": {"mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}}"#)
        #expect(facet.scene.width == 400)
        #expect(facet.warnings.contains { $0.hasPrefix("width: in a figure of panels the size is the whole figure's") }, "\(facet.warnings)")
    }

    @Test("a Vega spec's $schema is refused by name")
    func vegaSchema() {
        let errors = TestSupport.decodeErrors(#"{"$schema": "https://vega.github.io/schema/vega/v5.json", \#(Self.view)}"#)
        #expect(errors.map(\.path) == ["$schema"])
    }

    @Test("params, selection, tooltip and href warn by name and change nothing drawn")
    func interactiveKeysWarn() throws {
        let spec = try SpecDecoder.decode(text: #"""
        {"params": [{"name": "p", "select": "point"}], "data": {"values": [{"r": "A", "v": 1}]},
         "mark": {"type": "bar", "tooltip": true},
         "encoding": {"x": {"field": "r", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"},
                      "tooltip": {"field": "v", "type": "quantitative"}, "href": {"field": "r"}}}
        """#, file: "t.json")
        let paths = spec.warnings.map { String($0.prefix { $0 != " " }) }
        #expect(Set(paths) == ["params", "mark.tooltip", "encoding.tooltip", "encoding.href"])
        #expect(spec.layers.count == 1)
    }

    @Test("config in Vega-Lite's words sets the style: axis, legend, title, range, mark defaults, background, padding")
    func configMapped() throws {
        let spec = try Self.decode(#"""
        "config": {"axis": {"grid": false, "labelFontSize": 9, "titleColor": "#111111", "domain": false},
                   "legend": {"orient": "bottom"}, "title": {"fontSize": 20, "anchor": "end"},
                   "range": {"category": ["#ff0000", "#00ff00"]}, "bar": {"color": "#8c2d1f"},
                   "view": {"stroke": null}, "background": "#fafafa", "padding": 5, "scale": {"barBandPaddingInner": 0}}
        """#)
        #expect(spec.titleAnchor == .end)
        #expect(spec.warnings.isEmpty)
        let style = try ChartResolver.resolve(spec).style
        #expect(!style.axis.grid)
        #expect(style.axis.label.font.size == 9)
        #expect(style.axis.title.color == Color(parsing: "#111111"))
        #expect(style.axis.domainWidth == 0)
        #expect(style.legend.orient == .bottom)
        #expect(style.title.font.size == 20)
        #expect(style.category.count == 2)
        #expect(style.bar.color == Color(parsing: "#8c2d1f"))
        #expect(style.bar.bandPadding == 0)
        #expect(style.background == Color(parsing: "#fafafa"))
        #expect(style.padding == 5)
    }

    @Test("config keys without a counterpart are named: errors, or warnings when no mark changes")
    func configUnmapped() throws {
        // config.style holds named mark styles (MarkDefaults), an unknown key in one is named.
        let errors = TestSupport.decodeErrors(#"{"config": {"axisTop": {"labelAngle": 0}, "style": {"x": {"dy": 1, "dz": 2}}, "countTitle": 3, "scale": {"bandPaddingInner": 0}}, \#(Self.view)}"#)
        #expect(errors.map(\.path) == ["config.axisTop", "config.countTitle", "config.scale.bandPaddingInner", "config.style.x.dz"])
        let spec = try Self.decode(##""config": {"view": {"stroke": "#dddddd", "strokeWidth": 2}, "axis": {"tickBand": "extent"}}"##)
        #expect(spec.warnings.count == 3)
    }
}
