// An x axis asked to stand on top (AxisOrient) is drawn there by the Cartesian compiler when it
// shows only its title: its domain, ticks and labels off, by the axis or by config.axis
// (rect_mosaic_labelled_with_offset). Anything more on top is refused by the orient's path.

enum AxisOrientCheck {
    static func check(_ chart: Chart, cartesian: Bool, log: DiagnosticLog) {
        var named = Set<String>()
        for layer in chart.layers {
            guard let x = layer.x, let top = x.channel.axis?.top, !named.contains(top.path) else { continue }
            let look = AxisLook(chart.style.axis, x.channel)
            guard !cartesian || look.drawsDomain || look.drawsTicks || x.channel.axis.showsLabels else { continue }
            named.insert(top.path)
            log.error(top.location, top.path, "\"top\" is drawn so far for an x axis showing only its title (domain, ticks and labels false), on charts with a shared x axis; moving a whole axis to the top is not supported yet")
        }
    }
}
