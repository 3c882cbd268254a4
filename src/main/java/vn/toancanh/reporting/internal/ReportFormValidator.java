package vn.toancanh.reporting.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DataItemView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.reporting.ReportFormInput;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.PeriodType;

/**
 * Checks a {@link ReportFormInput} and turns it into what is stored, or throws {@link InvalidInputException} naming
 * every problem at once. Items are checked against the catalog and units against the organisation, one query each.
 */
@Component
public class ReportFormValidator {

    static final int MAX_SECTIONS = 30;
    static final int MAX_ITEMS = 500;
    static final int MAX_STEPS = 5;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");
    private static final Set<PeriodType> PERIOD_TYPES = Set.of(
            PeriodType.MONTHLY,
            PeriodType.QUARTERLY,
            PeriodType.SIX_MONTHLY,
            PeriodType.NINE_MONTHLY,
            PeriodType.YEARLY);

    /** The form as stored: items and units by id. */
    public record Checked(
            String code,
            String name,
            @Nullable String nameEn,
            @Nullable String legalBasis,
            PeriodType periodType,
            int cutoffDay,
            @Nullable Integer deadlineDays,
            @Nullable Integer deadlineDayOfMonth,
            List<Integer> reminderDays,
            List<Section> sections,
            List<Long> unitIds,
            List<Step> steps) {}

    public record Section(String title, List<Long> itemIds) {}

    public record Step(@Nullable Long unitId, String title) {}

    private final CatalogService catalog;
    private final OrganisationService organisation;

    ReportFormValidator(CatalogService catalog, OrganisationService organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    /** {@code existingCode}: the code of the form being changed (its code stays), null for a new form. */
    public Checked check(ReportFormInput in, @Nullable String existingCode) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = existingCode != null ? existingCode : text(in.code());
        if (existingCode == null && (code == null || !CODE.matcher(code).matches())) {
            problems.add(new FieldProblem("code", "Mã gồm 2–40 chữ in hoa, số, gạch ngang hoặc gạch dưới"));
        }
        String name = text(in.name());
        if (name == null || name.length() > 300) {
            problems.add(new FieldProblem("name", "Tên báo cáo bắt buộc, tối đa 300 ký tự"));
        }
        String legalBasis = text(in.legalBasis());
        if (legalBasis != null && legalBasis.length() > 500) {
            problems.add(new FieldProblem("legalBasis", "Căn cứ pháp lý tối đa 500 ký tự"));
        }
        PeriodType periodType = periodType(in.periodType(), problems);
        int cutoff = in.cutoffDay() == null ? 0 : in.cutoffDay();
        if (cutoff < 0 || cutoff > 28) {
            problems.add(new FieldProblem("cutoffDay", "Ngày chốt số liệu từ 1 đến 28, hoặc 0 (theo kỳ lịch)"));
        }
        deadline(in, problems);
        List<Integer> reminders = reminders(in.reminderDays(), problems);
        List<Section> sections = sections(in.sections(), periodType, problems);
        List<Long> units = units(in.units(), problems);
        List<Step> steps = steps(in.steps(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(
                code,
                name,
                text(in.nameEn()),
                legalBasis,
                periodType,
                cutoff,
                in.deadlineDays(),
                in.deadlineDayOfMonth(),
                reminders,
                sections,
                units,
                steps);
    }

    private static @Nullable PeriodType periodType(@Nullable String value, List<FieldProblem> problems) {
        try {
            PeriodType type = value == null ? null : PeriodType.valueOf(value.trim());
            if (type != null && PERIOD_TYPES.contains(type)) {
                return type;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        problems.add(new FieldProblem(
                "periodType", "Kỳ báo cáo là MONTHLY, QUARTERLY, SIX_MONTHLY, NINE_MONTHLY hoặc YEARLY"));
        return null;
    }

    private static void deadline(ReportFormInput in, List<FieldProblem> problems) {
        Integer days = in.deadlineDays();
        Integer day = in.deadlineDayOfMonth();
        if ((days == null) == (day == null)) {
            problems.add(new FieldProblem(
                    "deadlineDays", "Cho hạn gửi: số ngày sau ngày chốt số liệu, hoặc một ngày cố định trong tháng"));
        } else if (days != null && (days < 1 || days > 366)) {
            // Decree 09/2019 Art. 8: at least one working day between the cut-off and the deadline
            problems.add(new FieldProblem("deadlineDays", "Hạn gửi từ 1 đến 366 ngày sau ngày chốt số liệu"));
        } else if (day != null && (day < 1 || day > 28)) {
            problems.add(new FieldProblem("deadlineDayOfMonth", "Ngày gửi cố định từ 1 đến 28"));
        }
    }

    private static List<Integer> reminders(@Nullable List<Integer> days, List<FieldProblem> problems) {
        Set<Integer> out = new LinkedHashSet<>();
        for (Integer d : days == null ? List.<Integer>of() : days) {
            if (d == null || d < 0 || d > 60) {
                problems.add(new FieldProblem("reminderDays", "Nhắc trước hạn từ 0 đến 60 ngày"));
                return List.of();
            }
            out.add(d);
        }
        return out.stream().sorted((a, b) -> b - a).toList();
    }

    private List<Section> sections(
            @Nullable List<ReportFormInput.Section> in, @Nullable PeriodType type, List<FieldProblem> problems) {
        if (in == null || in.isEmpty() || in.size() > MAX_SECTIONS) {
            problems.add(new FieldProblem("sections", "Báo cáo cần từ 1 đến " + MAX_SECTIONS + " phần"));
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (ReportFormInput.Section s : in) {
            if (s != null && s.items() != null) {
                s.items().stream().filter(c -> c != null).map(String::trim).forEach(codes::add);
            }
        }
        Map<String, DataItemView> items = catalog.findItemsByCodes(codes);
        List<Section> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int total = 0;
        for (int i = 0; i < in.size(); i++) {
            ReportFormInput.Section s = in.get(i);
            String field = "sections[" + i + "]";
            String title = s == null ? null : text(s.title());
            if (title == null || title.length() > 300) {
                problems.add(new FieldProblem(field + ".title", "Tên phần bắt buộc, tối đa 300 ký tự"));
            }
            List<Long> ids = new ArrayList<>();
            List<String> list = s == null || s.items() == null ? List.of() : s.items();
            if (list.isEmpty()) {
                problems.add(new FieldProblem(field + ".items", "Mỗi phần cần ít nhất một chỉ tiêu"));
            }
            for (int j = 0; j < list.size(); j++) {
                String c = list.get(j) == null ? "" : list.get(j).trim();
                DataItemView item = items.get(c);
                String itemField = field + ".items[" + j + "]";
                if (item == null) {
                    problems.add(new FieldProblem(itemField, "Không có chỉ tiêu mã " + c));
                } else if (type != null && item.periodType() != type) {
                    problems.add(new FieldProblem(
                            itemField,
                            "Chỉ tiêu " + c + " nhập theo kỳ " + item.periodType() + ", báo cáo theo kỳ " + type));
                } else if (!seen.add(item.id())) {
                    problems.add(new FieldProblem(itemField, "Chỉ tiêu " + c + " đã có trong báo cáo"));
                } else {
                    ids.add(item.id());
                }
                total++;
            }
            out.add(new Section(title == null ? "" : title, ids));
        }
        if (total > MAX_ITEMS) {
            problems.add(new FieldProblem("sections", "Báo cáo có tối đa " + MAX_ITEMS + " chỉ tiêu"));
        }
        return out;
    }

    private List<Long> units(@Nullable List<String> in, List<FieldProblem> problems) {
        if (in == null || in.isEmpty()) {
            problems.add(new FieldProblem("units", "Chọn ít nhất một đơn vị phải gửi báo cáo"));
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        in.stream().filter(c -> c != null).map(String::trim).forEach(codes::add);
        Map<String, UnitView> found = organisation.findByCodes(codes);
        List<Long> out = new ArrayList<>();
        for (String c : codes) {
            UnitView u = found.get(c);
            if (u == null) {
                problems.add(new FieldProblem("units", "Không có đơn vị mã " + c));
            } else {
                out.add(u.id());
            }
        }
        return out;
    }

    private List<Step> steps(@Nullable List<ReportFormInput.Step> in, List<FieldProblem> problems) {
        List<ReportFormInput.Step> list = in == null ? List.of() : in;
        if (list.isEmpty() || list.size() > MAX_STEPS) {
            problems.add(new FieldProblem("steps", "Cần từ 1 đến " + MAX_STEPS + " bước phê duyệt"));
            return List.of();
        }
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ReportFormInput.Step s = list.get(i);
            String field = "steps[" + i + "]";
            String title = s == null ? null : text(s.title());
            if (title == null || title.length() > 200) {
                problems.add(new FieldProblem(field + ".title", "Tên bước bắt buộc, tối đa 200 ký tự"));
            }
            Long unitId = null;
            String unit = s == null ? null : text(s.unit());
            if (unit != null) {
                var found = organisation.findByCode(unit);
                if (found.isEmpty()) {
                    problems.add(new FieldProblem(field + ".unit", "Không có đơn vị mã " + unit));
                } else {
                    unitId = found.get().id();
                }
            }
            out.add(new Step(unitId, title == null ? "" : title));
        }
        return out;
    }

    private static @Nullable String text(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }
}
