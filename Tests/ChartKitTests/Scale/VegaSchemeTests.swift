import Foundation
import Testing
@testable import ChartKit

/// Vega's named colour schemes: every name, Vega's colours, and Vega's use of them (RGB
/// interpolation, k/(n+1) samples for classes and categories, the list itself for a discrete
/// scheme on categories).
@Suite("Vega colour schemes")
struct VegaSchemeTests {
    let engine = ChartEngine()

    static func hex(_ c: Color) -> String { c.description }

    @Test("every scheme Vega names is here, case-insensitive")
    func names() throws {
        for name in ["category10", "category20", "category20b", "category20c", "tableau10", "tableau20", "accent", "dark2",
                     "paired", "pastel1", "pastel2", "set1", "set2", "set3", "observable10", "blues", "tealBlues", "viridis",
                     "magma", "inferno", "plasma", "cividis", "turbo", "rainbow", "sinebow", "lightTealBlue", "blueOrange",
                     "redYellowGreen", "spectral", "darkMulti", "goldRed"] {
            #expect(VegaSchemes.named(name) != nil, "\(name)")
            #expect(VegaSchemes.named(name.uppercased()) != nil, "\(name)")
        }
        #expect(VegaSchemes.names.count == 68)
        guard case .discrete(let c20b)? = VegaSchemes.named("category20b") else { Issue.record("not discrete"); return }
        #expect(c20b.count == 20)
        #expect(Self.hex(c20b[0]) == "#393b79" && Self.hex(c20b[19]) == "#de9ed6")
    }

    @Test("a continuous scheme runs from its first stop to its last, in RGB between stops")
    func continuousRGB() throws {
        guard case .continuous(let magma)? = VegaSchemes.named("magma") else { Issue.record("not continuous"); return }
        #expect(Self.hex(magma.color(at: 0)) == "#000004")
        #expect(Self.hex(magma.color(at: 1)) == "#fcfdbf")
        guard case .continuous(let blues)? = VegaSchemes.named("blues") else { Issue.record("not continuous"); return }
        // Halfway between the first two of eleven stops (#cfe1f2, #bed8ec): their RGB mean.
        let c = blues.color(at: 0.05)
        #expect(abs(c.r * 255 - (0xcf + 0xbe) / 2.0) < 1e-9 && abs(c.g * 255 - (0xe1 + 0xd8) / 2.0) < 1e-9)
        #expect(abs(c.b * 255 - (0xf2 + 0xec) / 2.0) < 1e-9)
    }

    func regionScale(_ encoding: String) throws -> ColorScale {
        let data = #"[{"r": "Hebei", "v": 15, "k": "a"}, {"r": "Qinghai", "v": 10, "k": "b"}, {"r": "Gansu", "v": 13.5, "k": "c"}, {"r": "Hunan", "v": 14, "k": "d"}]"#
        let spec = try SpecDecoder.decode(text: "{\"data\": {\"values\": \(data)}, \"mark\": \"region\", \"encoding\": {\"region\": {\"field\": \"r\"}, \"color\": \(encoding)}}")
        let chart = try ChartResolver.resolve(spec)
        return try #require(RegionModel.build(chart, layer: chart.layers[0], log: DiagnosticLog())?.scale)
    }

    @Test("classes and categories sample a continuous scheme at 1/(n+1) … n/(n+1), as Vega's quantizeInterpolator")
    func quantized() throws {
        // blues has 11 stops, so 1/5 … 4/5 land on stops 2, 4, 6 and 8.
        guard case .classed(let q) = try regionScale(#"{"field": "v", "scale": {"type": "quantize", "scheme": {"name": "blues", "count": 4}}}"#) else { Issue.record("not classed"); return }
        #expect(q.colors.map(Self.hex) == ["#a8cee5", "#74b2d7", "#4592c6", "#206fb2"])
        guard case .categorical(let o) = try regionScale(#"{"field": "k", "type": "ordinal", "scale": {"scheme": "blues"}}"#) else { Issue.record("not categorical"); return }
        #expect(o.colors.map(Self.hex) == ["#a8cee5", "#74b2d7", "#4592c6", "#206fb2"])
    }

    @Test("a linear scale uses the whole scheme, or the part its extent names ([1, 0] reverses it)")
    func linearAndExtent() throws {
        guard case .continuous(let s) = try regionScale(#"{"field": "v", "type": "quantitative", "scale": {"scheme": "viridis", "nice": false}}"#) else { Issue.record("not continuous"); return }
        #expect(Self.hex(s.color(10)) == "#440154" && Self.hex(s.color(15)) == "#fde725")
        guard case .continuous(let r) = try regionScale(#"{"field": "v", "type": "quantitative", "scale": {"scheme": {"name": "viridis", "extent": [1, 0]}, "nice": false}}"#) else { Issue.record("not continuous"); return }
        #expect(Self.hex(r.color(10)) == "#fde725" && Self.hex(r.color(15)) == "#440154")
    }

    @Test("a discrete scheme deals its colours in order to a category field's series")
    func seriesPalette() throws {
        let text = #"""
        {"data": {"values": [{"t": 1, "v": 1, "k": "b"}, {"t": 2, "v": 2, "k": "b"}, {"t": 1, "v": 3, "k": "a"}, {"t": 2, "v": 1, "k": "a"}]},
         "mark": "line", "encoding": {"x": {"field": "t", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"},
                                      "color": {"field": "k", "type": "nominal", "scale": {"scheme": "category10"}}}}
        """#
        let scene = try TestSupport.compile(text, engine: engine).scene
        var strokes: [String: Color] = [:]
        for case .path(_, _, let s?, .line(let name?, _)) in scene.leaves { strokes[name] = s.color }
        #expect(strokes["a"].map(Self.hex) == "#1f77b4")
        #expect(strokes["b"].map(Self.hex) == "#ff7f0e")
    }

    @Test("a name Vega does not know is an error with its place and a suggestion")
    func unknown() {
        let errors = TestSupport.resolveErrors(#"{"data": {"values": [{"r": "Hebei", "v": 15}]}, "mark": "region", "encoding": {"region": {"field": "r"}, "color": {"field": "v", "scale": {"scheme": "magmaa"}}}}"#)
        #expect(errors.contains { $0.path == "encoding.color.scale.scheme" && $0.message.contains("did you mean \"magma\"?") && $0.location != nil }, "\(errors)")
        let extent = TestSupport.resolveErrors(#"{"data": {"values": [{"r": "Hebei", "v": 15}]}, "mark": "region", "encoding": {"region": {"field": "r"}, "color": {"field": "v", "scale": {"scheme": {"name": "blues", "extent": [0, 2]}}}}}"#)
        #expect(extent.contains { $0.path == "encoding.color.scale.scheme.extent" }, "\(extent)")
    }
}

/// Vega's quantile colour scale: classes of equal counts at d3's quantiles.
@Suite("Quantile colour scales")
struct QuantileScaleTests {
    @Test("breaks at the k/n quantiles, linear between sorted values (d3's rule)")
    func breaks() {
        #expect(QuantileClasses.breaks([4, 1, 3, 2, 5], classes: 4) == [2, 3, 4])
        #expect(QuantileClasses.breaks([1, 2, 3, 4], classes: 2) == [2.5])
    }

    @Test("a quantile colour field takes scheme.count classes with its legend")
    func scale() throws {
        let data = #"[{"r": "Hebei", "v": 1}, {"r": "Qinghai", "v": 2}, {"r": "Gansu", "v": 3}, {"r": "Hunan", "v": 4}]"#
        let spec = try SpecDecoder.decode(text: "{\"data\": {\"values\": \(data)}, \"mark\": \"region\", \"encoding\": {\"region\": {\"field\": \"r\"}, \"color\": {\"field\": \"v\", \"type\": \"quantitative\", \"scale\": {\"type\": \"quantile\", \"scheme\": {\"name\": \"blues\", \"count\": 2}}}}}")
        let chart = try ChartResolver.resolve(spec)
        let model = try #require(RegionModel.build(chart, layer: chart.layers[0], log: DiagnosticLog()))
        guard case .classed(let s)? = model.scale else { Issue.record("not classed"); return }
        #expect(s.kind == .quantile && s.breaks == [2.5] && s.colors.count == 2)
        #expect(s.color(2) == s.colors[0] && s.color(3) == s.colors[1])
        #expect(TestSupport.resolveErrors(#"{"data": {"values": [{"a": 1, "b": 2}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative", "scale": {"type": "quantile"}}, "y": {"field": "b", "type": "quantitative"}}}"#)
            .contains { $0.path == "encoding.x.scale.type" })
    }
}
