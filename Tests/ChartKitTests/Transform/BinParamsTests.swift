import Testing
@testable import ChartKit

/// Vega's bin parameters (vega-statistics bin.js), each checked against the steps its rule
/// gives when worked by hand, and already-binned channels.
@Suite("Bin parameters")
struct BinParamsTests {
    static let hundred = #"[{"a": 0}, {"a": 37}, {"a": 100}]"#

    func bins(_ params: String, _ values: String = hundred) throws -> [String?] {
        TransformTests.column(try TransformTests.table(values, #"[{"bin": \#(params), "field": "a", "as": "b"}]"#), "b")
    }

    @Test("the step: powers of the base shrunk by divide while within maxbins; steps; minstep")
    func steps() throws {
        // Span 100, maxbins 10: 10 (÷5 = 2 and ÷2 = 5 make too many bins).
        #expect(try bins("true") == ["0", "30", "90"])   // the maximum falls in the last bin
        // Base 2: 2^(round(log2 100) − ⌈log2 10⌉) = 8, doubled to 16 (13 bins are too many); the last bin ends at 112.
        #expect(try bins(#"{"base": 2}"#) == ["0", "32", "96"])
        // maxbins 25: 10 ÷ 5 = 2 makes 50 bins, 10 ÷ 2 = 5 makes 20: step 5. divide [4]: 2.5 makes 40, so 10 stays.
        #expect(try bins(#"{"maxbins": 25}"#) == ["0", "35", "95"])
        #expect(try bins(#"{"maxbins": 25, "divide": [4]}"#) == ["0", "30", "90"])
        // steps: the largest allowed step below span / maxbins = 10.
        #expect(try bins(#"{"steps": [1, 5, 25]}"#) == ["0", "35", "95"])
        // minstep 0.5 on a span of 1: not 0.1.
        #expect(try bins(#"{"minstep": 0.5}"#, #"[{"a": 0}, {"a": 0.3}, {"a": 1}]"#) == ["0", "0", "0.5"])
    }

    @Test("anchor moves the boundaries onto it; a value before the first boundary has no bin")
    func anchor() throws {
        let t = try TransformTests.table(#"[{"a": 0.2}, {"a": 3.7}, {"a": 10}]"#, #"[{"bin": {"anchor": 0.5}, "field": "a", "as": "b"}]"#)
        #expect(TransformTests.column(t, "b") == [nil, "3.5", "9.5"])
        #expect(TransformTests.column(t, "b_end") == [nil, "4.5", "10.5"])
    }

    @Test("\"binned\" and {\"binned\": true}: no bin transform, quantitative, the axis not from zero")
    func binned() throws {
        for bin in [#""binned""#, #"{"binned": true, "step": 2}"#] {
            let text = #"{"data": {"values": [{"s": 8, "e": 10, "n": 3}]}, "mark": "bar", "encoding": {"x": {"field": "s", "bin": \#(bin)}, "x2": {"field": "e"}, "y": {"field": "n", "type": "quantitative"}}}"#
            let spec = try SpecDecoder.decode(text: text, file: "t.json", baseDirectory: "\(TestSupport.root)/examples")
            let layer = EncodingTransforms.desugar(spec.layers[0])
            #expect(layer.transform.isEmpty)
            #expect(layer.encoding.x?.type?.value == .quantitative)
            #expect(layer.encoding.x?.scale?.zero == false)
        }
        let e = TestSupport.decodeErrors(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "s", "bin": {"divide": [1]}}}}"#)
        #expect(e.contains { $0.path == "encoding.x.bin.divide" })
    }
}
