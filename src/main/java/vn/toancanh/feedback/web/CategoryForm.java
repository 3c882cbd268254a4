package vn.toancanh.feedback.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.toancanh.feedback.CategoryView;
import vn.toancanh.feedback.CategoryView.AttributeView;
import vn.toancanh.feedback.CategoryView.ListValue;

/**
 * The category form as posted. Numbers and the unit stay text, so a wrong one gets the service's message beside its
 * field rather than a binding error; question rows left empty are dropped, and the form always offers two more.
 */
record CategoryForm(
        @Nullable String code,
        @Nullable String name,
        @Nullable String description,
        @Nullable String group,
        @Nullable String keywords,
        @Nullable String slaHours,
        @Nullable String defaultUnitId,
        @Nullable Boolean active,
        @Nullable List<AttributeForm> attributes) {

    static final int EMPTY_ROWS = 2;

    /** One question row; the list's choices as one line, {@code 1=Nhỏ; 2=Vừa; 3=Lớn}. */
    record AttributeForm(
            @Nullable String code,
            @Nullable String datatype,
            @Nullable Boolean required,
            @Nullable String description,
            @Nullable String values) {

        static AttributeForm empty() {
            return new AttributeForm("", "string", false, "", "");
        }

        static AttributeForm of(AttributeView a) {
            return new AttributeForm(
                    a.code(),
                    a.datatype(),
                    a.required(),
                    a.description(),
                    a.values().stream().map(v -> v.key() + "=" + v.name()).collect(Collectors.joining("; ")));
        }

        /** Nothing typed where it counts (the type and the tick have defaults), so the row is not a question. */
        boolean isEmpty() {
            return blank(code) && blank(description) && blank(values);
        }

        AttributeView toView(int order) {
            return new AttributeView(
                    text(code), text(datatype), Boolean.TRUE.equals(required), text(description), order, choices());
        }

        /** Each {@code key=name} separated by ';' or a new line; an entry without '=' keeps an empty name for the check. */
        private List<ListValue> choices() {
            return Arrays.stream(text(values).split("[;\\n]"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(s -> {
                        int eq = s.indexOf('=');
                        return eq < 0
                                ? new ListValue(s, "")
                                : new ListValue(
                                        s.substring(0, eq).strip(),
                                        s.substring(eq + 1).strip());
                    })
                    .toList();
        }
    }

    static CategoryForm empty() {
        return new CategoryForm("", "", "", "", "", "72", "", true, withEmptyRows(List.of()));
    }

    static CategoryForm of(CategoryView c) {
        return new CategoryForm(
                c.code(),
                c.name(),
                c.description(),
                c.group(),
                c.keywords(),
                String.valueOf(c.slaHours()),
                c.defaultUnitId() == null ? "" : String.valueOf(c.defaultUnitId()),
                c.active(),
                withEmptyRows(c.attributes().stream().map(AttributeForm::of).toList()));
    }

    /** The questions typed, without the empty rows: their positions are those the service's messages name. */
    List<AttributeForm> filled() {
        return attributes == null
                ? List.of()
                : attributes.stream().filter(a -> a != null && !a.isEmpty()).toList();
    }

    /** The form as typed, shown again with the service's messages: the questions first, then two empty rows. */
    CategoryForm again(String shownCode) {
        return new CategoryForm(
                shownCode,
                name,
                description,
                group,
                keywords,
                slaHours,
                defaultUnitId,
                active,
                withEmptyRows(filled()));
    }

    CategoryView toView(long id, String categoryCode) {
        List<AttributeForm> rows = filled();
        List<AttributeView> questions = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            questions.add(rows.get(i).toView(i + 1));
        }
        return new CategoryView(
                id,
                categoryCode,
                text(name),
                text(description),
                text(group),
                text(keywords),
                hours(),
                unit(),
                null,
                Boolean.TRUE.equals(active),
                questions);
    }

    /** Hours as typed; anything that is not a whole number is 0, which the service refuses with its message. */
    private int hours() {
        try {
            return Integer.parseInt(text(slaHours));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The chosen unit's id, or none; a value that is no id becomes one no unit has, for the service to refuse. */
    private @Nullable Long unit() {
        if (blank(defaultUnitId)) {
            return null;
        }
        try {
            return Long.parseLong(text(defaultUnitId));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static List<AttributeForm> withEmptyRows(List<AttributeForm> rows) {
        return Stream.concat(
                        rows.stream(), Stream.generate(AttributeForm::empty).limit(EMPTY_ROWS))
                .toList();
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
