// The ascending order of category values, as Vega sorts them: two numbers ("2025", "2030") as
// numbers, anything else as JavaScript compares strings (by UTF-16 code units: "<10000" after
// "200000+", "Zhejiang" before "anhui"). Bands, legends, series and facet panels all use it,
// so a value has the same place everywhere.

enum CategoryOrder {
    static func ascending(_ a: String, _ b: String) -> Bool {
        if let x = Double(a), let y = Double(b) { return x < y }
        return a.utf16.lexicographicallyPrecedes(b.utf16)
    }
}
