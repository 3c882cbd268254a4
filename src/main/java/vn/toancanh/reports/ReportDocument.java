package vn.toancanh.reports;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report as Excel and PDF both draw it: the official header block, a title, then tables and text blocks in order.
 *
 * @param subtitle what the figures cover (period, unit), under the title
 */
public record ReportDocument(
        OfficialHeader header,
        LocalDate date,
        String title,
        @Nullable String subtitle,
        List<ReportBlock> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** The tables among the blocks, in order. */
    public List<ReportTable> tables() {
        return blocks.stream()
                .filter(ReportBlock.Table.class::isInstance)
                .map(b -> ((ReportBlock.Table) b).table())
                .toList();
    }
}
