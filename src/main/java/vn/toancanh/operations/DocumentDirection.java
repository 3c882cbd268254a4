package vn.toancanh.operations;

/** Which book of the registry a document is in. */
public enum DocumentDirection {
    INCOMING("Văn bản đến"),
    OUTGOING("Văn bản đi");

    private final String labelVi;

    DocumentDirection(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
