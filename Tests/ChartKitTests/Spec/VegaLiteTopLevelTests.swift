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

    @Test("description, name and $schema are kept; container and step sizes warn and keep the style's size")
    func keptAndSizes() throws {
        let spec = try Self.decode(#""$schema": "https://vega.github.io/schema/vega-lite/v5.json", "description": "Bars", "name": "b", "width": "container", "height": {"step": 20}"#)
        #expect(spec.description == "Bars")
        #expect(spec.name == "b")
        #expect(spec.width == nil && spec.height == nil)
        #expect(spec.warnings.map { String($0.prefix(6)) } == ["width ", "height"])
    }

    @Test("a number width without autosize fit warns that Vega-Lite gives it to the plot alone; fit is silent")
    func sizeMeaning() throws {
        let pad = try Self.decode(#""width": 600, "height": 400"#)
        #expect(pad.width?.value == 600)
        #expect(pad.warnings.count == 1)
        #expect(pad.warnings.first?.hasPrefix("width is the whole figure's") == true)
        let fit = try Self.decode(#""width": 600, "height": 400, "autosize": {"type": "fit"}"#)
        #expect(fit.warnings.isEmpty, "\(fit.warnings)")
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
                   "view": {"stroke": null}, "background": "#fafafa", "padding": 5}
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
        #expect(style.background == Color(parsing: "#fafafa"))
        #expect(style.padding == 5)
    }

    @Test("config keys without a counterpart are named: errors, or warnings when no mark changes")
    func configUnmapped() throws {
        let errors = TestSupport.decodeErrors(#"{"config": {"axisX": {"labelAngle": 0}, "style": {"x": {"dy": 1}}, "countTitle": "N"}, \#(Self.view)}"#)
        #expect(errors.map(\.path) == ["config.axisX", "config.style", "config.countTitle"])
        let spec = try Self.decode(##""config": {"view": {"stroke": "#dddddd", "continuousWidth": 300}, "axis": {"tickBand": "extent"}}"##)
        #expect(spec.warnings.count == 3)
    }
}
