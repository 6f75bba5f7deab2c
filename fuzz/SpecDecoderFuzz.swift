// libFuzzer entry point for the spec decoder: any bytes must give a spec or diagnostics,
// never a crash, a hang or unbounded memory. Built and run by scripts/fuzz.sh (not in CI).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpecDecoder(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let spec = try SpecDecoder.decode(bytes: bytes, file: "fuzz.json", baseDirectory: "/nonexistent")
        // Decoded specs go on through the number formats they name.
        for layer in spec.layers {
            for channel in [layer.encoding.x, layer.encoding.y, layer.encoding.color].compactMap({ $0 }) {
                if let f = channel.format, let format = NumberFormat(f) {
                    _ = format.string(1234.5678)
                    _ = format.string(-0.001)
                }
            }
        }
    } catch {
        _ = error.description
    }
    return 0
}
