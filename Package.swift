// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ccnt-chart",
    products: [
        .library(name: "ChartKit", targets: ["ChartKit"]),
        .executable(name: "ccnt-chart", targets: ["ccnt-chart"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // SHA-256 of outputs for batch manifests.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        // Excel workbooks: the zip container and the XML parts inside it.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/drmohundro/SWXMLHash", from: "8.1.1"),
    ],
    targets: [
        // Cairo + Pango (text shaping and drawing), found through pkg-config.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // libpng, used directly: cairo's own PNG writer is several times slower. A C target
        // because libpng reports errors by longjmp, which must not cross Swift frames.
        .target(
            name: "CPNGWriter",
            linkerSettings: [.linkedLibrary("png16"), .linkedLibrary("z"), .linkedLibrary("pthread")]
        ),
        .target(
            name: "ChartKit",
            dependencies: ["CCairo", "CPNGWriter",
                           .product(name: "Crypto", package: "swift-crypto"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                           .product(name: "SWXMLHash", package: "SWXMLHash")],
            resources: [.copy("Resources/styles"), .copy("Resources/maps")]
        ),
        .executableTarget(
            name: "ccnt-chart",
            dependencies: ["ChartKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // A runnable example of embedding the library (README, "Library").
        .executableTarget(name: "embed-example", dependencies: ["ChartKit"]),
        .testTarget(name: "ChartKitTests", dependencies: ["ChartKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Golden", "Transform/Twins", "Gallery/specs", "Gallery/gallery.json", "Gallery/STATUS.md", "Gallery/COMPARISON.md"]),
        .testTarget(name: "CLITests", dependencies: ["ChartKit"], exclude: ["BadInput", "Altair/altair-charts.py"]),
    ]
)
