/// Vega-Lite's `mark.invalid`: how marks and scales treat null and NaN on continuous scales
/// (site/docs/invalid-data.md; `null` is "show").
public enum InvalidDataMode: String, CaseIterable, Sendable {
    case filter
    case breakPathsFilterDomains = "break-paths-filter-domains"
    case breakPathsShowDomains = "break-paths-show-domains"
    case breakPathsShowPathDomains = "break-paths-show-path-domains"
    case show

    /// Vega-Lite's normalizeInvalidDataMode: the default splits into "break-paths-show-domains"
    /// for lines and areas and "filter" for the other marks.
    func normalized(isPath: Bool) -> InvalidDataMode {
        self == .breakPathsShowPathDomains ? (isPath ? .breakPathsShowDomains : .filter) : self
    }
}
