import Testing
@testable import ChartKit

@Suite("Dense paths at pixel resolution")
struct PathDecimationTests {
    @Test("M4 keeps each column's first, lowest, highest and last point, in order")
    func m4() {
        // 10,000 points over 100 units: 100 per one-unit column, a zigzag.
        var commands: [PathCommand] = [.move(Point(0, 50))]
        for i in 1..<10_000 { commands.append(.line(Point(Double(i) / 100, i % 2 == 0 ? Double(i % 37) : 100 - Double(i % 41)))) }
        let out = PathDecimation.m4(commands, column: 1)
        #expect(out.count <= 4 * 101)
        #expect(out.first == .move(Point(0, 50)))
        #expect(out.last == commands.last)
        // Every column keeps its extremes.
        var byColumn: [Int: (lo: Double, hi: Double)] = [:]
        for case .line(let p) in commands { let c = Int(p.x); byColumn[c] = (min(byColumn[c]?.lo ?? .infinity, p.y), max(byColumn[c]?.hi ?? -.infinity, p.y)) }
        var kept: [Int: (lo: Double, hi: Double)] = [:]
        for case .line(let p) in out { let c = Int(p.x); kept[c] = (min(kept[c]?.lo ?? .infinity, p.y), max(kept[c]?.hi ?? -.infinity, p.y)) }
        for (c, e) in byColumn { #expect(kept[c]?.lo == e.lo && kept[c]?.hi == e.hi, "column \(c)") }
        // x never goes backwards: the order of the points is kept.
        var lastX = -1.0
        for case .line(let p) in out { #expect(p.x >= lastX); lastX = p.x }
        #expect(PathDecimation.isZigzag(commands, column: 1))
    }

    @Test("short paths, moves and closes are left as they are")
    func untouched() {
        let short: [PathCommand] = [.move(Point(0, 0)), .line(Point(0.1, 5)), .line(Point(0.2, 1)), .close]
        #expect(PathDecimation.m4(short, column: 1) == short)
        var smooth: [PathCommand] = [.move(Point(0, 0))]
        for i in 1...600 { smooth.append(.line(Point(Double(i), Double(i)))) }
        smooth.append(.close)
        let out = PathDecimation.m4(smooth, column: 1)
        #expect(out == smooth, "one point per column: nothing to drop")
        #expect(!PathDecimation.isZigzag(smooth, column: 1))
    }
}
