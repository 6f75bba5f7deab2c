// Vega-Lite's bin parameters as an object (`{"maxbins": 20}`, `{"binned": true, "step": 2}`):
// every key of Vega's bin transform, checked as Vega reads it.

enum BinDecoder {
    static let keys = ["maxbins", "step", "extent", "nice", "base", "divide", "minstep", "steps", "anchor", "binned"]

    static func decode(_ b: ObjectReader, into start: BinParams) -> BinParams? {
        var params = start
        params.maxbins = b.number("maxbins", min: 2, max: 1000).map { Int($0) } ?? 10
        params.step = b.number("step", min: 1e-12)
        params.nice = b.bool("nice") ?? true
        params.base = b.number("base", min: 1.000001, max: 1e6) ?? 10
        params.minstep = b.number("minstep", min: 0) ?? 0
        params.anchor = b.number("anchor")
        params.binned = b.bool("binned") ?? false
        guard let extent = extent(b) else { return nil }
        params.extent = extent
        guard let divide = numbers(b, "divide", what: "divisors greater than 1 such as [5, 2]", valid: { $0 > 1 }),
              let steps = numbers(b, "steps", what: "ascending step sizes such as [1, 5, 10]", valid: { $0 > 0 }) else { return nil }
        params.divide = divide ?? params.divide
        params.steps = steps.map { $0.sorted() }
        return params
    }

    /// `extent`: two numbers, the first below the second. `.some(nil)` when absent, nil after an error.
    private static func extent(_ b: ObjectReader) -> (Double, Double)?? {
        guard let e = b.array("extent") else { return b.has("extent") ? nil : .some(nil) }
        guard e.count == 2, case .number(let lo) = e[0].value, case .number(let hi) = e[1].value, lo < hi else {
            b.log.error(b["extent"]!.location, b.childPath("extent"), "must be two ascending numbers [min, max]")
            return nil
        }
        return .some((lo, hi))
    }

    /// A non-empty array of numbers that pass `valid`: `.some(nil)` when absent, nil after an error.
    private static func numbers(_ b: ObjectReader, _ key: String, what: String, valid: (Double) -> Bool) -> [Double]?? {
        guard let items = b.array(key) else { return b.has(key) ? nil : .some(nil) }
        var out: [Double] = []
        for item in items {
            guard case .number(let v) = item.value, valid(v) else { break }
            out.append(v)
        }
        guard !items.isEmpty, out.count == items.count else {
            b.log.error(b[key]!.location, b.childPath(key), "must be \(what)")
            return nil
        }
        return .some(out)
    }
}
