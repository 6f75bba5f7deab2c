import Foundation
import Testing
@testable import ChartKit

@Suite("Size scale")
struct SizeScaleTests {
    @Test("linear on area from zero, Vega-Lite's point range, round legend values")
    func scale() {
        let s = SizeScale(values: [12, 24.8])
        #expect(s.domain == (0, 24.8))
        #expect(s.area(0) == 4 && abs(s.area(24.8) - 361) < 1e-9)
        #expect(abs(s.diameter(24.8) - 19) < 1e-9)
        #expect(s.legendValues() == [0, 5, 10, 15, 20])
        #expect(SizeScale(values: [12, 24.8], zero: false).domain == (12, 24.8))
    }
}
