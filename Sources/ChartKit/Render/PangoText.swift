import CCairo

// Text through Pango, set up once and shared by measuring (layout stage) and drawing (render
// stage) so a label is drawn exactly as wide as the layout believed it to be.
//
// - Resolution 72 dpi: a font size of 11 means 11 user units (CSS px at 1×), in every format.
// - Hinting off and metrics unhinted: widths scale linearly, so a 2× PNG, an SVG and a PDF of
//   the same spec lay out identically.
// - One font map per PangoText: Pango objects are not thread-safe, so each render thread owns
//   its own PangoText (fonts themselves are shared by fontconfig's cache).

public final class PangoText: TextMeasurer {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    /// Layouts shaped while measuring, kept to be drawn without shaping again.
    private var layouts: [LayoutKey: (layout: OpaquePointer, size: TextSize)] = [:]
    private var descriptions: [Font: OpaquePointer] = [:]
    /// Bounds the cache for long batch runs; a chart uses a few hundred texts at most.
    private static let maximumCachedLayouts = 4096

    private struct LayoutKey: Hashable {
        var text: String
        var font: Font
        var wrap: Double?
        var alignment: HorizontalAnchor
    }

    nonisolated(unsafe) static var calls = 0
    nonisolated(unsafe) static var misses = 0
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

    func description(for font: Font) -> OpaquePointer {
        if let d = descriptions[font] { return d }
        let d = pango_font_description_new()!
        pango_font_description_set_family(d, font.family)
        pango_font_description_set_absolute_size(d, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(d, PangoWeight(rawValue: UInt32(font.weight)))
        pango_font_description_set_style(d, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        descriptions[font] = d
        return d
    }

    /// A layout for `run` in this context; the caller unrefs it.
    func makeLayout(_ text: String, font: Font, wrapWidth: Double?, alignment: HorizontalAnchor) -> OpaquePointer {
        let layout = pango_layout_new(context)!
        pango_layout_set_font_description(layout, description(for: font))
        if let w = wrapWidth {
            pango_layout_set_width(layout, Int32(max(1, w) * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        switch alignment {
        case .start: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .middle: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .end: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        text.withCString { pango_layout_set_text(layout, $0, -1) }
        return layout
    }

    static func size(of layout: OpaquePointer) -> TextSize {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        return TextSize(width: Double(logical.width) / scale,
                        height: Double(logical.height) / scale,
                        baseline: Double(pango_layout_get_baseline(layout)) / scale,
                        lineCount: Int(pango_layout_get_line_count(layout)),
                        offsetX: Double(logical.x) / scale)
    }

    /// The shaped layout for a text and its size, from the cache when it was made before.
    private func layout(_ text: String, font: Font, wrapWidth: Double?, alignment: HorizontalAnchor) -> (layout: OpaquePointer, size: TextSize) {
        // Alignment only matters for wrapped text.
        let key = LayoutKey(text: text, font: font, wrap: wrapWidth, alignment: wrapWidth == nil ? .start : alignment)
        if let entry = layouts[key] { return entry }
        if layouts.count >= PangoText.maximumCachedLayouts {
            for entry in layouts.values { g_object_unref(UnsafeMutableRawPointer(entry.layout)) }
            layouts.removeAll(keepingCapacity: true)
        }
        let made = makeLayout(text, font: font, wrapWidth: wrapWidth, alignment: key.alignment)
        let entry = (made, PangoText.size(of: made))
        layouts[key] = entry
        return entry
    }

    public func measure(_ text: String, font: Font, wrapWidth: Double?) -> TextSize {
        layout(text, font: font, wrapWidth: wrapWidth, alignment: .start).size
    }

    /// Draws `run` on `cr` (already transformed to chart units).
    func draw(_ run: TextRun, on cr: OpaquePointer) {
        let (layout, size) = self.layout(run.text, font: run.font, wrapWidth: run.wrapWidth, alignment: run.alignment)
        cairo_save(cr)
        cairo_translate(cr, run.position.x, run.position.y)
        if run.angle != 0 { cairo_rotate(cr, run.angle * .pi / 180) }
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
            pango_cairo_layout_path(cr, layout)
            cairo_set_source_rgba(cr, halo.r, halo.g, halo.b, halo.a)
            cairo_set_line_width(cr, max(2, run.font.size * 0.3))
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            cairo_set_dash(cr, nil, 0, 0)
            cairo_stroke(cr)
            cairo_move_to(cr, dx, dy)
        }
        cairo_set_source_rgba(cr, run.color.r, run.color.g, run.color.b, run.color.a)
        pango_cairo_show_layout(cr, layout)
        cairo_restore(cr)
    }
}
