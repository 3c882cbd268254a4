package vn.toancanh.datavalues.internal.excel;

/**
 * Where things sit in an entry template. The two code rows and the unit code column are hidden but are what an upload
 * reads: labels may be edited or translated, codes map each cell back to its item, option combo and unit.
 */
final class ExcelLayout {

    static final String SHEET = "Nhập liệu";
    static final int TITLE_ROW = 0;
    static final int LABEL_ROW = 1;
    static final int COMBO_ROW = 2;
    /** Column A: {@link #ITEM_MARKER}; column B: the period id; then item codes. */
    static final int ITEM_CODE_ROW = 3;
    /** Column A: {@link #COMBO_MARKER}; column B: the group code; then option combo codes. */
    static final int COMBO_CODE_ROW = 4;

    static final int FIRST_DATA_ROW = 5;
    static final int UNIT_CODE_COLUMN = 0;
    static final int UNIT_NAME_COLUMN = 1;
    static final int FIRST_VALUE_COLUMN = 2;
    static final String ITEM_MARKER = "#ITEM";
    static final String COMBO_MARKER = "#COC";
    /** How far down an upload looks for the code rows, in case someone inserted a row or two above them. */
    static final int MARKER_SEARCH_ROWS = 20;

    private ExcelLayout() {}
}
