// Vega's `padding` on a continuous scale: the domain grows so that that many pixels at each
// end of the range lie beyond the data (vega-encode's padDomain). It zooms the domain about
// its centre in the space the scale interpolates (log, pow, symlog), after `zero` and before
// `nice`, as Vega does: [-33, 91] over 300 px with a padding of 20 becomes [-42.5, 100.5],
// niced to [-60, 120].

enum ScalePadding {
    static func padded(_ domain: (Double, Double), _ scale: ScaleSpec?, length: Double, transform: ScaleTransform) -> (Double, Double) {
        guard let pixels = scale?.padding?.value, pixels > 0, length > 2 * pixels, domain.0 != domain.1 else { return domain }
        let zoom = length / (length - 2 * pixels)
        let a = transform.forward(domain.0), b = transform.forward(domain.1)
        let mid = (a + b) / 2
        return (transform.inverse(mid + (a - mid) * zoom), transform.inverse(mid + (b - mid) * zoom))
    }
}
