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
    /**
     * The values of its items that lie far outside their usual range (analytics' outliers), in the widget's units and
     * their communes, as a list of warnings, strongest first.
     */
    WARNINGS,
    /** A card for a figure whose module (tasks, documents, feedback, warnings) does not exist yet; not composable. */
    PLACEHOLDER;

    /** The types a user may choose for a widget. */
    public boolean composable() {
        return this != PLACEHOLDER;
    }
}
