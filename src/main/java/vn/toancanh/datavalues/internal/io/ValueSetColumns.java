package vn.toancanh.datavalues.internal.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.toancanh.shared.InvalidInputException;

/**
 * The columns of a tabular data value set (CSV or a sheet): DHIS2's names in any case, its short CSV names, and the
 * Vietnamese headers of our own Excel export, so an exported file can be edited and imported back.
 */
final class ValueSetColumns {

    static final List<String> ALL =
            List.of("dataElement", "period", "orgUnit", "categoryOptionCombo", "value", "comment");
    private static final List<String> REQUIRED = List.of("dataElement", "period", "orgUnit", "value");
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("dataelement", "dataElement"),
            Map.entry("de", "dataElement"),
            Map.entry("mã chỉ tiêu", "dataElement"),
            Map.entry("period", "period"),
            Map.entry("pe", "period"),
            Map.entry("kỳ", "period"),
            Map.entry("orgunit", "orgUnit"),
            Map.entry("ou", "orgUnit"),
            Map.entry("mã đơn vị", "orgUnit"),
            Map.entry("categoryoptioncombo", "categoryOptionCombo"),
            Map.entry("catoptcombo", "categoryOptionCombo"),
            Map.entry("co", "categoryOptionCombo"),
            Map.entry("mã phân tổ", "categoryOptionCombo"),
            Map.entry("value", "value"),
            Map.entry("giá trị", "value"),
            Map.entry("comment", "comment"),
            Map.entry("ghi chú", "comment"));

    private ValueSetColumns() {}

    /** For each of {@link #ALL}, the position of its column in the header, or -1. */
    static int[] index(List<String> header, String what) {
        int[] index = new int[ALL.size()];
        Arrays.fill(index, -1);
        for (int i = 0; i < header.size(); i++) {
            String canonical = NAMES.get(normalise(header.get(i)));
            if (canonical != null && index[ALL.indexOf(canonical)] < 0) {
                index[ALL.indexOf(canonical)] = i;
            }
        }
        List<String> missing =
                REQUIRED.stream().filter(c -> index[ALL.indexOf(c)] < 0).toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of(
                    "header",
                    what + " thiếu cột: " + String.join(", ", missing) + " (dòng tiêu đề cần có "
                            + String.join(",", ALL) + ")");
        }
        return index;
    }

    private static String normalise(@Nullable String name) {
        return name == null ? "" : name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
