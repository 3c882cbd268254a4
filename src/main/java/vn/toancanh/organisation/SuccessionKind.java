package vn.toancanh.organisation;

/** How a unit's history continues in another: several merged into one, or one split into several. */
public enum SuccessionKind {
    MERGE("Sáp nhập"),
    SPLIT("Chia tách");

    private final String labelVi;

    SuccessionKind(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
