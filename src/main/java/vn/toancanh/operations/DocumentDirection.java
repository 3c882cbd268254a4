package vn.toancanh.operations;

import vn.toancanh.shared.Labelled;

/** Which book of the registry a document is in. */
public enum DocumentDirection implements Labelled {
    INCOMING("Văn bản đến"),
    OUTGOING("Văn bản đi");

    private final String labelVi;

    DocumentDirection(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
