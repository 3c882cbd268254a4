package vn.toancanh.identity;

/**
 * What a scoped API token may open: only the endpoints under its path, for systems that need one thing (the province's
 * reporting system pulling submitted reports) and should get nothing else if the token leaks.
 */
public enum ApiScope {
    PROVINCE_REPORTS("/api/province/", "Hệ thống báo cáo của tỉnh: chỉ lấy các báo cáo đã gửi");

    public final String pathPrefix;
    public final String labelVi;

    ApiScope(String pathPrefix, String labelVi) {
        this.pathPrefix = pathPrefix;
        this.labelVi = labelVi;
    }
}
