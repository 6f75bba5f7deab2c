import Foundation
import Testing
@testable import ChartKit

@Suite("Colour scales")
struct ColorScaleTests {
    @Test("OKLab round-trips sRGB colours")
    func oklabRoundTrip() {
        for hex in ["#000000", "#ffffff", "#2a7f62", "#e3a33b", "#5d8fc9", "#7a1f3d"] {
            let c = Color(parsing: hex)!
            #expect(OKLab(c).color.description == hex)
        }
        #expect(abs(Color.white.lightness - 1) < 1e-6)
        #expect(abs(Color.black.lightness) < 1e-6)
    }

    @Test("sequential schemes keep their order in grayscale: lightness moves one way", arguments: Array(ColorSchemes.sequential.keys).sorted())
    func sequentialMonotone(name: String) throws {
        let ramp = try #require(ColorSchemes.named(name)).ramp
        let l = ramp.sample(41).map(\.lightness)
        let falling = l.first! > l.last!
        for (a, b) in zip(l, l.dropFirst()) { #expect(falling ? b < a : b > a, "\(name)") }
    }

    @Test("diverging schemes are lightest in the middle and darken towards both ends", arguments: Array(ColorSchemes.diverging.keys).sorted())
    func divergingShape(name: String) throws {
        let l = try #require(ColorSchemes.named(name)).ramp.sample(41).map(\.lightness)
        for k in 0..<20 { #expect(l[k] < l[k + 1]) }
        for k in 20..<40 { #expect(l[k] > l[k + 1]) }
    }

    @Test("threshold classes: d3's rule (a break value starts its class) and labels as people write them")
    func threshold() {
        let breaks = [13.0, 14, 14.5, 15]
        let labels = ClassLabels.threshold(breaks, format: NumberFormat(".1~f%")!)
        #expect(labels == ["< 13%", "13–14%", "14–14.5%", "14.5–15%", "≥ 15%"])
        let s = ClassedColorScale(kind: .threshold, breaks: breaks, colors: [.black, .white, .black, .white, .black], labels: labels)
        #expect(s.classIndex(10) == 0)
        #expect(s.classIndex(13) == 1)
        #expect(s.classIndex(13.9) == 1)
        #expect(s.classIndex(14.5) == 3)
        #expect(s.classIndex(99) == 4)
        #expect(ClassLabels.range("1,322 GW", "2,000 GW") == "1,322–2,000 GW")
        #expect(ClassLabels.defaultFormat(for: breaks).string(14.5) == "14.5")
    }

    @Test("quantize: exactly n classes with round bounds")
    func quantize() {
        #expect(ClassLabels.niceQuantize(18, 55, count: 5) == (10, 60))
        #expect(ClassLabels.niceQuantize(10, 15, count: 5) == (10, 15))
        #expect(ClassLabels.niceQuantize(0.13, 0.71, count: 4) == (0, 0.8))
        let labels = ClassLabels.quantize([20, 30, 40, 50], domain: (10, 60), format: NumberFormat(".0f%")!)
        #expect(labels == ["10–20%", "20–30%", "30–40%", "40–50%", "50–60%"])
    }

    func scale(_ encoding: String, data: String = #"[{"r": "Hebei", "v": 15}, {"r": "Qinghai", "v": 10}, {"r": "Gansu", "v": 13.5}, {"r": "Hunan", "v": 14}]"#) throws -> (ColorScale, MapLegendContent) {
        let spec = try SpecDecoder.decode(text: "{\"data\": {\"values\": \(data)}, \"mark\": \"region\", \"encoding\": {\"region\": {\"field\": \"r\"}, \"color\": \(encoding)}}")
        let chart = try ChartResolver.resolve(spec)
        let model = try #require(RegionModel.build(chart, layer: chart.layers[0], log: DiagnosticLog()))
        return (try #require(model.scale), try #require(model.legend))
    }

    @Test("a quantitative colour field defaults to a sequential scale over the nice data extent")
    func sequentialDefault() throws {
        let (s, legend) = try scale(#"{"field": "v", "type": "quantitative"}"#)
        guard case .continuous(let c) = s, case .gradient(_, let ticks) = legend else { Issue.record("not continuous"); return }
        #expect(c.domain == (10, 15))
        #expect(c.mid == nil)
        #expect(c.color(15).lightness < c.color(10).lightness)
        #expect(ticks.map(\.label) == ["10", "11", "12", "13", "14", "15"])
    }

    @Test("domainMid makes a diverging scale symmetric about the midpoint")
    func diverging() throws {
        let (s, legend) = try scale(#"{"field": "v", "type": "quantitative", "format": ".1~f%", "scale": {"domainMid": 13.5}}"#)
        guard case .continuous(let c) = s, case .gradient(_, let ticks) = legend else { Issue.record("not continuous"); return }
        #expect(c.domain == (10, 17))
        #expect(ticks.map(\.label) == ["10%", "13.5%", "17%"])
        let mid = c.color(13.5).lightness
        #expect(c.color(10).lightness < mid && c.color(17).lightness < mid)
        #expect(c.color(10) != c.color(17))
    }

    @Test("threshold and quantize take colours from the range, a scheme, or the style")
    func classes() throws {
        let (t, legend) = try scale(##"{"field": "v", "scale": {"type": "threshold", "domain": [13, 14], "range": ["#ff0000", "#00ff00", "#0000ff"]}}"##)
        guard case .classed(let c) = t, case .classes(let items) = legend else { Issue.record("not classed"); return }
        #expect(c.color(10) == Color(r: 1, g: 0, b: 0))
        #expect(items.map(\.label) == ["< 13", "13–14", "≥ 14"])
        let (q, _) = try scale(#"{"field": "v", "scale": {"type": "quantize", "scheme": {"name": "blues", "count": 4}}}"#)
        guard case .classed(let qc) = q else { Issue.record("not classed"); return }
        #expect(qc.colors.count == 4)
        for (a, b) in zip(qc.colors, qc.colors.dropFirst()) { #expect(b.lightness < a.lightness) }
    }

    @Test("categories take the style's palette in domain order, the data's order after")
    func categorical() throws {
        let (s, legend) = try scale(#"{"field": "k", "scale": {"domain": ["b", "a"]}}"#,
                                    data: #"[{"r": "Hebei", "k": "a"}, {"r": "Hunan", "k": "c"}, {"r": "Gansu", "k": "b"}]"#)
        guard case .categorical(let c) = s, case .classes(let items) = legend else { Issue.record("not categorical"); return }
        #expect(c.values == ["b", "a", "c"])
        #expect(items.map(\.label) == ["b", "a", "c"])
        let palette = try StyleLoader.load("ccnt").category
        #expect(c.colors == Array(palette.prefix(3)))
    }

    @Test("colour-scale mistakes are errors with their place", arguments: [
        (#"{"field": "v", "scale": {"type": "threshold"}}"#, "needs its break values"),
        (#"{"field": "v", "scale": {"type": "threshold", "domain": [14, 13]}}"#, "ascending"),
        (##"{"field": "v", "scale": {"type": "threshold", "domain": [13], "range": ["#000000"]}}"##, "has 1 colour but 1 thresholds need 2"),
        (#"{"field": "v", "scale": {"scheme": "greenz"}}"#, "did you mean \"greens\"?"),
        (#"{"field": "v", "scale": {"type": "quantize", "domainMid": 3}}"#, "applies to \"linear\" colour scales"),
        (#"{"field": "r", "type": "quantitative", "scale": {"type": "threshold", "domain": [1]}}"#, "not a number"),
        (##"{"field": "v", "scale": {"range": ["#000000", "blue-ish"]}}"##, "is not a colour"),
        (#"{"field": "v", "scale": {"type": "linear", "domain": [3, 1]}}"#, "two ascending numbers"),
    ])
    func mistakes(encoding: String, message: String) {
        let errors = TestSupport.resolveErrors("{\"data\": {\"values\": [{\"r\": \"Hebei\", \"v\": 15}]}, \"mark\": \"region\", \"encoding\": {\"region\": {\"field\": \"r\"}, \"color\": \(encoding)}}")
        #expect(errors.contains { $0.message.contains(message) }, "\(errors)")
        #expect(errors.allSatisfy { $0.location != nil })
    }
}
