// Layout needs real text widths (a rotated label, a wrapped title), and they must be the
// widths the renderer will draw, so measuring goes through the same Pango setup as drawing
// (see PangoText in Render/). Layout code sees only this protocol.

public protocol TextMeasurer: AnyObject {
    /// The box of `text` in `font`, wrapped at `wrapWidth` when given.
    func measure(_ text: String, font: Font, wrapWidth: Double?) -> TextSize
}

extension TextMeasurer {
    func measure(_ text: String, font: Font) -> TextSize { measure(text, font: font, wrapWidth: nil) }
}
