package vn.toancanh.map;

import java.util.List;

/**
 * The outcome of a point import. All or nothing: either {@code applied} points were written (after
 * {@code replaced} points of the layer were removed, when asked) and {@code problems} is empty, or nothing was
 * written and {@code problems} lists every rejected feature.
 */
public record PoiImportResult(int features, int applied, int replaced, List<FeatureProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * @param index the feature's position in the collection, from 1 (0: the file as a whole)
     * @param field the property at fault: {@code geometry}, {@code name}, {@code layer}, …
     */
    public record FeatureProblem(int index, String field, String reason) {}
}
