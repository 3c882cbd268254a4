package vn.toancanh.dashboard;

/** How a widget draws its analytics answer. */
public enum ChartType {
    LINE,
    COLUMN,
    STACKED,
    PIE,
    GAUGE,
    SINGLE,
    TABLE,
    MAP,
    /** A card for a figure whose module (tasks, documents, feedback, warnings) does not exist yet; not composable. */
    PLACEHOLDER;

    /** The types a user may choose for a widget. */
    public boolean composable() {
        return this != PLACEHOLDER;
    }
}
