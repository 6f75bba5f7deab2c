import CCairo

// Text through Pango, set up once and shared by measuring (layout stage) and drawing (render
// stage) so a label is drawn exactly as wide as the layout believed it to be.
//
// - Resolution 72 dpi: a font size of 11 means 11 user units (CSS px at 1×), in every format.
// - Hinting off and metrics unhinted: text scales linearly with its size, so a 2× PNG, an SVG
//   and a PDF of the same spec lay out identically.
// - Because text scales linearly, every face is shaped at one reference size and drawn scaled:
//   a chart with seven type sizes loads three fonts (one per weight), not seven. Pango builds a
//   font set (a fontconfig sort, a FreeType face, a HarfBuzz font) per size, about 1 ms each.
// - Layouts shaped while measuring are kept and drawn as they are, never shaped twice.
// - One font map per PangoText: Pango objects are not thread-safe, so each render thread owns
//   its own PangoText (fontconfig's caches are shared).

public final class PangoText: TextMeasurer {
    /// The size every face is shaped at.
    static let referenceSize = 100.0

    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    private var layouts: [LayoutKey: (layout: OpaquePointer, size: TextSize)] = [:]
    private var descriptions: [Face: OpaquePointer] = [:]
    /// Bounds the cache: a chart's texts are measured while laying out and drawn afterwards
    /// from the same layouts, so one chart (even one with thousands of labels) keeps them all,
    /// and between charts the cache is cut back to what a long batch should hold.
    private static let maximumCachedLayouts = 32_768
    private static let layoutsKeptBetweenCharts = 4096

    /// Called before each chart: drops the cached layouts when earlier charts left many.
    func startChart() {
        guard layouts.count > PangoText.layoutsKeptBetweenCharts else { return }
        for entry in layouts.values { g_object_unref(UnsafeMutableRawPointer(entry.layout)) }
        layouts.removeAll(keepingCapacity: false)
    }

    /// A font without its size.
    private struct Face: Hashable {
        var family: String
        var weight: Int
        var italic: Bool
    }

    private struct LayoutKey: Hashable {
        var text: String
        var face: Face
        /// Wrap width at the reference size.
        var wrap: Double?
        var alignment: HorizontalAnchor
    }

    public init() {
        fontMap = pango_cairo_font_map_new()
        context = pango_font_map_create_context(fontMap)
        pango_cairo_context_set_resolution(context, 72)
        let options = cairo_font_options_create()
        PangoText.configure(options)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
    }

    deinit {
        for entry in layouts.values { g_object_unref(UnsafeMutableRawPointer(entry.layout)) }
        for d in descriptions.values { pango_font_description_free(d) }
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    static func configure(_ options: OpaquePointer?) {
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
    }

    private func description(for face: Face) -> OpaquePointer {
        if let d = descriptions[face] { return d }
        let d = pango_font_description_new()!
        pango_font_description_set_family(d, face.family)
        pango_font_description_set_absolute_size(d, PangoText.referenceSize * Double(PANGO_SCALE))
        pango_font_description_set_weight(d, PangoWeight(rawValue: UInt32(face.weight)))
        pango_font_description_set_style(d, face.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        descriptions[face] = d
        return d
    }

    /// The layout of `text` at the reference size (cached) and its size there.
    private func referenceLayout(_ text: String, font: Font, wrapWidth: Double?, alignment: HorizontalAnchor) -> (layout: OpaquePointer, size: TextSize) {
        let k = PangoText.referenceSize / font.size
        let face = Face(family: font.family, weight: font.weight, italic: font.italic)
        // Alignment only matters for wrapped text.
        let key = LayoutKey(text: text, face: face, wrap: wrapWidth.map { $0 * k }, alignment: wrapWidth == nil ? .start : alignment)
        if let entry = layouts[key] { return entry }
        if layouts.count >= PangoText.maximumCachedLayouts {
            for entry in layouts.values { g_object_unref(UnsafeMutableRawPointer(entry.layout)) }
            layouts.removeAll(keepingCapacity: true)
        }
        let layout = pango_layout_new(context)!
        pango_layout_set_font_description(layout, description(for: face))
        if let w = key.wrap {
            // Rounded up: a wrap width taken from a measured width must not wrap that text.
            pango_layout_set_width(layout, Int32((max(1, w) * Double(PANGO_SCALE)).rounded(.up)) + 1)
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        switch key.alignment {
        case .start: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .middle: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .end: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        text.withCString { pango_layout_set_text(layout, $0, -1) }

        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let unit = Double(PANGO_SCALE)
        let size = TextSize(width: Double(logical.width) / unit,
                            height: Double(logical.height) / unit,
                            baseline: Double(pango_layout_get_baseline(layout)) / unit,
                            lineCount: Int(pango_layout_get_line_count(layout)),
                            offsetX: Double(logical.x) / unit)
        layouts[key] = (layout, size)
        return (layout, size)
    }

    public func measure(_ text: String, font: Font, wrapWidth: Double?) -> TextSize {
        let s = referenceLayout(text, font: font, wrapWidth: wrapWidth, alignment: .start).size
        let f = font.size / PangoText.referenceSize
        return TextSize(width: s.width * f, height: s.height * f, baseline: s.baseline * f, lineCount: s.lineCount, offsetX: s.offsetX * f)
    }

    /// Draws `run` on `cr` (already transformed to chart units).
    func draw(_ run: TextRun, on cr: OpaquePointer) {
        let (layout, size) = referenceLayout(run.text, font: run.font, wrapWidth: run.wrapWidth, alignment: run.alignment)
        let f = run.font.size / PangoText.referenceSize
        cairo_save(cr)
        cairo_translate(cr, run.position.x, run.position.y)
        if run.angle != 0 { cairo_rotate(cr, run.angle * .pi / 180) }
        cairo_scale(cr, f, f)
        // Offsets in reference units, from the anchor to the layout's top-left corner.
        var dx: Double = run.hAnchor == .start ? 0 : (run.hAnchor == .middle ? -size.width / 2 : -size.width)
        dx -= size.offsetX
        let dy: Double
        switch run.vAnchor {
        case .top: dy = 0
        case .middle: dy = -size.height / 2
        case .baseline: dy = -size.baseline
        case .bottom: dy = -size.height
        }
        cairo_move_to(cr, dx, dy)
        // The layout was shaped in the measuring context (identity matrix) and is drawn as it is:
        // Cairo scales and rotates the glyphs with the current transformation, and unhinted
        // metrics keep positions exact. Re-shaping per surface (pango_cairo_update_layout) gives
        // the same pixels at twice the cost.
        if let halo = run.halo {
            // A plain box in the background colour behind the glyphs (trimmed to the digits'
            // height) hides a gridline or rule passing behind; stroking glyph outlines would
            // look the same but writes every outline again into SVG and PDF.
            cairo_rectangle(cr, dx + size.offsetX - 1 / f, dy + size.height * 0.12, size.width + 2 / f, size.height * 0.76)
            cairo_set_source_rgba(cr, halo.r, halo.g, halo.b, halo.a)
            cairo_fill(cr)
            cairo_move_to(cr, dx, dy)
        }
        cairo_set_source_rgba(cr, run.color.r, run.color.g, run.color.b, run.color.a)
        pango_cairo_show_layout(cr, layout)
        cairo_restore(cr)
    }
}
