// A mark's constant position in pixels, Vega-Lite's `mark.x` and `mark.y`: a number counted
// from the plot's left (top) edge, or "width" ("height") for its right (bottom) edge. It places
// a mark whose channel is not encoded (the channel wins when both are given), such as a label
// written at the left of every bar ("x": 5) or one at the plot's top right corner.

public enum PixelPosition: Sendable, Equatable {
    case pixels(Double)
    /// The plot's full width (for x) or height (for y).
    case extent

    /// The position along a plot side that starts at `start` and is `length` long.
    func resolve(start: Double, length: Double) -> Double {
        switch self {
        case .pixels(let p): return start + p
        case .extent: return start + length
        }
    }

    /// Reads `key` ("x" or "y") of a mark object; `extentName` is "width" or "height".
    static func decode(_ r: ObjectReader, _ key: String, extentName: String, log: DiagnosticLog) -> PixelPosition? {
        guard let n = r[key] else { return nil }
        switch n.value {
        case .number(let v) where abs(v) <= 100_000: return .pixels(v)
        case .string(let s) where s == extentName: return .extent
        default:
            log.error(n.location, r.childPath(key), "must be a number of pixels or \"\(extentName)\", found \(n.kindName)")
            return nil
        }
    }
}
