// Dense lines drawn at the resolution they are seen at. A time series of 40,000 days over a
// 700-pixel plot puts ~57 points in every pixel column, and Cairo's stroker and tessellator
// grow faster than linearly with the points and crossings of such a zigzag (12 s for 80,000
// rows). The M4 reduction (Jugel et al., VLDB 2014) keeps, for each run of consecutive points
// in one pixel column, the first, the lowest, the highest and the last: the pixels a line or
// area covers are the same, and the work is bounded by the image's width, not the data's length.

enum PathDecimation {
    /// Paths with fewer commands are drawn as they are: they cannot be dense enough to matter.
    static let threshold = 512

    /// True when a path has, on average, more than one and a half points in each strip it spans: a
    /// zigzag whose edges antialiasing cannot show, so Cairo's coarser (and several times
    /// faster) antialiasing draws it with no visible change.
    static func isZigzag(_ commands: [PathCommand], column: Double) -> Bool {
        guard commands.count > threshold else { return false }
        var lo = Double.infinity, hi = -Double.infinity
        for c in commands {
            switch c {
            case .move(let p), .line(let p), .curve(_, _, let p): lo = min(lo, p.x); hi = max(hi, p.x)
            case .close: break
            }
        }
        return Double(commands.count) > 1.5 * max(1, (hi - lo) / column)
    }

    /// `commands` with every run of points that falls in one `column`-wide strip reduced to at
    /// most four (first, min y, max y, last, in their original order). Moves and closes are kept.
    static func m4(_ commands: [PathCommand], column: Double) -> [PathCommand] {
        guard commands.count > threshold, column > 0 else { return commands }
        var out: [PathCommand] = []
        out.reserveCapacity(min(commands.count, 4096))
        var run: [Point] = []  // consecutive points of one column, from a line or its move
        var runStartsWithMove = false
        var runColumn = Double.nan

        func flush() {
            guard !run.isEmpty else { return }
            var keep = [0, run.count - 1]
            var lo = 0, hi = 0
            for i in run.indices {
                if run[i].y < run[lo].y { lo = i }
                if run[i].y > run[hi].y { hi = i }
            }
            keep += [lo, hi]
            var last = -1
            for i in keep.sorted() where i != last {
                let point = run[i]
                out.append(i == 0 && runStartsWithMove ? .move(point) : .line(point))
                last = i
            }
            run.removeAll(keepingCapacity: true)
        }

        for c in commands {
            switch c {
            case .move(let p):
                flush()
                run.append(p)
                runStartsWithMove = true
                runColumn = (p.x / column).rounded(.down)
            case .line(let p):
                let col = (p.x / column).rounded(.down)
                if col != runColumn {
                    flush()
                    runStartsWithMove = false
                    runColumn = col
                }
                run.append(p)
            case .curve:
                // A curve is kept whole: its control points are not points of the line.
                flush()
                out.append(c)
                runColumn = .nan
            case .close:
                flush()
                out.append(.close)
                runColumn = .nan
            }
        }
        flush()
        return out
    }
}
