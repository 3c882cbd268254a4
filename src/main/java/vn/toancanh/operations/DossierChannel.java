package vn.toancanh.operations;

import vn.toancanh.shared.Labelled;

/** How a dossier was filed (Decree 42/2022/NĐ-CP): at the counter, online in part, or online end to end. */
public enum DossierChannel implements Labelled {
    DIRECT("Trực tiếp"),
    ONLINE_PARTIAL("Trực tuyến một phần"),
    ONLINE_FULL("Trực tuyến toàn trình");

    private final String labelVi;

    DossierChannel(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    public boolean online() {
        return this != DIRECT;
    }
}
