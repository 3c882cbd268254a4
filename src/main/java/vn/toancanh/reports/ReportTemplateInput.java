package vn.toancanh.reports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate report template as an admin writes it.
 *
 * @param periodType MONTHLY, QUARTERLY, SIX_MONTHLY, NINE_MONTHLY (January to September) or YEARLY
 * @param unitCode the unit whose figures the report gives and whose header it carries
 * @param scheduleDay generated on this day (1–28) of each period's last month; null = only on request
 * @param subscribers e-mail addresses that receive each scheduled report
 */
public record ReportTemplateInput(
        @Nullable String code,
        @Nullable String name,
        @Nullable String periodType,
        @Nullable String unitCode,
        @Nullable Integer scheduleDay,
        List<String> subscribers,
        boolean active,
        List<TemplateBlock> blocks) {

    public ReportTemplateInput {
        // absent from a JSON body: none
        subscribers = subscribers == null ? List.of() : List.copyOf(subscribers);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
