package vn.toancanh.datavalues.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;

/**
 * The DHIS2 import query parameters, checked with Vietnamese messages rather than a bare type-mismatch. Parameters we
 * do not use ({@code skipAudit}, {@code dataSetIdScheme}, …) are ignored, as a DHIS2 target would.
 */
record ImportParameters(
        @Nullable String idScheme,
        @Nullable String dataElementIdScheme,
        @Nullable String orgUnitIdScheme,
        @Nullable String categoryOptionComboIdScheme,
        @Nullable String attributeOptionComboIdScheme,
        @Nullable String dryRun,
        @Nullable String importStrategy,
        @Nullable String atomicMode,
        @Nullable String async) {

    ImportOptions toOptions(ChangeSource source) {
        List<FieldProblem> problems = new ArrayList<>();
        ImportOptions.IdScheme scheme = new IdSchemeParameters(
                        idScheme,
                        dataElementIdScheme,
                        orgUnitIdScheme,
                        categoryOptionComboIdScheme,
                        attributeOptionComboIdScheme)
                .resolve(problems);
        ImportOptions.ImportStrategy strategy = choice(
                importStrategy, ImportOptions.ImportStrategy.class, "importStrategy", "CREATE_AND_UPDATE", problems);
        ImportOptions.AtomicMode atomic =
                choice(atomicMode, ImportOptions.AtomicMode.class, "atomicMode", "ALL", problems);
        boolean dry = flag(dryRun, "dryRun", problems);
        flag(async, "async", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ImportOptions(scheme, dry, strategy, atomic, source);
    }

    boolean isAsync() {
        return "true".equalsIgnoreCase(async);
    }

    private static <E extends Enum<E>> E choice(
            @Nullable String sent, Class<E> type, String name, String fallback, List<FieldProblem> problems) {
        String s = sent == null || sent.isBlank() ? fallback : sent.strip().toUpperCase(Locale.ROOT);
        // DHIS2 names: UID is its id scheme; NEW_AND_UPDATES is the old name of CREATE_AND_UPDATE.
        s = switch (s) {
            case "UID" -> "ID";
            case "NEW_AND_UPDATES" -> "CREATE_AND_UPDATE";
            default -> s;
        };
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .toList();
            problems.add(new FieldProblem(
                    name, "Giá trị \"" + sent + "\" không hợp lệ; dùng " + String.join(" hoặc ", allowed)));
            return type.getEnumConstants()[0];
        }
    }

    private static boolean flag(@Nullable String sent, String name, List<FieldProblem> problems) {
        if (sent == null || sent.isBlank() || sent.equalsIgnoreCase("false")) {
            return false;
        }
        if (sent.equalsIgnoreCase("true")) {
            return true;
        }
        problems.add(new FieldProblem(name, "Giá trị \"" + sent + "\" không hợp lệ; dùng true hoặc false"));
        return false;
    }
}
