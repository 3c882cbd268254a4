package vn.toancanh.catalog.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import vn.toancanh.catalog.DataItemDetailView;
import vn.toancanh.shared.VietnameseText;

/**
 * The columns of a catalog file. CSV headers use the keys (for scripts), Excel headers the Vietnamese labels
 * (for people); an import accepts either. {@code field} is the {@code DataItemInput} property a problem names.
 */
enum CatalogColumn {
    CODE("code", "Mã chỉ tiêu", "code", 18, d -> d.item().code()),
    NAME("name", "Tên chỉ tiêu", "name", 60, d -> d.item().name()),
    NAME_EN("name_en", "Tên tiếng Anh", "nameEn", 40, d -> d.item().nameEn()),
    SHORT_NAME("short_name", "Tên viết tắt", "shortName", 16, DataItemDetailView::shortName),
    GROUP("group", "Mã nhóm", "groupCode", 14, d -> d.item().groupCode()),
    UNIT_OF_MEASURE(
            "unit_of_measure", "Đơn vị tính", "unitOfMeasure", 14, d -> d.item().unitOfMeasure()),
    VALUE_TYPE(
            "value_type",
            "Kiểu giá trị",
            "valueType",
            14,
            d -> d.item().valueType().name()),
    AGGREGATION_TYPE(
            "aggregation_type",
            "Tổng hợp theo đơn vị",
            "aggregationType",
            14,
            d -> d.item().aggregationType().name()),
    TIME_AGGREGATION_TYPE(
            "time_aggregation_type",
            "Tổng hợp theo thời gian",
            "timeAggregationType",
            14,
            d -> d.item().timeAggregationType().name()),
    PERIOD_TYPE(
            "period_type",
            "Kỳ báo cáo",
            "periodType",
            12,
            d -> d.item().periodType().name()),
    CATEGORY_COMBO("category_combo", "Phân tổ", "categoryComboCode", 12, DataItemDetailView::categoryComboCode),
    OWNER_UNIT("owner_unit", "Đơn vị chủ trì", "ownerUnitCode", 14, DataItemDetailView::ownerUnitCode),
    REPORTING_UNITS(
            "reporting_units",
            "Đơn vị báo cáo",
            "reportingUnitCodes",
            24,
            d -> String.join(";", d.reportingUnitCodes())),
    SHARING("sharing", "Mức chia sẻ", "sharing", 12, d -> d.item().sharing().name()),
    MIN_VALUE(
            "min_value",
            "Giá trị tối thiểu",
            "minValue",
            12,
            d -> plain(d.item().minValue())),
    MAX_VALUE("max_value", "Giá trị tối đa", "maxValue", 12, d -> plain(d.item().maxValue())),
    ACTIVE("active", "Đang sử dụng", "active", 10, d -> String.valueOf(d.item().active())),
    SOURCE("source", "Nguồn số liệu", "source", 24, DataItemDetailView::source),
    LEGAL_BASIS("legal_basis", "Căn cứ pháp lý", "legalBasis", 30, DataItemDetailView::legalBasis),
    OFFICIAL_CODE("official_code", "Mã chỉ tiêu chính thức", "officialCode", 14, DataItemDetailView::officialCode),
    DESCRIPTION("description", "Mô tả", "description", 40, DataItemDetailView::description);

    private final String key;
    private final String label;
    private final String field;
    private final int width;
    private final Function<DataItemDetailView, String> value;

    CatalogColumn(String key, String label, String field, int width, Function<DataItemDetailView, String> value) {
        this.key = key;
        this.label = label;
        this.field = field;
        this.width = width;
        this.value = value;
    }

    String key() {
        return key;
    }

    String label() {
        return label;
    }

    int width() {
        return width;
    }

    /** The cell text for an item; empty for no value. */
    String value(DataItemDetailView item) {
        String v = value.apply(item);
        return v == null ? "" : v;
    }

    /** The column a header names, by key or (diacritic-insensitively) by Vietnamese label. */
    static Optional<CatalogColumn> byHeader(String header) {
        String folded = VietnameseText.fold(header.replace("\uFEFF", ""));
        return Arrays.stream(values())
                .filter(c ->
                        c.key.equals(folded) || VietnameseText.fold(c.label).equals(folded))
                .findFirst();
    }

    /** The column whose input field a problem names; the code column when none matches. */
    static CatalogColumn byField(String field) {
        return Arrays.stream(values())
                .filter(c -> c.field.equals(field))
                .findFirst()
                .orElse(CODE);
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
