package vn.toancanh.datavalues.internal;

import static vn.toancanh.datavalues.internal.RowValidator.conflict;
import static vn.toancanh.datavalues.internal.RowValidator.isBlank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.catalog.OptionComboView;
import vn.toancanh.datavalues.DataValueInput;
import vn.toancanh.datavalues.ImportConflict;
import vn.toancanh.datavalues.ImportOptions;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.Period;
import vn.toancanh.shared.PeriodType;

/** The per-row checks of one batch, against identifiers resolved once for the whole batch. */
final class RowChecker {

    record Lookups(
            Map<String, DataItemView> items,
            Map<String, UnitView> units,
            Map<String, OptionComboView> combos,
            Function<String, Optional<Period>> periods) {}

    record Checked(
            int row,
            DataItemView item,
            UnitView unit,
            Period period,
            long optionComboId,
            @Nullable String value,
            @Nullable Double numeric,
            @Nullable String comment) {

        StagedValue toStaged(int periodId) {
            return new StagedValue(row, item.id(), unit.id(), periodId, optionComboId, value, numeric, comment);
        }
    }

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2199;

    private final Lookups lookups;
    private final ImportOptions options;
    private final WriteScope scope;
    private final List<ImportConflict> conflicts = new ArrayList<>();

    RowChecker(Lookups lookups, ImportOptions options, WriteScope scope) {
        this.lookups = lookups;
        this.options = options;
        this.scope = scope;
    }

    List<ImportConflict> conflicts() {
        return conflicts;
    }

    /** The resolved row, or null after recording its conflicts. */
    @Nullable
    Checked check(int row, DataValueInput in) {
        int before = conflicts.size();
        DataItemView item = item(row, in.dataElement());
        UnitView unit = resolved(row, in.orgUnit(), "orgUnit", lookups.units(), "đơn vị");
        Period period = period(row, in.period(), item);
        Long combo = combo(row, in.categoryOptionCombo(), item);
        if (conflicts.size() > before || item == null || unit == null || period == null || combo == null) {
            return null;
        }
        if (!RowValidator.openDuring(unit, period)) {
            return reject(
                    row, in.orgUnit(), "orgUnit", "Đơn vị " + unit.code() + " không hoạt động trong kỳ " + period.id());
        }
        if (!scope.allows(item, unit)) {
            return reject(row, in.orgUnit(), "orgUnit", scope.denial(item, unit));
        }
        if (in.comment() != null && in.comment().length() > ValueParser.MAX_TEXT_LENGTH) {
            return reject(row, "", "comment", "Ghi chú dài quá " + ValueParser.MAX_TEXT_LENGTH + " ký tự");
        }
        String comment = isBlank(in.comment()) ? null : in.comment();
        if (options.strategy() == ImportOptions.ImportStrategy.DELETE) {
            return new Checked(row, item, unit, period, combo, null, null, null);
        }
        if (isBlank(in.value())) {
            // DHIS2: a blank value deletes the stored one; a comment alone cannot be stored without a value.
            return comment == null
                    ? new Checked(row, item, unit, period, combo, null, null, null)
                    : reject(row, "", "value", "Thiếu giá trị (ghi chú cần đi kèm giá trị)");
        }
        ValueParser.Parsed parsed = ValueParser.parse(item, in.value());
        if (!parsed.isValid()) {
            return reject(row, abbreviate(in.value()), "value", parsed.error());
        }
        return new Checked(row, item, unit, period, combo, parsed.text(), parsed.numeric(), comment);
    }

    private @Nullable DataItemView item(int row, @Nullable String sent) {
        DataItemView item = resolved(row, sent, "dataElement", lookups.items(), "chỉ tiêu");
        if (item != null && !item.active()) {
            reject(row, sent, "dataElement", "Chỉ tiêu " + item.code() + " đã ngừng sử dụng");
            return null;
        }
        return item;
    }

    private <T> @Nullable T resolved(
            int row, @Nullable String sent, String property, Map<String, T> known, String what) {
        if (isBlank(sent)) {
            reject(row, "", property, "Thiếu mã " + what);
            return null;
        }
        T found = known.get(sent.strip());
        if (found == null) {
            String scheme = options.idScheme() == ImportOptions.IdScheme.CODE ? "mã" : "id";
            reject(row, sent, property, "Không tìm thấy " + what + " có " + scheme + " \"" + sent.strip() + "\"");
        }
        return found;
    }

    private @Nullable Period period(int row, @Nullable String sent, @Nullable DataItemView item) {
        if (isBlank(sent)) {
            reject(row, "", "period", "Thiếu kỳ");
            return null;
        }
        Optional<Period> period = lookups.periods().apply(sent.strip());
        if (period.isEmpty()) {
            reject(
                    row,
                    sent,
                    "period",
                    "Kỳ \"" + sent.strip()
                            + "\" không đúng định dạng (ví dụ 2024, 2024S1, 2024Q1, 202403, 2024W05, 20240315)");
            return null;
        }
        int year = period.get().startDate().getYear();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            reject(row, sent, "period", "Kỳ " + sent.strip() + " ngoài khoảng năm " + MIN_YEAR + "–" + MAX_YEAR);
            return null;
        }
        if (item != null && period.get().type() != item.periodType()) {
            reject(
                    row,
                    sent,
                    "period",
                    "Kỳ " + sent.strip() + " là kỳ " + label(period.get().type()) + ", chỉ tiêu " + item.code()
                            + " nhập theo kỳ " + label(item.periodType()));
            return null;
        }
        return period.get();
    }

    private @Nullable Long combo(int row, @Nullable String sent, @Nullable DataItemView item) {
        if (isBlank(sent)) {
            if (item != null && item.categoryComboId() != OptionComboView.DEFAULT_ID) {
                reject(row, "", "categoryOptionCombo", "Chỉ tiêu " + item.code() + " có phân tổ: cần mã phân tổ");
                return null;
            }
            return OptionComboView.DEFAULT_ID;
        }
        OptionComboView combo = resolved(row, sent, "categoryOptionCombo", lookups.combos(), "phân tổ");
        if (combo != null && item != null && !RowValidator.belongs(combo, item)) {
            reject(
                    row,
                    sent,
                    "categoryOptionCombo",
                    "Phân tổ " + combo.code() + " không thuộc chỉ tiêu " + item.code());
            return null;
        }
        return combo == null ? null : combo.id();
    }

    private @Nullable Checked reject(int row, @Nullable String object, String property, @Nullable String reason) {
        conflicts.add(conflict(row, object, property, reason == null ? "Không hợp lệ" : reason));
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }

    static String label(PeriodType type) {
        return switch (type) {
            case DAILY -> "ngày";
            case WEEKLY -> "tuần";
            case MONTHLY -> "tháng";
            case QUARTERLY -> "quý";
            case SIX_MONTHLY -> "6 tháng";
            case NINE_MONTHLY -> "9 tháng";
            case YEARLY -> "năm";
        };
    }
}
