import CCairo
import CPNGWriter
import Foundation

// The only stage that knows Cairo: draws a Scene onto an image, SVG or PDF surface and returns
// the file's bytes. Everything is produced in memory; writing files is the caller's (atomic) job.

public enum OutputFormat: String, Sendable, CaseIterable {
    case png, svg, pdf
    /// The data behind the chart (PlottedData), written from the chart rather than the scene.
    case csv
    /// A <figure> to paste into a page (HTMLSnippet), naming the SVG and the PNGs beside it.
    case html
    /// The PNG at twice the scale, `<name>@2x.png`: the HTML snippet's sharp screens.
    case png2x = "png@2x"

    /// The file a spec named `base` writes in this format.
    public func fileName(_ base: String) -> String {
        self == .png2x ? "\(base)@2x.png" : "\(base).\(rawValue)"
    }

    /// The formats as asked, with what an HTML snippet names added (SVG, PNG and PNG@2x).
    public static func withCompanions(_ formats: [OutputFormat]) -> [OutputFormat] {
        guard formats.contains(.html) else { return formats }
        return formats + [.svg, .png, .png2x].filter { !formats.contains($0) }
    }
}

public struct RenderOptions: Sendable {
    /// Pixels per chart unit for PNG (1×, 2×, …). Vector formats are resolution-free.
    public var scale: Double = 1
    /// Threads that may compress one PNG: 2 for a single chart; 1 when charts already render
    /// in parallel. The bytes written are the same either way.
    public var compressionThreads: Int = 2

    public init(scale: Double = 1, compressionThreads: Int = 2) {
        self.scale = scale
        self.compressionThreads = compressionThreads
    }

    /// Largest PNG side in pixels, and largest image: bound the memory one chart can ask for
    /// (4 bytes a pixel: 64 megapixels is 256 MiB), so no spec can exhaust the machine.
    public static let maximumPixels: Double = 20_000
    public static let maximumTotalPixels: Double = 64_000_000
}

public final class CairoRenderer {
    let text: PangoText

    /// Set while drawing a PNG at 2× or more (see the `.path` case of `draw`).
    private var fastRegionFills = false
    /// The strip, in chart units, that dense paths are reduced to (see PathDecimation): one
    /// device pixel for PNG; a quarter unit for SVG and PDF, finer than any print shows.
    private var decimationColumn = 0.25

    public init(text: PangoText) { self.text = text }

    public func render(_ scene: Scene, format: OutputFormat, options: RenderOptions = RenderOptions()) throws(ChartError) -> [UInt8] {
        switch format {
        case .png: return try renderPNG(scene, scale: options.scale, threads: options.compressionThreads)
        case .svg: return try renderVector(scene, format: .svg)
        case .pdf: return try renderVector(scene, format: .pdf)
        case .png2x: return try renderPNG(scene, scale: options.scale * 2, threads: options.compressionThreads)
        case .csv, .html: throw ChartError(file: scene.specFile ?? "chart", "\(format.rawValue) is written from the chart: render the chart (ChartEngine.render(_:formats:)), not its scene")
        }
    }

    // MARK: PNG

    func renderPNG(_ scene: Scene, scale: Double, threads: Int = 2) throws(ChartError) -> [UInt8] {
        let w = (scene.width * scale).rounded(), h = (scene.height * scale).rounded()
        guard w >= 1, h >= 1, w <= RenderOptions.maximumPixels, h <= RenderOptions.maximumPixels else {
            throw ChartError(file: scene.specFile ?? "chart", "a \(Int(w))×\(Int(h)) pixel image is larger than the limit of \(Int(RenderOptions.maximumPixels)) pixels a side; lower width, height or --scale")
        }
        guard w * h <= RenderOptions.maximumTotalPixels else {
            throw ChartError(file: scene.specFile ?? "chart", "a \(Int(w))×\(Int(h)) pixel image is \(Int(w * h / 1e6)) megapixels, over the limit of \(Int(RenderOptions.maximumTotalPixels / 1e6)); lower width, height or --scale")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw ChartError(file: "chart", "cannot allocate a \(Int(w))×\(Int(h)) image")
        }
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        cairo_scale(cr, scale, scale)
        fastRegionFills = scale >= 2
        decimationColumn = 1 / scale
        defer { fastRegionFills = false; decimationColumn = 0.25 }
        draw(scene, on: cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)

        let opaque = scene.background.a >= 1
        var out: UnsafeMutablePointer<UInt8>?
        var length = 0
        var error = [CChar](repeating: 0, count: 256)
        // pHYs: the chart's units are 1/72 inch, as in the PDF, so the PNG prints at the same size.
        let pixelsPerMeter = UInt32((72 * scale / 0.0254).rounded())
        let status = ccnt_png_encode(cairo_image_surface_get_data(surface), Int32(w), Int32(h),
                                     cairo_image_surface_get_stride(surface), opaque ? 1 : 0,
                                     pixelsPerMeter, 2, Int32(max(1, threads)), scene.title, scene.description,
                                     &out, &length, &error, error.count)
        guard status == 0, let out else {
            throw ChartError(file: "chart", "PNG encoding failed: \(String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))")
        }
        defer { ccnt_png_free(out) }
        return Array(UnsafeBufferPointer(start: out, count: length))
    }

    // MARK: SVG and PDF

    private final class ByteSink {
        var bytes: [UInt8] = []
    }

    func renderVector(_ scene: Scene, format: OutputFormat) throws(ChartError) -> [UInt8] {
        let sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let write: cairo_write_func_t = { closure, data, length in
            let sink = Unmanaged<ByteSink>.fromOpaque(closure!).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        let surface: OpaquePointer
        if format == .svg {
            surface = cairo_svg_surface_create_for_stream(write, closure, scene.width, scene.height)
            cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
            // Lengths in pt like the PDF, so both place on a page at the same size.
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
        } else {
            surface = cairo_pdf_surface_create_for_stream(write, closure, scene.width, scene.height)
            // Fixed dates keep the file byte-identical from run to run.
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "2000-01-01T00:00:00Z")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "ccnt-chart")
            if let title = scene.title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
            if let d = scene.description { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, d) }
        }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw ChartError(file: "chart", "cannot create the \(format.rawValue.uppercased()) surface")
        }
        let cr = cairo_create(surface)!
        // A PDF's drawing is one tagged Figure under the Document (PDFAccessibility gives it its
        // words). Cairo 1.16 refuses a paint inside tagged content, so the background goes first.
        if format == .pdf {
            paintBackground(scene, on: cr)
            cairo_tag_begin(cr, "Document", nil)
            cairo_tag_begin(cr, "Figure", nil)
            draw(scene, on: cr, background: false)
            cairo_tag_end(cr, "Figure")
            cairo_tag_end(cr, "Document")
        } else {
            draw(scene, on: cr)
        }
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw ChartError(file: "chart", "\(format.rawValue.uppercased()) output failed: \(String(cString: cairo_status_to_string(status)))")
        }
        if format == .pdf {
            let language = AltText.hasCJK((scene.title ?? "") + (scene.description ?? "")) ? "zh-CN" : "en"
            return PDFAccessibility.completed(sink.bytes, alt: scene.description, language: language)
        }
        return SVGAccessibility.labelled(Self.normalizeSVGIds(sink.bytes), title: scene.title, description: scene.description)
    }

    /// Cairo numbers SVG surfaces from a process-wide counter ("surface1", then "surface5" on the
    /// next chart), so the same chart would differ by render order; renumber from 1 per file.
    static func normalizeSVGIds(_ bytes: [UInt8]) -> [UInt8] {
        let marker = Array("surface".utf8)
        var mapping: [Int: [UInt8]] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buf in
            let n = buf.count
            var copied = 0
            var i = 0
            while i < n {
                // Jump to the next "s" with memchr; most of the file is glyph paths.
                guard let hit = memchr(buf.baseAddress! + i, Int32(marker[0]), n - i) else { break }
                i = buf.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                guard i + marker.count < n, memcmp(buf.baseAddress! + i, marker, marker.count) == 0 else { i += 1; continue }
                var j = i + marker.count
                var number = 0
                while j < n, (0x30...0x39).contains(buf[j]), number < 100_000_000 { number = number * 10 + Int(buf[j] - 0x30); j += 1 }
                guard j > i + marker.count else { i = j; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[copied..<(i + marker.count)]))
                let new = mapping[number] ?? Array(String(mapping.count + 1).utf8)
                mapping[number] = new
                out.append(contentsOf: new)
                copied = j
                i = j
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[copied..<n]))
        }
        return out
    }

    // MARK: Drawing

    func draw(_ scene: Scene, on cr: OpaquePointer, background: Bool = true) {
        let options = cairo_font_options_create()
        PangoText.configure(options)
        cairo_set_font_options(cr, options)
        cairo_font_options_destroy(options)
        if background { paintBackground(scene, on: cr) }
        for node in scene.nodes { draw(node, on: cr) }
    }

    private func paintBackground(_ scene: Scene, on cr: OpaquePointer) {
        guard scene.background.a > 0 else { return }
        setColor(cr, scene.background)
        cairo_paint(cr)
    }

    private func setColor(_ cr: OpaquePointer, _ c: Color) {
        if c.a >= 1 { cairo_set_source_rgb(cr, c.r, c.g, c.b) } else { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a) }
    }

    private func fillAndStroke(_ cr: OpaquePointer, fill: Color?, stroke: Stroke?, fastStroke: Bool = false) {
        if let fill, fill.a > 0 {
            setColor(cr, fill)
            if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke, stroke.width > 0, stroke.color.a > 0 {
            setColor(cr, stroke.color)
            cairo_set_line_width(cr, stroke.width)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            if stroke.dash.isEmpty { cairo_set_dash(cr, nil, 0, 0) } else { cairo_set_dash(cr, stroke.dash, Int32(stroke.dash.count), 0) }
            if fastStroke {
                cairo_set_antialias(cr, CAIRO_ANTIALIAS_FAST)
                cairo_stroke(cr)
                cairo_set_antialias(cr, CAIRO_ANTIALIAS_DEFAULT)
            } else {
                cairo_stroke(cr)
            }
        }
        cairo_new_path(cr)
    }

    private func addPath(_ cr: OpaquePointer, _ commands: [PathCommand]) {
        for c in commands {
            switch c {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .curve(let a, let b, let p): cairo_curve_to(cr, a.x, a.y, b.x, b.y, p.x, p.y)
            case .close: cairo_close_path(cr)
            }
        }
    }

    private func draw(_ node: SceneNode, on cr: OpaquePointer) {
        switch node {
        case .rect(let r, let fill, let stroke, _):
            cairo_rectangle(cr, r.x, r.y, r.width, r.height)
            fillAndStroke(cr, fill: fill, stroke: stroke)
        case .path(let commands, let fill, let stroke, let role):
            // Region outlines are simplified to page resolution when the map is built.
            let reduced = role.isRegion ? commands : PathDecimation.m4(commands, column: decimationColumn)
            addPath(cr, reduced)
            // A map's regions are outlines of thousands of points, and their borders hairlines:
            // cairo's coarser antialiasing (a 4×4 grid) draws the borders, and at 2× and above
            // the fills too, in half the time with no visible change.
            var fast = !role.isRegion && PathDecimation.isZigzag(reduced, column: decimationColumn)
            if case .region = role { fast = true }
            if fast && fastRegionFills {
                cairo_set_antialias(cr, CAIRO_ANTIALIAS_FAST)
                fillAndStroke(cr, fill: fill, stroke: stroke)
                cairo_set_antialias(cr, CAIRO_ANTIALIAS_DEFAULT)
            } else {
                fillAndStroke(cr, fill: fill, stroke: stroke, fastStroke: fast)
            }
        case .text(let run, _):
            text.draw(run, on: cr)
        case .circle(let c, let radius, let fill, let stroke, _):
            cairo_new_sub_path(cr)
            cairo_arc(cr, c.x, c.y, radius, 0, 2 * .pi)
            fillAndStroke(cr, fill: fill, stroke: stroke)
        case .group(let children, let clip):
            cairo_save(cr)
            if let clip {
                cairo_rectangle(cr, clip.x, clip.y, clip.width, clip.height)
                cairo_clip(cr)
            }
            for child in children { draw(child, on: cr) }
            cairo_restore(cr)
        case .gradientPath(let commands, let g, let stroke, _):
            addPath(cr, commands)
            let pattern = cairo_pattern_create_linear(g.start.x, g.start.y, g.end.x, g.end.y)
            for s in g.stops { cairo_pattern_add_color_stop_rgba(pattern, s.offset, s.color.r, s.color.g, s.color.b, s.color.a) }
            cairo_set_source(cr, pattern)
            if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
            cairo_pattern_destroy(pattern)
            fillAndStroke(cr, fill: nil, stroke: stroke)
        case .gradient(let r, let stops, _):
            let pattern = cairo_pattern_create_linear(r.minX, 0, r.maxX, 0)
            for s in stops { cairo_pattern_add_color_stop_rgba(pattern, s.offset, s.color.r, s.color.g, s.color.b, s.color.a) }
            cairo_rectangle(cr, r.x, r.y, r.width, r.height)
            cairo_set_source(cr, pattern)
            cairo_fill(cr)
            cairo_pattern_destroy(pattern)
        }
    }
}
