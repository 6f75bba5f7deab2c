// Every bound a spec meets, in one place (the README's "Limits and safety" lists them). Each
// is far above what a real chart needs and low enough that no input can make a stage run for
// minutes or fill the memory; going over one is an error naming the limit and the place.

public enum Limits {
    /// Characters in one string of a spec or style: a title, a note, a label, a field name.
    public static let stringLength = 1_000
    /// Paragraphs in `notes`.
    public static let notes = 20
    /// Characters in one data cell that a chart draws or matches (a category, a region name).
    public static let cellLength = 1_000
    /// Rows in one data table, after loading.
    public static let rows = 1_000_000
    /// Columns in one data table.
    public static let columns = 1_000
    /// Series (values of a colour field) in one layer.
    public static let series = 1_000
    /// Entries in `annotations`.
    public static let annotations = 20_000
    /// Features in a map (every one may carry a label).
    public static let mapFeatures = 50_000
    /// Errors printed for one spec; the rest are counted in a last line.
    public static let errorsPerSpec = 20
    /// Errors about one column (or one kind of row problem) before they are counted instead.
    public static let errorsPerColumn = 5
    /// Warnings printed for one chart.
    public static let warningsPerChart = 20
}
