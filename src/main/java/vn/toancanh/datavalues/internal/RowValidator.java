package vn.toancanh.datavalues.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.ImportConflict;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.datavalues.ValueLocks;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.Period;

/** Checks every row of a batch and resolves the valid ones to ids; problems become located, Vietnamese conflicts. */
@Component
public class RowValidator {

    private static final Logger log = LoggerFactory.getLogger(RowValidator.class);

    private final CodeLookup lookup;
    private final PeriodRepository periods;
    private final List<ValueLocks> locks;

    RowValidator(CodeLookup lookup, PeriodRepository periods, List<ValueLocks> locks) {
        this.lookup = lookup;
        this.periods = periods;
        this.locks = locks;
    }

    public ImportValidation validate(
            List<DataValueInput> rows, ImportOptions options, WriteScope scope, IntConsumer progress) {
        long start = System.nanoTime();
        RowChecker.Lookups lookups = resolve(rows, options);
        long resolved = System.nanoTime();
        Part checked = unlocked(check(rows, new RowChecker(lookups, options, scope), progress));
        long rowsChecked = System.nanoTime();
        List<RowChecker.Checked> valid = checked.valid();
        Map<String, Period> distinct = new LinkedHashMap<>();
        for (RowChecker.Checked c : valid) {
            distinct.putIfAbsent(c.period().id(), c.period());
        }
        Map<String, Integer> periodIds = periods.ensureIds(List.copyOf(distinct.values()));
        List<StagedValue> staged = new ArrayList<>(valid.size());
        for (RowChecker.Checked c : valid) {
            staged.add(c.toStaged(periodIds.get(c.period().id())));
        }
        List<StagedValue> unique = lastPerKey(staged);
        log.debug(
                "Validated {} rows: {} ms resolving codes, {} ms checking rows, {} ms periods and sorting",
                rows.size(),
                (resolved - start) / 1_000_000,
                (rowsChecked - resolved) / 1_000_000,
                (System.nanoTime() - rowsChecked) / 1_000_000);
        return new ImportValidation(unique, checked.conflicts(), checked.rejected(), valid.size() - unique.size());
    }

    private record Part(List<RowChecker.Checked> valid, List<ImportConflict> conflicts, int rejected) {}

    /** The valid rows less those another module has locked (a report sent or approved), which become conflicts. */
    private Part unlocked(Part part) {
        if (locks.isEmpty() || part.valid().isEmpty()) {
            return part;
        }
        Set<Long> units = new HashSet<>();
        Set<String> periodIds = new HashSet<>();
        for (RowChecker.Checked c : part.valid()) {
            units.add(c.unit().id());
            periodIds.add(c.period().id());
        }
        Map<String, String> reasons = new HashMap<>();
        for (ValueLocks provider : locks) {
            for (ValueLocks.Lock lock : provider.locked(units, periodIds)) {
                reasons.putIfAbsent(lock.itemId() + "/" + lock.unitId() + "/" + lock.period(), lock.reason());
            }
        }
        if (reasons.isEmpty()) {
            return part;
        }
        List<RowChecker.Checked> valid = new ArrayList<>(part.valid().size());
        List<ImportConflict> conflicts = new ArrayList<>(part.conflicts());
        int rejected = part.rejected();
        for (RowChecker.Checked c : part.valid()) {
            String reason = reasons.get(
                    c.item().id() + "/" + c.unit().id() + "/" + c.period().id());
            if (reason == null) {
                valid.add(c);
            } else {
                conflicts.add(conflict(c.row(), c.item().code(), "period", reason));
                rejected++;
            }
        }
        conflicts.sort(java.util.Comparator.comparingInt(ImportConflict::row));
        return new Part(valid, conflicts, rejected);
    }

    private static Part check(List<DataValueInput> rows, RowChecker checker, IntConsumer progress) {
        List<RowChecker.Checked> valid = new ArrayList<>(rows.size());
        int rejected = 0;
        for (int i = 0; i < rows.size(); i++) {
            RowChecker.Checked checked = checker.check(i + 1, rows.get(i));
            if (checked == null) {
                rejected++;
            } else {
                valid.add(checked);
            }
            if ((i + 1) % 50_000 == 0) {
                progress.accept(i + 1);
            }
        }
        return new Part(valid, checker.conflicts(), rejected);
    }

    /** Sorted by key (a stable sort keeps row order within a key), keeping the last row of each key. */
    private static List<StagedValue> lastPerKey(List<StagedValue> staged) {
        staged.sort(StagedValue.BY_KEY);
        List<StagedValue> unique = new ArrayList<>(staged.size());
        for (int i = 0; i < staged.size(); i++) {
            if (i + 1 == staged.size() || !staged.get(i).sameKey(staged.get(i + 1))) {
                unique.add(staged.get(i));
            }
        }
        return unique;
    }

    private RowChecker.Lookups resolve(List<DataValueInput> rows, ImportOptions options) {
        Set<String> items = new HashSet<>();
        Set<String> units = new HashSet<>();
        Set<String> combos = new HashSet<>();
        for (DataValueInput row : rows) {
            addKey(items, row.dataElement());
            addKey(units, row.orgUnit());
            addKey(combos, row.categoryOptionCombo());
        }
        Map<String, Optional<Period>> parsedPeriods = new HashMap<>();
        return new RowChecker.Lookups(
                lookup.items(items, options.idScheme()),
                lookup.units(units, options.idScheme()),
                lookup.optionCombos(combos, options.idScheme()),
                iso -> parsedPeriods.computeIfAbsent(iso, Period::parse));
    }

    private static void addKey(Set<String> keys, @Nullable String raw) {
        if (raw != null && !raw.isBlank()) {
            keys.add(raw.strip());
        }
    }

    static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    static ImportConflict conflict(int row, @Nullable String object, String property, String reason) {
        return new ImportConflict(row, object == null ? "" : object, property, reason);
    }

    static boolean belongs(OptionComboView combo, DataItemView item) {
        return combo.comboId() == item.categoryComboId();
    }

    static boolean openDuring(UnitView unit, Period period) {
        return (unit.validFrom() == null || !unit.validFrom().isAfter(period.endDate()))
                && (unit.validTo() == null || !unit.validTo().isBefore(period.startDate()));
    }
}
