package vn.toancanh.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.toancanh.analytics.AnalyticsGrid;
import vn.toancanh.analytics.AnalyticsRequest;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.reports.ReportBlock;
import vn.toancanh.reports.ReportDocument;
import vn.toancanh.reports.ReportTable;
import vn.toancanh.reports.ReportTemplateView;
import vn.toancanh.reports.TemplateBlock;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;
import vn.toancanh.shared.VietnameseNumbers;

/**
 * Fills a template in for one period: each text block's placeholders become figures, each table and chart an
 * analytics query over the template's unit, under that unit's header block. The figures are those the analytics
 * index holds at this moment, so a report generated a second after a write already shows it.
 */
@Component
public class AggregateReportBuilder {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Set<UnitKind> ADMINISTRATIVE =
            Set.of(UnitKind.DISTRICT, UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP);

    private final AnalyticsService analytics;
    private final OrganisationService organisation;
    private final OfficialHeaders headers;
    private final GridTables tables;
    private final MessageSource messages;

    AggregateReportBuilder(
            AnalyticsService analytics,
            OrganisationService organisation,
            OfficialHeaders headers,
            GridTables tables,
            MessageSource messages) {
        this.analytics = analytics;
        this.organisation = organisation;
        this.headers = headers;
        this.tables = tables;
        this.messages = messages;
    }

    /** The report's title as the library lists it: the template's name and the period. */
    public static String title(ReportTemplateView template, Period period) {
        return template.name() + " – " + period.labelVi();
    }

    public ReportDocument build(ReportTemplateView template, Period period, Locale locale) {
        UnitView unit = organisation.findById(template.unitId()).orElseThrow();
        Figures figures = new Figures(unit.code(), period);
        List<ReportBlock> blocks = new ArrayList<>();
        for (TemplateBlock block : template.blocks()) {
            blocks.add(
                    switch (block.kind()) {
                        case TEXT -> new ReportBlock.Text(block.heading(), fill(block.text(), figures, unit, locale));
                        case TABLE ->
                            new ReportBlock.Table(
                                    block.rows() == TemplateBlock.Rows.UNITS
                                            ? unitTable(block, unit, period, locale)
                                            : itemTable(block, figures, locale));
                        case CHART -> new ReportBlock.Table(chart(block, unit, period, locale));
                    });
        }
        return new ReportDocument(
                headers.of(unit),
                OrganisationService.today(),
                template.name(),
                period.labelVi() + " · " + unit.name(),
                blocks);
    }

    /**
     * The text with each placeholder replaced; a figure that has no value reads "(chưa có số liệu)". The period's and
     * the unit's names start with a small letter within a sentence, as Vietnamese writes them ("trong tháng 11/2026,
     * huyện An Dương …").
     */
    private String fill(@Nullable String text, Figures figures, UnitView unit, Locale locale) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<ReportTemplateValidator.Placeholder> placeholders = ReportTemplateValidator.placeholders(text);
        figures.load(placeholders.stream()
                .map(ReportTemplateValidator.Placeholder::item)
                .filter(i -> i != null)
                .toList());
        StringBuilder out = new StringBuilder();
        Matcher m = ReportTemplateValidator.PLACEHOLDER.matcher(text);
        int at = 0;
        for (ReportTemplateValidator.Placeholder p : placeholders) {
            m.find();
            out.append(text, at, m.start());
            at = m.end();
            if (p.error() != null) {
                out.append(p.token());
                continue;
            }
            out.append(
                    switch (p.measure()) {
                        case PERIOD -> inSentence(text, m.start(), figures.period.labelVi());
                        case UNIT -> inSentence(text, m.start(), unit.name());
                        case VALUE -> format(figures.value(p.item()), locale);
                        case YEAR_TO_DATE -> format(figures.yearToDate(p.item()), locale);
                        case LAST_YEAR -> format(figures.lastYear(p.item()), locale);
                        case COMPARISON -> format(figures.comparison(p.item()), locale);
                    });
        }
        return out.append(text, at, text.length()).toString();
    }

    /** {@code name} with a small first letter unless it starts the text or a sentence. */
    private static String inSentence(String text, int position, String name) {
        int i = position - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        boolean sentenceStart = i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0;
        return sentenceStart ? name : small(name);
    }

    /** "Huyện An Dương" → "huyện An Dương", as written after another word. */
    private static String small(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(VI) + name.substring(1);
    }

    /** Items as rows: this period, year to date (within a year), the same period a year before, and the ratio. */
    private ReportTable itemTable(TemplateBlock block, Figures figures, Locale locale) {
        figures.load(block.items());
        boolean withinYear = !sinceJanuary(figures.period.type());
        List<String> valueHeaders = new ArrayList<>();
        valueHeaders.add(text("reports.aggregate.current", locale, figures.period.labelVi()));
        if (withinYear) {
            valueHeaders.add(text("reports.aggregate.yearToDate", locale));
        }
        valueHeaders.add(text("reports.aggregate.lastYear", locale, figures.lastYearPeriod.labelVi()));
        valueHeaders.add(text("reports.aggregate.comparison", locale));
        List<ReportTable.Row> rows = new ArrayList<>();
        for (String item : block.items()) {
            List<Double> values = new ArrayList<>();
            values.add(figures.value(item));
            if (withinYear) {
                values.add(figures.yearToDate(item));
            }
            values.add(figures.lastYear(item));
            values.add(figures.comparison(item));
            rows.add(new ReportTable.Row(List.of(figures.name(item), figures.unitOfMeasure(item)), values));
        }
        return new ReportTable(
                block.heading(),
                List.of(text("reports.dimension.dx", locale), text("reports.unitOfMeasure", locale)),
                valueHeaders,
                rows,
                ReportTable.Chart.NONE,
                figures.note(block.items(), locale));
    }

    /** The unit's subunits as rows (communes of a district; all subunits where it has none), items as columns. */
    private ReportTable unitTable(TemplateBlock block, UnitView unit, Period period, Locale locale) {
        List<UnitView> children = organisation.children(unit.id()).stream()
                .filter(u -> u.isOpenOn(period.endDate()))
                .sorted(Comparator.comparing(UnitView::name))
                .toList();
        List<UnitView> administrative =
                children.stream().filter(u -> ADMINISTRATIVE.contains(u.kind())).toList();
        List<UnitView> rowsUnits = administrative.isEmpty() ? children : administrative;
        List<String> ous =
                new ArrayList<>(rowsUnits.stream().map(UnitView::code).toList());
        ous.add(unit.code());
        AnalyticsGrid grid = analytics.query(new AnalyticsRequest(
                List.of("dx:" + String.join(";", block.items()), "ou:" + String.join(";", ous)),
                List.of("pe:" + period.id()),
                null,
                false,
                false));
        List<String> valueHeaders = block.items().stream()
                .map(item -> {
                    String uom = GridTables.unitOfMeasure(grid, item);
                    return GridTables.name(grid, item) + (uom.isEmpty() ? "" : " (" + uom + ")");
                })
                .toList();
        List<ReportTable.Row> rows = new ArrayList<>();
        for (UnitView u : rowsUnits) {
            rows.add(new ReportTable.Row(List.of(u.name()), valuesOf(grid, block.items(), u.code())));
        }
        rows.add(new ReportTable.Row(
                List.of(text("reports.aggregate.total", locale, small(unit.name()))),
                valuesOf(grid, block.items(), unit.code())));
        return new ReportTable(
                block.heading(),
                List.of(text("reports.dimension.ou", locale)),
                valueHeaders,
                rows,
                ReportTable.Chart.NONE,
                text("reports.aggregate.periodNote", locale, small(period.labelVi())));
    }

    private static List<@Nullable Double> valuesOf(AnalyticsGrid grid, List<String> items, String unitCode) {
        List<Double> values = new ArrayList<>();
        for (String item : items) {
            var v = grid.value(item, unitCode);
            values.add(v.isPresent() ? v.getAsDouble() : null);
        }
        return values;
    }

    /** The items over the block's last periods up to this one, oldest first, as a chart over its table. */
    private ReportTable chart(TemplateBlock block, UnitView unit, Period period, Locale locale) {
        List<String> periods = new ArrayList<>();
        Period p = period;
        for (int i = 0; i < block.periods(); i++, p = p.previous()) {
            periods.add(0, p.id());
        }
        AnalyticsGrid grid = analytics.query(new AnalyticsRequest(
                List.of("dx:" + String.join(";", block.items()), "pe:" + String.join(";", periods)),
                List.of("ou:" + unit.code()),
                null,
                false,
                false));
        ReportTable table = tables.table(
                grid,
                block.heading(),
                block.chart() == TemplateBlock.Chart.BAR ? ReportTable.Chart.BAR : ReportTable.Chart.LINE,
                locale);
        return table.withNote(text("reports.aggregate.unitNote", locale, small(unit.name())));
    }

    /** Periods that start in January count from the start of the year already: their year to date is themselves. */
    private static boolean sinceJanuary(PeriodType type) {
        return type == PeriodType.YEARLY || type == PeriodType.NINE_MONTHLY;
    }

    private String format(@Nullable Double value, Locale locale) {
        if (value == null) {
            return text("reports.aggregate.noValue", locale);
        }
        return VietnameseNumbers.format(
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /**
     * The figures of the unit for the period, a year before and since the start of the year, fetched per item once
     * for all the blocks that name it.
     */
    private final class Figures {

        final String unit;
        final Period period;
        final Period lastYearPeriod;
        private final List<String> yearToDatePeriods;
        private final Map<String, Double> current = new HashMap<>();
        private final Map<String, Double> lastYear = new HashMap<>();
        private final Map<String, Double> yearToDate = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, String> units = new HashMap<>();
        private final Map<String, String> sources = new HashMap<>();
        private final Set<String> loaded = new LinkedHashSet<>();

        Figures(String unit, Period period) {
            this.unit = unit;
            this.period = period;
            this.lastYearPeriod = Period.of(period.type(), period.startDate().minusYears(1));
            List<String> ids = new ArrayList<>();
            if (!sinceJanuary(period.type())) {
                for (Period p = Period.of(period.type(), period.startDate().withDayOfYear(1));
                        !p.startDate().isAfter(period.startDate());
                        p = p.next()) {
                    ids.add(p.id());
                }
            }
            this.yearToDatePeriods = ids;
        }

        void load(List<String> items) {
            List<String> missing =
                    items.stream().filter(i -> !loaded.contains(i)).distinct().toList();
            if (missing.isEmpty()) {
                return;
            }
            loaded.addAll(missing);
            String dx = "dx:" + String.join(";", missing);
            AnalyticsGrid grid = analytics.query(new AnalyticsRequest(
                    List.of(dx, "pe:" + period.id() + ";" + lastYearPeriod.id()),
                    List.of("ou:" + unit),
                    null,
                    false,
                    false));
            for (String item : missing) {
                names.put(item, GridTables.name(grid, item));
                units.put(item, GridTables.unitOfMeasure(grid, item));
                put(current, item, grid.value(item, period.id()));
                put(lastYear, item, grid.value(item, lastYearPeriod.id()));
                var meta =
                        grid.metaData() == null ? null : grid.metaData().items().get(item);
                if (meta != null && meta.source() != null) {
                    sources.put(item, meta.source());
                }
            }
            if (!yearToDatePeriods.isEmpty()) {
                AnalyticsGrid ytd = analytics.query(new AnalyticsRequest(
                        List.of(dx),
                        List.of("pe:" + String.join(";", yearToDatePeriods), "ou:" + unit),
                        null,
                        false,
                        true));
                for (String item : missing) {
                    put(yearToDate, item, ytd.value(item));
                }
            }
        }

        private static void put(Map<String, Double> map, String item, java.util.OptionalDouble v) {
            if (v.isPresent()) {
                map.put(item, v.getAsDouble());
            }
        }

        @Nullable
        Double value(String item) {
            return current.get(item);
        }

        @Nullable
        Double lastYear(String item) {
            return lastYear.get(item);
        }

        @Nullable
        Double yearToDate(String item) {
            return sinceJanuary(period.type()) ? current.get(item) : yearToDate.get(item);
        }

        /** This period as a percentage of the same period a year before, to one decimal; null without both. */
        @Nullable
        Double comparison(String item) {
            Double now = current.get(item);
            Double before = lastYear.get(item);
            if (now == null || before == null || before == 0) {
                return null;
            }
            return BigDecimal.valueOf(now * 100 / before)
                    .setScale(1, RoundingMode.HALF_UP)
                    .doubleValue();
        }

        String name(String item) {
            return names.getOrDefault(item, item);
        }

        String unitOfMeasure(String item) {
            return units.getOrDefault(item, "");
        }

        /** "Nguồn: …" naming the units that own these items. */
        @Nullable
        String note(List<String> items, Locale locale) {
            Set<String> of = new LinkedHashSet<>();
            items.forEach(i -> {
                if (sources.containsKey(i)) {
                    of.add(sources.get(i));
                }
            });
            return of.isEmpty() ? null : text("reports.source", locale, String.join(", ", of));
        }
    }
}
