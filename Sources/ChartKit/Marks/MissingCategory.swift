// A missing value on a band (nominal or ordinal) axis. Vega-Lite does not treat null as
// invalid on a categorical scale: it is a category of its own, labelled "null", and Vega's
// ascending order puts null before every other value (site/docs/invaliddata.md; vega-util's
// `ascending`). A text "null" in the data is drawn as the same category.

enum MissingCategory {
    static let name = "null"

    /// Moves the null category to where Vega's sort puts it: first when ascending, last when
    /// descending. Other orders (the data's, an explicit list, by value) are left as they are.
    static func placed(_ ordered: [String], by sort: SortSpec?) -> [String] {
        guard let i = ordered.firstIndex(of: name) else { return ordered }
        var out = ordered
        out.remove(at: i)
        switch sort ?? .ascending {
        case .ascending: return [name] + out
        case .descending: return out + [name]
        default: return ordered
        }
    }
}
