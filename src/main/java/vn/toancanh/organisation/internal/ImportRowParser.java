package vn.toancanh.organisation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.toancanh.organisation.UnitContact;
import vn.toancanh.organisation.UnitImportResult.RowProblem;
import vn.toancanh.organisation.UnitInput;
import vn.toancanh.organisation.UnitKind;

/** Turns one import row into a {@link UnitInput}, reporting cells that cannot be read (kind, dates, numbers). */
final class ImportRowParser {

    private static final DateTimeFormatter VI_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private ImportRowParser() {}

    static UnitInput parse(UnitFileReader.Line line, List<RowProblem> problems) {
        return new UnitInput(
                line.get("code"),
                line.get("name"),
                line.get("short_name"),
                line.get("name_en"),
                kind(line, problems),
                line.get("parent_code"),
                date(line, "valid_from", problems),
                date(line, "valid_to", problems),
                number(line, "latitude", problems),
                number(line, "longitude", problems),
                null,
                new UnitContact(line.get("address"), line.get("phone"), line.get("email"), line.get("website")),
                Arrays.stream(line.get("groups").split("[;,]"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList());
    }

    private static @Nullable UnitKind kind(UnitFileReader.Line line, List<RowProblem> problems) {
        String text = line.get("kind");
        if (text.isEmpty()) {
            return null;
        }
        Optional<UnitKind> kind = UnitKind.parse(text);
        if (kind.isEmpty()) {
            problems.add(new RowProblem(
                    line.number(),
                    "kind",
                    text,
                    "Loại đơn vị không hợp lệ; dùng một trong: "
                            + String.join(
                                    ", ",
                                    Arrays.stream(UnitKind.values())
                                            .map(Enum::name)
                                            .toList())
                            + " (hoặc xã, phường, thị trấn, huyện, …)"));
        }
        return kind.orElse(null);
    }

    /** dd/MM/yyyy as people write it, or ISO yyyy-MM-dd as programs and Excel cells give it. */
    static @Nullable LocalDate date(UnitFileReader.Line line, String column, List<RowProblem> problems) {
        String text = line.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, VI_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(
                    line.number(),
                    column,
                    text,
                    "Ngày không hợp lệ; dùng dạng dd/MM/yyyy (vd. 01/07/2025) hoặc yyyy-MM-dd"));
            return null;
        }
    }

    private static @Nullable Double number(UnitFileReader.Line line, String column, List<RowProblem> problems) {
        String text = line.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(text.contains(".") ? text : text.replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(line.number(), column, text, "Không phải là số (vd. 20,8605 hoặc 20.8605)"));
            return null;
        }
    }
}
