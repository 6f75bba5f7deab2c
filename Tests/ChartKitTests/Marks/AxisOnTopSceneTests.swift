import Foundation
import Testing
@testable import ChartKit

/// `orient: "top"` on an x axis showing only its title (rect_mosaic_labelled_with_offset's
/// "Origin"): the title stands above the plot and the plot gives up that room at the top.
@Suite("X axis title on top")
struct AxisOnTopSceneTests {
    static func spec(_ axis: String, config: String = "{}") -> String {
        #"""
        {"data": {"values": [{"a": 1, "b": 1}, {"a": 2, "b": 3}, {"a": 3, "b": 2}]}, "mark": "point", "config": \#(config),
         "encoding": {"x": {"field": "a", "type": "quantitative", "title": "Across", "axis": \#(axis)}, "y": {"field": "b", "type": "quantitative"}}}
        """#
    }
    static let bare = #""domain": false, "ticks": false, "labels": false"#

    static func title(_ scene: Scene) -> Rect? { scene.texts.first { $0.role == .axisTitle && $0.run.text == "Across" }?.run.bounds }
    static func pointYs(_ scene: Scene) -> [Double] {
        scene.leaves.compactMap { if case .circle(let c, _, _, _, .point) = $0 { return c.y } else { return nil } }
    }

    @Test("the title stands above every mark, below them without orient")
    func above() throws {
        let top = try TestSupport.compile(Self.spec(#"{\#(Self.bare), "orient": "top"}"#)).scene
        let bottom = try TestSupport.compile(Self.spec(#"{\#(Self.bare)}"#)).scene
        let t = try #require(Self.title(top)), b = try #require(Self.title(bottom))
        let ys = Self.pointYs(top), ysBottom = Self.pointYs(bottom)
        #expect(ys.count == 3 && ysBottom.count == 3)
        #expect(t.maxY < ys.min()!)
        #expect(b.y > ysBottom.max()!)
        #expect(t.y < b.y)
    }

    @Test("config.axis may switch the parts off")
    func configParts() {
        let config = #"{"axis": {"domain": false, "ticks": false, "labels": false}}"#
        #expect(TestSupport.resolveErrors(Self.spec(#"{"orient": "top"}"#, config: config)).isEmpty)
    }

    @Test("an x axis on top with labels, ticks or a domain is refused by the orient's path")
    func refused() {
        for axis in [#"{"orient": "top"}"#, #"{"domain": false, "ticks": false, "orient": "top"}"#, #"{"labels": false, "ticks": false, "orient": "top"}"#] {
            #expect(TestSupport.resolveErrors(Self.spec(axis)).contains { $0.path == "encoding.x.axis.orient" }, "\(axis)")
        }
    }
}
