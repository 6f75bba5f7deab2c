import Testing
@testable import ChartKit

@Suite("Scales")
struct ScaleTests {
    @Test("nice domains and ticks", arguments: [
        // (domain, tick count, niced domain, ticks)
        ((0.0, 15.8), 5, (0.0, 20.0), [0.0, 5, 10, 15, 20]),
        ((0.0, 15.0), 5, (0.0, 15.0), [0.0, 5, 10, 15]),
        ((0.0, 1322.0), 5, (0.0, 1400.0), [0.0, 200, 400, 600, 800, 1000, 1200, 1400]),
        ((-11.2, 7.3), 5, (-15.0, 10.0), [-15.0, -10, -5, 0, 5, 10]),
        ((0.0, 0.93), 5, (0.0, 1.0), [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        ((65.0, 70.0), 5, (65.0, 70.0), [65.0, 66, 67, 68, 69, 70]),
        ((0.0, 2.7e12), 4, (0.0, 3e12), [0.0, 1e12, 2e12, 3e12]),
    ] as [((Double, Double), Int, (Double, Double), [Double])])
    func niceTicks(domain: (Double, Double), count: Int, niced: (Double, Double), ticks: [Double]) {
        let scale = LinearScale(domain: domain, range: (0, 100)).niced(count: count)
        #expect(scale.domain == niced)
        let step = scale.domainStep(count: count)
        let actual = scale.ticks(step: step)
        #expect(actual.count == ticks.count)
        for (a, b) in zip(actual, ticks) { #expect(abs(a - b) < 1e-9 * max(1, abs(b))) }
    }

    @Test("d3's tick step: 1, 2 or 5 times a power of ten", arguments: [
        (0.0, 10.0, 10, 1.0), (0.0, 10.0, 5, 2.0), (0.0, 1.0, 10, 0.1), (0.0, 1322.0, 5, 200.0), (0.0, 100.0, 3, 50.0),
    ])
    func tickStep(lo: Double, hi: Double, count: Int, step: Double) {
        #expect(abs(LinearScale.tickStep(lo, hi, count: count) - step) < 1e-12)
    }

    @Test("ticks never show floating-point noise")
    func cleanTicks() {
        let ticks = LinearScale(domain: (0, 0.7), range: (0, 1)).ticks(step: 0.1)
        #expect(ticks.map { NumberFormat.forTicks(step: 0.1).string($0) } == ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"])
    }

    @Test("linear scale maps the domain onto the range, inverted ranges included")
    func linear() {
        let s = LinearScale(domain: (0, 20), range: (400, 0))
        #expect(s(0) == 400)
        #expect(s(20) == 0)
        #expect(s(13.5) == 130)
    }

    @Test("band scale: steps, bands and padding like d3's scaleBand")
    func band() {
        let b = BandScale(domain: ["a", "b", "c", "d"], range: (0, 100), paddingInner: 0.2, paddingOuter: 0.1)
        #expect(abs(b.step - 100 / 4.0) < 1e-9)
        #expect(abs(b.bandwidth - 20) < 1e-9)
        #expect(abs(b("a")! - 2.5) < 1e-9)
        #expect(abs(b.center("d")! - (2.5 + 75 + 10)) < 1e-9)
        #expect(b("z") == nil)
    }
}
