package vn.toancanh.organisation;

import vn.toancanh.shared.Labelled;

/** How a unit's history continues in another: several merged into one, or one split into several. */
public enum SuccessionKind implements Labelled {
    MERGE("Sáp nhập"),
    SPLIT("Chia tách");

    private final String labelVi;

    SuccessionKind(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
