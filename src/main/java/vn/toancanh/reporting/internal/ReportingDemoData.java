package vn.toancanh.reporting.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.reporting.ReportFormInput;
import vn.toancanh.reporting.ReportFormView;
import vn.toancanh.reporting.ReportStatus;
import vn.toancanh.reporting.ValidationRuleInput;
import vn.toancanh.reporting.internal.ReportRepository.StoredReport;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;
import vn.toancanh.shared.Period;

/**
 * Four forms as a district has them — the communes' monthly socio-economic report, the district's own monthly
 * report to the city consolidated from it, the finance–planning
 * department's quarterly investment and enterprise report, the education department's yearly report — and the
 * communes' reports of the last month in every state (approved, waiting, returned, draft, not started; some late).
 */
@Component
class ReportingDemoData implements DemoDataStep {

    static final String DISTRICT = "312";
    static final String COMMUNE_MONTHLY = "BC-KTXH-XA-THANG";
    static final String DISTRICT_MONTHLY = "BC-KTXH-HUYEN-THANG";

    private final ReportFormValidator validator;
    private final ReportFormRepository forms;
    private final ReportFormViews views;
    private final ReportRepository reports;
    private final OrganisationService organisation;
    private final ReportClock clock;
    private final ValidationRuleValidator ruleValidator;
    private final ValidationRuleRepository ruleRepository;
    private final ReportingRates rates;
    private final ConsolidationRepository consolidations;

    ReportingDemoData(
            ReportFormValidator validator,
            ReportFormRepository forms,
            ReportFormViews views,
            ReportRepository reports,
            OrganisationService organisation,
            ReportClock clock,
            ValidationRuleValidator ruleValidator,
            ValidationRuleRepository ruleRepository,
            ReportingRates rates,
            ConsolidationRepository consolidations) {
        this.rates = rates;
        this.consolidations = consolidations;
        this.ruleValidator = ruleValidator;
        this.ruleRepository = ruleRepository;
        this.validator = validator;
        this.forms = forms;
        this.views = views;
        this.reports = reports;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 480;
    }

    @Override
    public String name() {
        return "reporting";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        UnitView district = organisation.findByCode(DISTRICT).orElse(null);
        if (district == null || forms.exists(COMMUNE_MONTHLY)) {
            return;
        }
        List<String> communes = organisation.children(district.id()).stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE || u.kind() == UnitKind.TOWNSHIP || u.kind() == UnitKind.WARD)
                .map(UnitView::code)
                .sorted()
                .toList();
        create(new ReportFormInput(
                COMMUNE_MONTHLY,
                "Báo cáo tình hình kinh tế - xã hội hằng tháng của UBND cấp xã",
                "Commune monthly socio-economic report",
                "Nghị định 09/2019/NĐ-CP; Quy chế chế độ báo cáo của UBND huyện",
                "MONTHLY",
                15,
                null,
                18,
                List.of(3, 1),
                List.of(
                        new ReportFormInput.Section(
                                "I. Phát triển kinh tế",
                                List.of("KT-KTHT-01-002", "KT-KTHT-01-003", "KT-KTHT-04-001", "KT-KTHT-04-002")),
                        new ReportFormInput.Section(
                                "II. Giải quyết thủ tục hành chính",
                                List.of("HC-TTHC-01-002", "HC-TTHC-01-003", "HC-TTHC-02-003", "HC-TTHC-02-004")),
                        new ReportFormInput.Section("III. Công tác văn thư", List.of("HC-VB-02-002", "HC-VB-02-003"))),
                communes,
                List.of(
                        new ReportFormInput.Step("312-TCKH", "Phòng Tài chính - Kế hoạch thẩm định"),
                        new ReportFormInput.Step("312-VP", "Văn phòng HĐND và UBND huyện tổng hợp"))));
        create(new ReportFormInput(
                "BC-DAUTU-QUY",
                "Báo cáo quý về vốn đầu tư và phát triển doanh nghiệp",
                "Quarterly report on investment and enterprises",
                "Nghị định 09/2019/NĐ-CP",
                "QUARTERLY",
                15,
                10,
                null,
                List.of(5, 1),
                List.of(
                        new ReportFormInput.Section("I. Vốn đầu tư", List.of("KT-TCKH-03-001", "KT-TCKH-03-005")),
                        new ReportFormInput.Section(
                                "II. Doanh nghiệp", List.of("KT-TCKH-04-003", "KT-TCKH-04-004", "KT-TCKH-04-005")),
                        new ReportFormInput.Section("III. Tăng trưởng", List.of("KT-TCKH-05-003"))),
                List.of("312-TCKH"),
                List.of(
                        new ReportFormInput.Step(null, "Lãnh đạo phòng ký duyệt"),
                        new ReportFormInput.Step("312-VP", "Văn phòng HĐND và UBND huyện tổng hợp"))));
        create(new ReportFormInput(
                "BC-GIAODUC-NAM",
                "Báo cáo thống kê giáo dục hằng năm",
                "Yearly education report",
                "Nghị định 09/2019/NĐ-CP; hướng dẫn của Sở Giáo dục và Đào tạo",
                "YEARLY",
                15,
                15,
                null,
                List.of(7, 2),
                List.of(
                        new ReportFormInput.Section(
                                "I. Trường lớp", List.of("XH-GDDT-01-004", "XH-GDDT-01-002", "XH-GDDT-01-003")),
                        new ReportFormInput.Section(
                                "II. Học sinh", List.of("XH-GDDT-02-002", "XH-GDDT-02-003", "XH-GDDT-02-004")),
                        new ReportFormInput.Section("III. Giáo viên", List.of("XH-GDDT-03-001", "XH-GDDT-03-002"))),
                List.of("312-GDDT"),
                List.of(new ReportFormInput.Step("312-VP", "Văn phòng HĐND và UBND huyện tổng hợp"))));
        create(new ReportFormInput(
                DISTRICT_MONTHLY,
                "Báo cáo tình hình kinh tế - xã hội hằng tháng của UBND huyện gửi UBND thành phố",
                "District monthly socio-economic report to the city",
                "Nghị định 09/2019/NĐ-CP; Quy chế chế độ báo cáo của UBND thành phố",
                "MONTHLY",
                15,
                null,
                22,
                List.of(2),
                List.of(
                        new ReportFormInput.Section(
                                "I. Kinh tế", List.of("KT-KTHT-01-002", "KT-KTHT-04-001", "KT-KTHT-04-002")),
                        new ReportFormInput.Section(
                                "II. Thủ tục hành chính",
                                List.of("HC-TTHC-01-002", "HC-TTHC-01-003", "HC-TTHC-02-003")),
                        new ReportFormInput.Section("III. Văn thư", List.of("HC-VB-02-002", "HC-VB-02-003"))),
                List.of(DISTRICT),
                List.of(new ReportFormInput.Step("312-VP", "Văn phòng HĐND và UBND huyện trình lãnh đạo"))));
        // the district's report is the communes' monthly reports added up, item by item of the same code
        consolidations.saveMapping(
                forms.findByCode(DISTRICT_MONTHLY).orElseThrow().id(),
                forms.findByCode(COMMUNE_MONTHLY).orElseThrow().id(),
                "[]",
                "system");
        rules();
        communeReports(seed);
        ReportFormView form = views.of(forms.findByCode(COMMUNE_MONTHLY).orElseThrow());
        Period p = Period.of(form.periodType(), clock.today());
        for (int i = 0; i < 7; i++, p = p.previous()) {
            rates.refresh(form, p);
        }
    }

    /** The checks the communes' monthly report is known for: parts never exceed their whole, pairs go together. */
    private void rules() {
        rule(
                "QT-HS-TRUCTUYEN",
                "Hồ sơ trực tuyến không vượt số hồ sơ tiếp nhận",
                "#{HC-TTHC-01-003}",
                "LESS_OR_EQUAL",
                "#{HC-TTHC-01-002}",
                "ERROR",
                "Số hồ sơ tiếp nhận trực tuyến không được lớn hơn tổng số hồ sơ tiếp nhận");
        rule(
                "QT-HS-QUAHAN",
                "Hồ sơ quá hạn không vượt số hồ sơ đã giải quyết",
                "#{HC-TTHC-02-004}",
                "LESS_OR_EQUAL",
                "#{HC-TTHC-02-003}",
                "ERROR",
                "Số hồ sơ giải quyết quá hạn không được lớn hơn số hồ sơ đã giải quyết");
        rule(
                "QT-VB-KYSO",
                "Văn bản ký số không vượt số văn bản đi",
                "#{HC-VB-02-003}",
                "LESS_OR_EQUAL",
                "#{HC-VB-02-002}",
                "ERROR",
                "Số văn bản đi được ký số không được lớn hơn tổng số văn bản đi");
        rule(
                "QT-CN-CAPDOI",
                "Cơ sở sản xuất đi cùng giá trị sản xuất",
                "#{KT-KTHT-01-002}",
                "COMPULSORY_PAIR",
                "#{KT-KTHT-01-003}",
                "WARNING",
                "Có giá trị sản xuất công nghiệp thì cần số cơ sở sản xuất, và ngược lại");
        rule(
                "QT-CN-BIENDONG",
                "Giá trị sản xuất không giảm quá một nửa so với kỳ trước",
                "#{KT-KTHT-01-002}",
                "GREATER_OR_EQUAL",
                "previous(#{KT-KTHT-01-002}) * 0.5",
                "WARNING",
                "Giá trị sản xuất công nghiệp giảm hơn 50% so với kỳ trước: đề nghị kiểm tra hoặc giải trình");
    }

    private void rule(
            String code, String name, String left, String operator, String right, String importance, String message) {
        ruleRepository.insert(ruleValidator.check(
                new ValidationRuleInput(code, name, left, operator, right, importance, message, true), null));
    }

    private void create(ReportFormInput input) {
        forms.insert(validator.check(input, null), "system");
    }

    /**
     * The communes' reports of the last six months: the older ones nearly all approved (a few sent late, one or two
     * never sent), last month's in every state; the demo commune officer's own last report is left to do.
     */
    private void communeReports(long seed) {
        ReportFormView form = views.of(forms.findByCode(COMMUNE_MONTHLY).orElseThrow());
        Random random = new Random(seed);
        Period period = Period.of(form.periodType(), clock.today()).previous();
        for (int back = 5; back >= 0; back--) {
            Period p = period;
            for (int i = 0; i < back; i++) {
                p = p.previous();
            }
            for (ReportFormView.FormUnit unit : form.units()) {
                int state = back == 0 ? (unit.code().equals("11584") ? 0 : 1 + random.nextInt(9)) : olderState(random);
                report(form, unit, p, state, random);
            }
        }
    }

    /** Older periods: mostly approved (6–9), some late (3), rarely never sent (1). */
    private static int olderState(Random random) {
        int r = random.nextInt(20);
        return r == 0 ? 1 : r < 3 ? 3 : 6 + random.nextInt(4);
    }

    /** 0–1 not started, 2 draft, 3 approved after a late submission, 4 returned, 5 waiting, 6–9 approved on time. */
    private void report(ReportFormView form, ReportFormView.FormUnit unit, Period period, int state, Random random) {
        if (state <= 1) {
            return;
        }
        var deadline = form.deadline(period);
        String officer = "canbo." + unit.code();
        int daysLate = state == 3 ? 2 + random.nextInt(3) : -random.nextInt(3);
        Instant submitted = deadline.plusDays(daysLate)
                .atTime(LocalTime.of(8 + random.nextInt(9), random.nextInt(60)))
                .atZone(ReportClock.ZONE)
                .toInstant();
        Instant started = submitted.minusSeconds(86_400L * (1 + random.nextInt(4)));
        StoredReport draft = reports.createDraft(form.id(), form.versionId(), unit.id(), period.id(), deadline);
        reports.addEvent(draft.id(), "SAVE", ReportStatus.NOT_STARTED, ReportStatus.DRAFT, 0, officer, null, started);
        if (state == 2) {
            return;
        }
        reports.update(with(draft, ReportStatus.SUBMITTED, 0, submitted, officer, null, null, null));
        reports.addEvent(draft.id(), "SUBMIT", ReportStatus.DRAFT, ReportStatus.SUBMITTED, 0, officer, null, submitted);
        if (state == 5) {
            return;
        }
        Instant checked = submitted.plusSeconds(3_600L * (2 + random.nextInt(20)));
        if (state == 4) {
            String reason = "Số hồ sơ giải quyết quá hạn chưa khớp với hệ thống một cửa, đề nghị rà soát";
            reports.update(with(draft, ReportStatus.RETURNED, 0, submitted, officer, null, null, reason));
            reports.addEvent(
                    draft.id(),
                    "RETURN",
                    ReportStatus.SUBMITTED,
                    ReportStatus.RETURNED,
                    0,
                    "phongtckh",
                    reason,
                    checked);
            return;
        }
        Instant approved = checked.plusSeconds(3_600L * (2 + random.nextInt(20)));
        reports.addEvent(
                draft.id(), "APPROVE", ReportStatus.SUBMITTED, ReportStatus.SUBMITTED, 0, "phongtckh", null, checked);
        reports.update(with(draft, ReportStatus.APPROVED, 1, submitted, officer, approved, "lanhdao", null));
        reports.addEvent(
                draft.id(), "APPROVE", ReportStatus.SUBMITTED, ReportStatus.APPROVED, 1, "lanhdao", null, approved);
    }

    private static StoredReport with(
            StoredReport r,
            ReportStatus status,
            int step,
            Instant submitted,
            String by,
            @Nullable Instant approved,
            @Nullable String approvedBy,
            @Nullable String reason) {
        return new StoredReport(
                r.id(),
                r.formId(),
                r.versionId(),
                r.unitId(),
                r.period(),
                status,
                step,
                r.deadline(),
                submitted,
                by,
                approved,
                approvedBy,
                reason);
    }
}
