import Foundation
import Testing
@testable import ChartKit

/// Vega-Lite's `view` beside a panel's view (concat_population_pyramid's middle column has
/// `"view": {"stroke": null}`): the same keys as config.view, named with the panel's path.
@Suite("A panel's view")
struct PanelViewTests {
    static func figure(_ view: String) -> String {
        #"""
        {"data": {"values": [{"a": 1, "b": 2}]},
         "hconcat": [{"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}},
                     {"view": \#(view), "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}}]}
        """#
    }

    @Test("no frame (stroke null) is what is drawn; other keys are named with the panel's path")
    func view() {
        #expect(TestSupport.decodeErrors(Self.figure(#"{"stroke": null}"#)).isEmpty)
        let errors = TestSupport.decodeErrors(Self.figure(#"{"fill": "black"}"#))
        #expect(errors.map(\.path) == ["hconcat[1].view.fill"])
    }
}
