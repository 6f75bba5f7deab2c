import Foundation
import Testing
@testable import ChartKit

/// An axis's `orient`: the usual side changes nothing; the other side is drawn for an axis that
/// shows nothing (bar_layered_weather) and refused by name for a visible one.
@Suite("Axis orient")
struct AxisOrientTests {
    static func spec(_ axis: String) -> String {
        #"""
        {"data": {"values": [{"a": "p", "b": 1}, {"a": "q", "b": 2}]}, "mark": "bar",
         "encoding": {"x": {"field": "a", "type": "ordinal", "axis": \#(axis)}, "y": {"field": "b", "type": "quantitative"}}}
        """#
    }
    static let hidden = #""domain": false, "ticks": false, "labels": false, "title": null"#

    @Test("an x axis that draws nothing may stand on top: the picture is the one without it")
    func hiddenOnTop() throws {
        #expect(TestSupport.resolveErrors(Self.spec(#"{\#(Self.hidden), "orient": "top"}"#)).isEmpty)
        let top = try TestSupport.compile(Self.spec(#"{\#(Self.hidden), "orient": "top"}"#)).scene
        let plain = try TestSupport.compile(Self.spec(#"{\#(Self.hidden)}"#)).scene
        #expect(top.leaves.count == plain.leaves.count)
        #expect("\(top.nodes)" == "\(plain.nodes)")
    }

    @Test("the usual side is accepted on any axis")
    func usualSide() {
        #expect(TestSupport.resolveErrors(Self.spec(#"{"orient": "bottom"}"#)).isEmpty)
    }

    @Test("a visible axis on the other side, or a side the channel has not, is refused by its path")
    func refused() {
        for axis in [#"{"orient": "top"}"#, #"{"orient": "left"}"#] {
            let errors = TestSupport.resolveErrors(Self.spec(axis)) + TestSupport.decodeErrors(Self.spec(axis))
            #expect(errors.contains { $0.path == "encoding.x.axis.orient" }, "\(axis)")
        }
        let y = #"{"data": {"values": [{"a": "p", "b": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "ordinal"}, "y": {"field": "b", "type": "quantitative", "axis": {"orient": "right"}}}}"#
        #expect(TestSupport.decodeErrors(y).contains { $0.path == "encoding.y.axis.orient" })
    }
}
