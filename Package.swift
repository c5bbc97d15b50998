// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "SitegenText"),
        .target(name: "SitegenMarkdown", dependencies: ["CCmarkGFM", "SitegenText"]),
        .target(
            name: "SitegenCore",
            dependencies: [
                "SitegenText",
                "SitegenMarkdown",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "SitegenServer",
            dependencies: [
                "SitegenCore",
                "SitegenText",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "SitegenCLI",
            dependencies: [
                "SitegenCore",
                "SitegenServer",
                "SitegenText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "sitegen", dependencies: ["SitegenCLI"]),
        // libFuzzer target for `make fuzz`; built plainly, it replays inputs.
        .executableTarget(name: "sitegen-fuzz", dependencies: ["SitegenCore"]),
        .testTarget(name: "SitegenTextTests", dependencies: ["SitegenText"]),
        .testTarget(name: "SitegenMarkdownTests", dependencies: ["SitegenMarkdown"]),
        .testTarget(
            name: "SitegenCoreTests",
            dependencies: ["SitegenCore", "SitegenText"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "SitegenServerTests", dependencies: ["SitegenServer", "SitegenCore"]),
        .testTarget(
            name: "SitegenCLITests", dependencies: ["SitegenCLI", "SitegenCore", "SitegenText"], exclude: ["Fixtures"]),
    ]
)
