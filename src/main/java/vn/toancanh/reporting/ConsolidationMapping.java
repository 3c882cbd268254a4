package vn.toancanh.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a form is consolidated from another form: the district's report to the province made of the communes' approved
 * reports on their own form. Each line makes one of this form's items from items of the source form, added up (a
 * line per item whose code differs or that combines several); an item without a line takes the source item of the
 * same code.
 */
public record ConsolidationMapping(
        String formCode,
        String sourceFormCode,
        String sourceFormName,
        List<Line> lines,
        Instant updatedAt,
        String updatedBy) {

    public ConsolidationMapping {
        lines = List.copyOf(lines);
    }

    /** {@code target} = the sum of {@code sources}. */
    public record Line(String target, List<String> sources) {
        public Line {
            sources = List.copyOf(sources);
        }
    }

    /** The source items a target item is made of: its line's, or the item of the same code. */
    public List<String> sourcesOf(String target) {
        Optional<Line> line =
                lines.stream().filter(l -> l.target().equals(target)).findFirst();
        return line.map(Line::sources).orElse(List.of(target));
    }
}
