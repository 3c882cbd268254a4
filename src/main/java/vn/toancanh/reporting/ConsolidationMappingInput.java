package vn.toancanh.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A consolidation mapping as an admin writes it: the source form's code and the lines, each a target item of this
 * form with the source form's items that make it.
 */
public record ConsolidationMappingInput(
        @Nullable String sourceForm, @Nullable List<ConsolidationMapping.Line> lines) {}
