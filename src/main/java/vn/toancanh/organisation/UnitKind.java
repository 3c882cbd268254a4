package vn.toancanh.organisation;

/** Kinds of unit. Administrative kinds carry GSO codes; departments and partners report data too. */
public enum UnitKind {
    PROVINCE("Tỉnh/Thành phố"),
    DISTRICT("Quận/Huyện"),
    COMMUNE("Xã"),
    WARD("Phường"),
    TOWNSHIP("Thị trấn"),
    DEPARTMENT("Phòng chuyên môn"),
    PARTNER("Đơn vị phối hợp"),
    OTHER("Khác");

    private final String labelVi;

    UnitKind(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }

    public boolean isAdministrative() {
        return ordinal() <= TOWNSHIP.ordinal();
    }
}
