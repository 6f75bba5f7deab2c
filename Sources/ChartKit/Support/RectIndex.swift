// A uniform grid over rectangles, so that "does this label hit anything placed so far?" costs
// what lies near the label, not everything on the chart. Label placement asks that question
// for every candidate of every label; with a list it was all-pairs (16,000 annotations took
// minutes), with the grid it is near-linear.

struct RectIndex {
    private(set) var rects: [Rect] = []
    private struct Cell: Hashable { var x: Int, y: Int }
    private var cells: [Cell: [Int32]] = [:]
    /// Rectangles spanning more cells than this go to `large` and are checked every time:
    /// a few plot-wide bands must not fill thousands of cells.
    private static let maximumCellsPerRect = 256
    private var large: [Int32] = []
    private var isLarge: [Bool] = []
    let cellSize: Double

    init(cellSize: Double = 24) {
        self.cellSize = cellSize
    }

    init<S: Sequence>(_ rects: S, cellSize: Double = 24) where S.Element == Rect {
        self.init(cellSize: cellSize)
        for r in rects { insert(r) }
    }

    var count: Int { rects.count }

    /// Grid coordinates, clamped so a wild rectangle (far off the page) cannot overflow.
    private func cell(_ v: Double) -> Int {
        guard v.isFinite else { return v > 0 ? 1 << 20 : -(1 << 20) }
        return Int(max(-1_048_576, min(1_048_576, (v / cellSize).rounded(.down))))
    }


    mutating func insert(_ r: Rect) {
        let id = Int32(rects.count)
        rects.append(r)
        let x0 = cell(r.minX), x1 = cell(r.maxX), y0 = cell(r.minY), y1 = cell(r.maxY)
        let huge = (x1 - x0 + 1) * (y1 - y0 + 1) > Self.maximumCellsPerRect
        isLarge.append(huge)
        if huge {
            large.append(id)
            return
        }
        for cx in x0...x1 { for cy in y0...y1 { cells[Cell(x: cx, y: cy), default: []].append(id) } }
    }

    /// Calls `body` once for every stored rectangle that intersects `r`, until it returns false.
    func visit(intersecting r: Rect, _ body: (Rect) -> Bool) {
        visitIndices(intersecting: r) { body(rects[$0]) }
    }

    /// Calls `body` with the insertion index of every stored rectangle that intersects `r`
    /// (once each), until it returns false. Callers keep what belongs to a rectangle (a leader
    /// line, a region) in an array of the same order.
    func visitIndices(intersecting r: Rect, _ body: (Int) -> Bool) {
        for id in large where rects[Int(id)].intersects(r) {
            if !body(Int(id)) { return }
        }
        let x0 = cell(r.minX), x1 = cell(r.maxX), y0 = cell(r.minY), y1 = cell(r.maxY)
        if (x1 - x0 + 1) * (y1 - y0 + 1) > Self.maximumCellsPerRect {
            // A huge query: scanning the list is cheaper than the cells.
            for o in rects.indices where !isLarge[o] && rects[o].intersects(r) {
                if !body(o) { return }
            }
            return
        }
        for cx in x0...x1 {
            for cy in y0...y1 {
                guard let ids = cells[Cell(x: cx, y: cy)] else { continue }
                for id in ids {
                    let o = rects[Int(id)]
                    guard o.intersects(r) else { continue }
                    // A rectangle sits in several cells; report it only from the cell holding
                    // the corner of the overlap, so it is reported once.
                    if cell(max(o.minX, r.minX)) == cx && cell(max(o.minY, r.minY)) == cy {
                        if !body(Int(id)) { return }
                    }
                }
            }
        }
    }

    /// True when `body` holds for some stored rectangle intersecting `r`.
    func contains(intersecting r: Rect, where body: (Int) -> Bool) -> Bool {
        var found = false
        visitIndices(intersecting: r) { i in
            if body(i) { found = true; return false }
            return true
        }
        return found
    }

    func intersectsAny(_ r: Rect) -> Bool {
        var hit = false
        visit(intersecting: r) { _ in hit = true; return false }
        return hit
    }

    /// The area of `r` covered by stored rectangles (overlaps among them counted twice),
    /// summed over at most `limit` of them: where labels pile up, a candidate that hits that
    /// many is bad enough that the exact figure does not matter, and the bound keeps a
    /// placement pass near-linear however crowded the chart.
    func overlapArea(_ r: Rect, limit: Int = 32) -> Double {
        var total = 0.0, seen = 0
        visit(intersecting: r) { o in
            total += (min(r.maxX, o.maxX) - max(r.minX, o.minX)) * (min(r.maxY, o.maxY) - max(r.minY, o.minY))
            seen += 1
            return seen < limit
        }
        return total
    }
}
