package vn.toancanh.exchange.internal;

import java.util.List;

/** The groups of pull endpoints a key may open, by path prefix under the context path. */
public enum EndpointFamily {
    DATA_VALUES("Giá trị số liệu (/api/dataValueSets, /api/dataValues)", "/api/dataValueSets", "/api/dataValues"),
    ANALYTICS("Phân tích, tổng hợp (/api/analytics)", "/api/analytics"),
    REPORTS(
            "Báo cáo định kỳ (/api/reports, /api/reportForms, /api/validation)",
            "/api/reports",
            "/api/reportForms",
            "/api/validation"),
    CATALOG(
            "Danh mục dữ liệu (/api/dataItems, /api/dataGroups, /api/indicators, /api/domains)",
            "/api/dataItems",
            "/api/dataGroups",
            "/api/indicators",
            "/api/domains",
            "/api/categoryCombos"),
    UNITS("Đơn vị hành chính (/api/units)", "/api/units"),
    ALERTS("Cảnh báo (/api/alerts)", "/api/alerts"),
    SENSORS("Trạm quan trắc (/api/sensors)", "/api/sensors");

    public final String labelVi;
    private final List<String> prefixes;

    EndpointFamily(String labelVi, String... prefixes) {
        this.labelVi = labelVi;
        this.prefixes = List.of(prefixes);
    }

    public boolean covers(String path) {
        return prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/") || path.startsWith(p + "."));
    }

    public static java.util.Optional<EndpointFamily> of(String path) {
        return java.util.Arrays.stream(values()).filter(f -> f.covers(path)).findFirst();
    }
}
