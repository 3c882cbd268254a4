package vn.toancanh.datavalues.internal.io;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.shared.InvalidInputException;

/**
 * Streams DHIS2's dataValues object without building a tree, so a large upload costs only its rows.
 * Top-level {@code period}, {@code orgUnit} (and {@code dataSet}, accepted and not needed) fill in what rows leave
 * out; unknown fields are skipped as DHIS2 does, and a row marked {@code "deleted": true} deletes its value. Values
 * are kept for DHIS2's default attribute option combo only: a row for another one (a funding source, say) is refused
 * rather than added to the total.
 */
final class JsonValueSetParser {

    /** DHIS2's default attribute option combo, by UID and by code. */
    private static final java.util.Set<String> DEFAULT_ATTRIBUTE_COMBOS = java.util.Set.of("HllvX50cXC0", "default");

    private final JsonMapper json;
    private final int maxRows;
    private final StringPool pool = new StringPool();
    private final List<DataValueInput> rows = new ArrayList<>();
    private @Nullable String defaultPeriod;
    private @Nullable String defaultOrgUnit;

    JsonValueSetParser(JsonMapper json, int maxRows) {
        this.json = json;
        this.maxRows = maxRows;
    }

    List<DataValueInput> parse(InputStream body) {
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(p.currentLocation(), "cần một đối tượng JSON {\"dataValues\": [...]}");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "dataValues" -> values(p);
                    case "period" -> defaultPeriod = scalar(p, name);
                    case "orgUnit" -> defaultOrgUnit = scalar(p, name);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw malformed(p.currentLocation(), "còn dữ liệu sau đối tượng JSON");
            }
        } catch (JacksonException e) {
            throw malformed(e.getLocation(), describe(e));
        }
        return withDefaults();
    }

    private void values(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw malformed(p.currentLocation(), "\"dataValues\" phải là một mảng");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw malformed(
                        p.currentLocation(),
                        "phần tử thứ " + (rows.size() + 1) + " của \"dataValues\"" + " phải là một đối tượng");
            }
            if (rows.size() >= maxRows) {
                throw new PayloadTooLargeException("Quá nhiều giá trị: tối đa " + maxRows + " giá trị mỗi lần nhập");
            }
            rows.add(value(p));
        }
    }

    private DataValueInput value(JsonParser p) {
        String de = null, pe = null, ou = null, co = null, aoc = null, value = null, comment = null;
        boolean deleted = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "dataElement" -> de = pool.share(scalar(p, name));
                case "period" -> pe = pool.share(scalar(p, name));
                case "orgUnit" -> ou = pool.share(scalar(p, name));
                case "categoryOptionCombo" -> co = pool.share(scalar(p, name));
                case "attributeOptionCombo" -> aoc = scalar(p, name);
                case "value" -> value = scalar(p, name);
                case "comment" -> comment = scalar(p, name);
                case "deleted" -> deleted = "true".equals(scalar(p, name));
                default -> p.skipChildren();
            }
        }
        if (aoc != null && !aoc.isBlank() && !DEFAULT_ATTRIBUTE_COMBOS.contains(aoc.strip())) {
            throw InvalidInputException.of(
                    "dataValues[" + rows.size() + "].attributeOptionCombo",
                    "Giá trị thứ " + (rows.size() + 1) + " thuộc phương án thuộc tính " + aoc.strip()
                            + ": hệ thống chỉ nhận phương án mặc định (default), không cộng số liệu khác vào tổng");
        }
        // DHIS2 marks a removed value with "deleted": true (its data exchange resets a target so); blank deletes here.
        return deleted
                ? new DataValueInput(de, pe, ou, co, null, null)
                : new DataValueInput(de, pe, ou, co, value, comment);
    }

    /** Strings, numbers and booleans are taken as their text (DHIS2 clients send numbers both quoted and bare). */
    private @Nullable String scalar(JsonParser p, String name) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t.isScalarValue()) {
            return p.getString();
        }
        throw malformed(
                p.currentLocation(),
                "trường \"" + name + "\" của giá trị thứ " + (rows.size() + 1) + " phải là chuỗi hoặc số");
    }

    private List<DataValueInput> withDefaults() {
        if (defaultPeriod == null && defaultOrgUnit == null) {
            return rows;
        }
        return rows.stream()
                .map(r -> new DataValueInput(
                        r.dataElement(),
                        r.period() == null ? defaultPeriod : r.period(),
                        r.orgUnit() == null ? defaultOrgUnit : r.orgUnit(),
                        r.categoryOptionCombo(),
                        r.value(),
                        r.comment()))
                .toList();
    }

    private static String describe(JacksonException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (original.contains("UTF-8") || original.contains("UTF8")) {
            return "dữ liệu không phải UTF-8 hợp lệ";
        }
        if (original.contains("end-of-input")) {
            return "dữ liệu bị cắt cụt (thiếu dấu đóng)";
        }
        int newline = original.indexOf('\n');
        return "cú pháp sai (" + (newline < 0 ? original : original.substring(0, newline)) + ")";
    }

    private static InvalidInputException malformed(@Nullable TokenStreamLocation at, String what) {
        String where =
                at == null || at.getLineNr() < 0 ? "" : " ở dòng " + at.getLineNr() + ", cột " + at.getColumnNr();
        return InvalidInputException.of("body", "JSON không hợp lệ" + where + ": " + what);
    }
}
