// `random()` without Vega's Math.random: the same spec draws the same picture on every run.
// A draw is a fixed function of a seed (from the place of the expression in the spec, so two
// transforms calling random() get different numbers), the row's number in the table it is
// computed on, and which random() call of the expression it is: splitmix64 over the three,
// its top 53 bits as a number in [0, 1). No state is kept, so the order rows are computed in
// cannot change a draw.

enum SeededRandom {
    static func value(seed: UInt64, row: Int, site: Int) -> Double {
        let bits = mix(mix(seed &+ UInt64(truncatingIfNeeded: site)) &+ UInt64(truncatingIfNeeded: row))
        return Double(bits >> 11) / Double(UInt64(1) << 53)
    }

    /// A seed from a text (the expression's spec path): 64-bit FNV-1a.
    static func seed(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        return h
    }

    /// splitmix64's finaliser (Steele, Lea and Flood 2014).
    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E3779B97F4A7C15
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
