package vn.toancanh.organisation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a boundary import. All or nothing: either {@code applied} units got their boundary and
 * {@code problems} is empty, or nothing was written and {@code problems} lists every rejected feature.
 */
public record GeometryImportResult(int features, int applied, List<FeatureProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * @param index the feature's position in the collection, from 1 (0 for the file as a whole)
     * @param code the feature's {@code code} property, when it has one
     */
    public record FeatureProblem(int index, @Nullable String code, String reason) {}
}
