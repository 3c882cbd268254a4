package vn.toancanh.datavalues.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataGroupView;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.datavalues.ChangeSource;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.datavalues.ImportSummary;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;

/**
 * Demo values for every demo item and its reporting units, written through {@link DataValueService#importValues} in
 * large batches: the real path, with its validation and audit, which also shows that path is fast enough. SEED size
 * is left to the benchmark, which loads it itself and times it.
 */
@Component
class DemoValuesStep implements DemoDataStep {

    private static final Logger log = LoggerFactory.getLogger(DemoValuesStep.class);
    static final int BATCH = 50_000;
    static final int MINIMAL_GROUPS = 3;

    private final CatalogService catalog;
    private final DataValueService dataValues;
    private final DemoReporters reporters;

    DemoValuesStep(CatalogService catalog, DataValueService dataValues, DemoReporters reporters) {
        this.catalog = catalog;
        this.dataValues = dataValues;
        this.reporters = reporters;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String name() {
        return "datavalues";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        if (size == DemoDataSize.SEED) {
            log.info("Seed-size values are loaded by the benchmark, not at start-up");
            return;
        }
        int months = size == DemoDataSize.MINIMAL ? 12 : 36;
        DemoValueGenerator generator = new DemoValueGenerator(seed);
        Batch batch = new Batch();
        int groups = 0;
        for (DataGroupView group : catalog.allGroups()) {
            List<DataItemView> items = catalog.itemsOfGroup(group.code());
            if (items.isEmpty()) {
                continue;
            }
            List<UnitView> units = reporters.of(group, seed);
            for (DemoSeries series : series(group, items, units, months)) {
                generator.generate(series, batch::add);
            }
            if (size == DemoDataSize.MINIMAL && ++groups >= MINIMAL_GROUPS) {
                break;
            }
        }
        batch.flush();
        log.info("Demo values: {} written, {} rejected", batch.written, batch.rejected);
    }

    private List<DemoSeries> series(DataGroupView group, List<DataItemView> items, List<UnitView> units, int months) {
        LocalDate today = LocalDate.now();
        Map<Long, List<String>> combos = new HashMap<>();
        List<DemoSeries> series = new ArrayList<>();
        for (DataItemView item : items) {
            List<String> comboCodes = combos.computeIfAbsent(
                    item.categoryComboId(),
                    id -> catalog.optionCombosOf(id).stream()
                            .map(OptionComboView::code)
                            .toList());
            for (UnitView unit : units) {
                series.add(new DemoSeries(
                        item.code(),
                        item.unitOfMeasure(),
                        item.valueType(),
                        item.timeAggregationType(),
                        item.minValue(),
                        item.maxValue(),
                        group.sectorCode(),
                        unit.code(),
                        DemoReporters.weight(unit),
                        comboCodes,
                        DemoPeriods.window(item.periodType(), today, months)));
            }
        }
        return series;
    }

    /** Collects generated values and imports them a batch at a time. */
    private final class Batch {
        final List<DataValueInput> rows = new ArrayList<>(BATCH);
        long written;
        long rejected;

        void add(DataValueInput row) {
            rows.add(row);
            if (rows.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            ImportOptions defaults = ImportOptions.defaults(ChangeSource.IMPORT);
            ImportOptions options = new ImportOptions(
                    defaults.idScheme(),
                    false,
                    defaults.strategy(),
                    ImportOptions.AtomicMode.NONE,
                    ChangeSource.IMPORT);
            ImportSummary summary = dataValues.importValues(List.copyOf(rows), options);
            written += summary.imported() + summary.updated();
            rejected += summary.conflicts().size();
            if (!summary.conflicts().isEmpty()
                    && rejected == summary.conflicts().size()) {
                log.warn("Demo values rejected, e.g. {}", summary.conflicts().get(0));
            }
            rows.clear();
        }
    }
}
