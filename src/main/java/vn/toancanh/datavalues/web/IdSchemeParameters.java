package vn.toancanh.datavalues.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.toancanh.datavalues.ImportOptions.IdScheme;
import vn.toancanh.shared.FieldProblem;

/**
 * DHIS2's id scheme parameters as its aggregate data exchange sends them ({@code idScheme} and, per object type,
 * {@code dataElementIdScheme}, {@code orgUnitIdScheme}, {@code categoryOptionComboIdScheme},
 * {@code attributeOptionComboIdScheme}; {@code code} or {@code CODE}). We match every identifier of a batch one way,
 * so they must agree; a type's own scheme overrides {@code idScheme}, and {@code attributeOptionComboIdScheme} is only
 * checked (we keep the default attribute combo). ATTRIBUTE and NAME schemes cannot be honoured and are refused.
 */
record IdSchemeParameters(
        @Nullable String idScheme,
        @Nullable String dataElementIdScheme,
        @Nullable String orgUnitIdScheme,
        @Nullable String categoryOptionComboIdScheme,
        @Nullable String attributeOptionComboIdScheme) {

    IdScheme resolve(List<FieldProblem> problems) {
        IdScheme general = scheme("idScheme", idScheme, problems);
        scheme("attributeOptionComboIdScheme", attributeOptionComboIdScheme, problems);
        Map<String, IdScheme> effective = new LinkedHashMap<>();
        put(effective, "dataElementIdScheme", scheme("dataElementIdScheme", dataElementIdScheme, problems), general);
        put(effective, "orgUnitIdScheme", scheme("orgUnitIdScheme", orgUnitIdScheme, problems), general);
        put(
                effective,
                "categoryOptionComboIdScheme",
                scheme("categoryOptionComboIdScheme", categoryOptionComboIdScheme, problems),
                general);
        IdScheme first = effective.values().stream().findFirst().orElse(null);
        effective.entrySet().stream()
                .filter(e -> e.getValue() != first)
                .findFirst()
                .ifPresent(odd -> problems.add(new FieldProblem(
                        odd.getKey(),
                        "Mọi mã trong một lần nhập được đối chiếu theo cùng một cách, nhưng " + odd.getKey()
                                + " khác " + effective.keySet().iterator().next()
                                + ": dùng cùng một giá trị (CODE hoặc UID) cho idScheme và các *IdScheme")));
        // every scheme falls back on idScheme, so none given at all means none sent: our codes
        return first == null ? IdScheme.CODE : first;
    }

    private static void put(
            Map<String, IdScheme> effective, String name, @Nullable IdScheme own, @Nullable IdScheme general) {
        IdScheme scheme = own != null ? own : general;
        if (scheme != null) {
            effective.put(name, scheme);
        }
    }

    private static @Nullable IdScheme scheme(String name, @Nullable String sent, List<FieldProblem> problems) {
        if (sent == null || sent.isBlank()) {
            return null;
        }
        String s = sent.strip().toUpperCase(Locale.ROOT);
        switch (s) {
            case "CODE":
                return IdScheme.CODE;
            case "ID", "UID":
                return IdScheme.ID;
            default:
                problems.add(new FieldProblem(
                        name,
                        "Không đối chiếu được theo \"" + sent + "\": chỉ dùng CODE (mã, khuyên dùng khi nhận từ"
                                + " DHIS2) hoặc UID/ID"));
                return null;
        }
    }
}
