import Foundation

// Text layered over a heatmap on the heatmap's own cells (Vega-Lite's layer_text_heatmap): a
// text layer with the rect layer's x and y fields writes each row's words at the centre of its
// cell, in the mark's font and colour, or the colour of the value condition the row meets.
// Other channels that would change the words' look are refused by name, not dropped.

enum CellText {
    /// The text layer sits on the rect layer's bands: the same x and y columns.
    static func applies(_ text: ResolvedLayer, over rect: ResolvedLayer) -> Bool {
        text.mark.type == .text && text.x != nil && text.y != nil
            && text.x?.column == rect.x?.column && text.y?.column == rect.y?.column
    }

    /// What a text layer over cells cannot draw yet, named; true when nothing is refused.
    static func check(_ text: ResolvedLayer, log: DiagnosticLog) -> Bool {
        var ok = true
        if text.text == nil && text.mark.textValue == nil {
            log.error(text.mark.location, text.mark.path, "a text layer needs \"text\" in \"encoding\" (or a text on the mark)")
            ok = false
        }
        for f in [text.color, text.xOffset, text.yOffset].compactMap({ $0 }) {
            log.error(f.channel.location, f.channel.path, "is not drawn on text over a heatmap's cells yet (a constant colour or a condition is)")
            ok = false
        }
        return ok
    }

    /// Each row's words at the centre of its cell; rows whose cell is not on the axes are skipped.
    static func draw(_ layer: ResolvedLayer, model: RectModel, columns: BandScale, rows: BandScale, style: Style, into b: SceneBuilder) {
        guard let x = layer.x, let y = layer.y, let channels = MarkChannels(layer, log: DiagnosticLog()) else { return }
        let table = layer.table
        let words = layer.text.map { CartesianModel.textColumn($0, in: table) }
        var ts = layer.mark.textStyle(style.bar.label)
        if let size = layer.mark.size { ts.font.size = size }
        let alpha = layer.mark.opacity ?? 1
        let fixed = layer.mark.fixedTextColor ?? ts.color
        for (i, row) in table.rows.enumerated() {
            guard let xv = row[x.column].categoryText, let yv = row[y.column].categoryText,
                  let cx = columns.center(xv), let cy = rows.center(yv),
                  let text = words?[i] ?? layer.mark.textValue, !text.isEmpty else { continue }
            var rts = ts
            let c = channels.color(i) ?? fixed
            rts.color = c.withAlpha(c.a * alpha)
            let run = layer.mark.atRow(i, in: table).textRun(text, rts, at: Point(cx, cy), builder: b)
            b.add(.text(run, role: .textMark(series: nil)))
        }
    }
}
