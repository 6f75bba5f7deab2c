// The library's version (CHANGELOG.md), printed by `ccnt-chart --version`; one place to change
// it at a release.

public enum ChartKitVersion {
    public static let string = "0.10.0"
}
