package vn.toancanh.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.ImportConflict;

/**
 * A DHIS2 data value set as read from its answer: our import rows, and the rows we reject before the importer sees
 * them (an attribute option combo other than the default, which has no place here). Top-level {@code period},
 * {@code orgUnit} and {@code attributeOptionCombo} fill in what rows leave out, as in DHIS2; rows marked
 * {@code deleted} are not values and are skipped; unknown fields ({@code storedBy}, {@code lastUpdated}, …) are read
 * past.
 */
record Dhis2ValueSet(List<DataValueInput> rows, List<ImportConflict> conflicts) {

    /** DHIS2's default category option combo, by UID and by code. */
    private static final String DEFAULT_UID = "HllvX50cXC0";

    static Dhis2ValueSet parse(JsonMapper json, byte[] body) {
        try (JsonParser p = json.createParser(body)) {
            return new Reader(p).read();
        } catch (JacksonException | IllegalStateException e) {
            throw Dhis2RemoteException.gateway(
                    "baseUrl", "DHIS2 trả về dữ liệu không đọc được (không đúng dạng dataValueSets JSON)");
        }
    }

    static boolean isDefault(@Nullable String combo) {
        return combo == null
                || combo.isBlank()
                || combo.equals(DEFAULT_UID)
                || combo.strip().toLowerCase(Locale.ROOT).equals("default");
    }

    private static final class Reader {

        private final JsonParser p;
        private final List<Raw> raws = new ArrayList<>();
        private @Nullable String period;
        private @Nullable String orgUnit;
        private @Nullable String attributeOptionCombo;

        Reader(JsonParser p) {
            this.p = p;
        }

        Dhis2ValueSet read() {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("not an object");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "dataValues" -> values();
                    case "period" -> period = scalar();
                    case "orgUnit" -> orgUnit = scalar();
                    case "attributeOptionCombo" -> attributeOptionCombo = scalar();
                    default -> p.skipChildren();
                }
            }
            List<DataValueInput> rows = new ArrayList<>(raws.size());
            List<ImportConflict> conflicts = new ArrayList<>();
            for (Raw r : raws) {
                if (r.deleted) {
                    continue;
                }
                String aoc = r.attributeOptionCombo != null ? r.attributeOptionCombo : attributeOptionCombo;
                if (!isDefault(aoc)) {
                    conflicts.add(new ImportConflict(
                            rows.size() + 1,
                            aoc,
                            "attributeOptionCombo",
                            "Toàn Cảnh chỉ nhận phân tổ thuộc tính mặc định (default); giá trị này có phân tổ " + aoc));
                }
                rows.add(new DataValueInput(
                        r.dataElement,
                        r.period != null ? r.period : period,
                        r.orgUnit != null ? r.orgUnit : orgUnit,
                        isDefault(r.categoryOptionCombo) ? null : r.categoryOptionCombo,
                        r.value,
                        r.comment));
            }
            return new Dhis2ValueSet(rows, conflicts);
        }

        private void values() {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("dataValues is not an array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Raw r = new Raw();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "dataElement" -> r.dataElement = scalar();
                        case "period" -> r.period = scalar();
                        case "orgUnit" -> r.orgUnit = scalar();
                        case "categoryOptionCombo" -> r.categoryOptionCombo = scalar();
                        case "attributeOptionCombo" -> r.attributeOptionCombo = scalar();
                        case "value" -> r.value = scalar();
                        case "comment" -> r.comment = scalar();
                        case "deleted" -> r.deleted = "true".equals(scalar());
                        default -> p.skipChildren();
                    }
                }
                raws.add(r);
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw new IllegalStateException("dataValues holds something other than objects");
            }
        }

        private @Nullable String scalar() {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (!t.isScalarValue()) {
                throw new IllegalStateException("not a scalar");
            }
            return p.getString();
        }
    }

    private static final class Raw {
        @Nullable
        String dataElement;

        @Nullable
        String period;

        @Nullable
        String orgUnit;

        @Nullable
        String categoryOptionCombo;

        @Nullable
        String attributeOptionCombo;

        @Nullable
        String value;

        @Nullable
        String comment;

        boolean deleted;
    }
}
