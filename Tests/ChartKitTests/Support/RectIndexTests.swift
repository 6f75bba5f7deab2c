import Testing
@testable import ChartKit

@Suite("Rectangle index")
struct RectIndexTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct LCG { var s: UInt64; mutating func next() -> Double { s = s &* 6364136223846793005 &+ 1442695040888963407; return Double(s >> 11) / Double(1 << 53) } }

    @Test("finds exactly what a scan of every rectangle finds, each once")
    func matchesBruteForce() {
        var g = LCG(s: 7)
        var index = RectIndex(cellSize: 20)
        var all: [Rect] = []
        for i in 0..<2_000 {
            // Mostly label-sized, some plot-wide (the index keeps those apart), one off the page.
            let wide = i % 97 == 0
            let r = Rect(x: g.next() * 800 - 50, y: g.next() * 500, width: wide ? 900 : g.next() * 60, height: wide ? 30 : g.next() * 20)
            all.append(r)
            index.insert(r)
        }
        index.insert(Rect(x: 1e12, y: -1e12, width: 5, height: 5))
        all.append(Rect(x: 1e12, y: -1e12, width: 5, height: 5))
        for _ in 0..<300 {
            let q = Rect(x: g.next() * 800, y: g.next() * 500, width: g.next() * 80, height: g.next() * 40)
            var found: [Int] = []
            index.visitIndices(intersecting: q) { found.append($0); return true }
            let expected = all.indices.filter { all[$0].intersects(q) }
            #expect(found.sorted() == expected)
            #expect(index.intersectsAny(q) == !expected.isEmpty)
        }
    }

    @Test("overlap area stops counting after its limit")
    func overlapLimit() {
        var index = RectIndex()
        for _ in 0..<100 { index.insert(Rect(x: 0, y: 0, width: 10, height: 10)) }
        let q = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(index.overlapArea(q, limit: 1_000) == 10_000)
        #expect(index.overlapArea(q, limit: 32) == 3_200)
    }
}
