package vn.toancanh.feedback;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A feedback category (an Open311 service) with the questions it asks. */
public record CategoryView(
        long id,
        String code,
        String name,
        @Nullable String description,
        @Nullable String group,
        @Nullable String keywords,
        int slaHours,
        @Nullable Long defaultUnitId,
        @Nullable String defaultUnitName,
        boolean active,
        List<AttributeView> attributes) {

    /** One extra question (Open311 attribute). */
    public record AttributeView(
            String code, String datatype, boolean required, String description, int order, List<ListValue> values) {

        public boolean isList() {
            return datatype.endsWith("valuelist");
        }
    }

    /** A choice of a list attribute. */
    public record ListValue(String key, String name) {}

    /** How long the category gives for an answer, in Vietnamese: "3 ngày", "12 giờ". */
    public String slaLabel() {
        return slaHours % 24 == 0 ? (slaHours / 24) + " ngày" : slaHours + " giờ";
    }
}
