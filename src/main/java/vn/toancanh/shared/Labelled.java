package vn.toancanh.shared;

/**
 * A value with a Vietnamese label of its own (statuses, kinds, periods). Pages show it through {@link Labels}, which
 * finds the label in the reader's language and falls back to this one.
 */
public interface Labelled {

    String labelVi();
}
