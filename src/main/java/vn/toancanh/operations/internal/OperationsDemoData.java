package vn.toancanh.operations.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.operations.DossierInput;
import vn.toancanh.operations.TaskInput;
import vn.toancanh.operations.TaskService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;

/**
 * Six months of the district's one-stop-shop dossiers: the communes' civil status and certification, the district's
 * land, construction and business registration, mostly online (the district reports 86.5 %), mostly resolved in
 * time, some late, the last weeks' still open; and forty tasks assigned by the city and the district's leaders. Not in
 * the tests' minimal data.
 */
@Component
class OperationsDemoData implements DemoDataStep {

    static final String DISTRICT = "312";
    private static final int DAYS = 183;

    /** A procedure: its sector, name, the working days it is due in, and whether a commune or the district takes it. */
    private record Procedure(String sector, String code, String name, int days, boolean commune) {}

    private static final List<Procedure> PROCEDURES = List.of(
            new Procedure("Hộ tịch", "1.001193", "Đăng ký khai sinh", 1, true),
            new Procedure("Hộ tịch", "1.000894", "Đăng ký kết hôn", 3, true),
            new Procedure("Hộ tịch", "1.000656", "Đăng ký khai tử", 1, true),
            new Procedure("Hộ tịch", "2.000635", "Cấp bản sao trích lục hộ tịch", 1, true),
            new Procedure("Chứng thực", "2.000815", "Chứng thực bản sao từ bản chính", 1, true),
            new Procedure("Chứng thực", "2.000884", "Chứng thực chữ ký trong giấy tờ, văn bản", 1, true),
            new Procedure("Bảo trợ xã hội", "1.001776", "Trợ cấp xã hội hằng tháng", 7, true),
            new Procedure("Đất đai", "1.004227", "Đăng ký biến động quyền sử dụng đất", 10, false),
            new Procedure("Đất đai", "1.004221", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", 20, false),
            new Procedure("Hoạt động xây dựng", "1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", 15, false),
            new Procedure(
                    "Thành lập và hoạt động của hộ kinh doanh",
                    "2.000720",
                    "Đăng ký thành lập hộ kinh doanh",
                    3,
                    false));

    private final DossierImports imports;
    private final TaskService taskService;
    private final DossierFigures figures;
    private final DossierRepository dossiers;
    private final OrganisationService organisation;

    OperationsDemoData(
            DossierImports imports,
            TaskService taskService,
            DossierFigures figures,
            DossierRepository dossiers,
            OrganisationService organisation) {
        this.imports = imports;
        this.taskService = taskService;
        this.figures = figures;
        this.dossiers = dossiers;
        this.organisation = organisation;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String name() {
        return "operations";
    }

    @Override
    public void load(DemoDataSize size, long seed) {
        UnitView district = organisation.findByCode(DISTRICT).orElse(null);
        if (size == DemoDataSize.MINIMAL
                || district == null
                || dossiers.find("H35.312-DEMO-00001").isPresent()) {
            return;
        }
        List<UnitView> communes = organisation.children(district.id()).stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE || u.kind() == UnitKind.TOWNSHIP || u.kind() == UnitKind.WARD)
                .toList();
        UnitView office = organisation.findByCode("312-VP").orElse(district);
        Random random = new Random(seed + 6);
        Instant now = Instant.now();
        LocalDate today = OrganisationService.today();
        List<DossierInput> rows = new ArrayList<>();
        int n = 0;
        for (int day = DAYS; day >= 0; day--) {
            LocalDate date = today.minusDays(day);
            if (date.getDayOfWeek().getValue() > 5) {
                continue;
            }
            int count = 8 + random.nextInt(8);
            for (int i = 0; i < count; i++) {
                Procedure procedure = PROCEDURES.get(random.nextInt(PROCEDURES.size()));
                UnitView unit = procedure.commune() ? communes.get(random.nextInt(communes.size())) : office;
                OffsetDateTime received = date.atTime(7 + random.nextInt(9), random.nextInt(60))
                        .atZone(OrganisationService.ZONE)
                        .toOffsetDateTime();
                OffsetDateTime due =
                        workingDays(received, procedure.days()).withHour(17).withMinute(0);
                // 86.5 % online, a third of them end to end
                double r = random.nextDouble();
                String channel = r < 0.135 ? "DIRECT" : r < 0.55 ? "ONLINE_FULL" : "ONLINE_PARTIAL";
                // most are resolved before or on their due day, about one in twelve later
                double speed = random.nextDouble();
                Duration allowed = Duration.between(received, due);
                Duration taken = speed < 0.08
                        ? allowed.plusDays(1 + random.nextInt(6))
                        : Duration.ofMinutes((long) (allowed.toMinutes() * (0.2 + 0.8 * random.nextDouble())));
                OffsetDateTime completed = received.plus(taken);
                boolean done = completed.toInstant().isBefore(now) && random.nextInt(40) > 0;
                boolean withdrawn = !done && random.nextInt(30) == 0;
                String status;
                if (withdrawn) {
                    status = "WITHDRAWN";
                } else if (!done) {
                    status = random.nextInt(6) == 0 ? "SUPPLEMENT_REQUESTED" : "PROCESSING";
                } else {
                    status = random.nextInt(3) == 0 ? "RESOLVED" : "RETURNED";
                }
                OffsetDateTime returned =
                        "RETURNED".equals(status) ? completed.plusHours(2 + random.nextInt(48)) : null;
                n++;
                rows.add(new DossierInput(
                        String.format("H35.312-DEMO-%05d", n),
                        procedure.code(),
                        procedure.name(),
                        procedure.sector(),
                        unit.code(),
                        channel,
                        status,
                        received,
                        due,
                        done ? completed : null,
                        returned,
                        !"DIRECT".equals(channel) && random.nextInt(5) < 2,
                        procedure.sector().startsWith("Thành lập") ? "BUSINESS" : "CITIZEN",
                        null));
            }
        }
        ImportByCode.Outcome outcome = imports.apply(rows, List.of(), CurrentUser.SYSTEM);
        figures.refresh(outcome.changedMonths());
        tasks(district, communes, random, today);
    }

    /** Forty tasks from the city and the district's leaders, a quarter done, some late, a few overdue. */
    private void tasks(UnitView district, List<UnitView> communes, Random random, LocalDate today) {
        List<UnitView> departments = organisation.children(district.id()).stream()
                .filter(u -> u.kind() == UnitKind.DEPARTMENT)
                .toList();
        String[][] kinds = {
            {"UBND thành phố", "Triển khai kế hoạch chuyển đổi số năm 2026 trên địa bàn"},
            {"UBND thành phố", "Rà soát, báo cáo kết quả giải ngân vốn đầu tư công"},
            {"UBND thành phố", "Kiểm tra công tác phòng cháy, chữa cháy rừng mùa khô"},
            {"Chủ tịch UBND huyện", "Tổ chức đối thoại với Nhân dân về bồi thường, giải phóng mặt bằng"},
            {"Chủ tịch UBND huyện", "Xử lý dứt điểm các trường hợp vi phạm trật tự xây dựng"},
            {"Phó Chủ tịch UBND huyện", "Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"},
            {"Phó Chủ tịch UBND huyện", "Chuẩn bị các điều kiện phục vụ Nhân dân vui Xuân, đón Tết"}
        };
        List<TaskInput> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String[] kind = kinds[random.nextInt(kinds.length)];
            boolean commune = random.nextInt(3) == 0;
            UnitView lead = commune || departments.isEmpty()
                    ? communes.get(random.nextInt(communes.size()))
                    : departments.get(random.nextInt(departments.size()));
            LocalDate source = today.minusDays(10 + random.nextInt(150));
            LocalDate deadline = source.plusDays(15 + random.nextInt(60));
            LocalDate done = null;
            if (deadline.isBefore(today) && random.nextInt(4) > 0) {
                done = deadline.plusDays(random.nextInt(10) - 7);
            } else if (random.nextInt(5) == 0) {
                done = source.plusDays(5 + random.nextInt(10));
            }
            if (done != null && done.isAfter(today)) {
                done = today;
            }
            rows.add(new TaskInput(
                    String.format("NV-312-%04d", i),
                    kind[1] + (commune ? " tại " + lead.name() : ""),
                    String.format(
                            "%d/%s", 100 + random.nextInt(900), kind[0].startsWith("UBND") ? "UBND-VP" : "TB-UBND"),
                    source,
                    kind[0],
                    kind[0].startsWith("UBND") ? null : "Đồng chí " + kind[0],
                    lead.code(),
                    List.of(),
                    deadline,
                    random.nextInt(5) == 0 ? "URGENT" : random.nextInt(3) == 0 ? "HIGH" : "NORMAL",
                    done,
                    done == null ? null : "Báo cáo kết quả số " + (200 + i) + "/BC-" + lead.code()));
        }
        taskService.importTasks(rows);
    }

    /** {@code days} working days after {@code from} (Saturdays and Sundays skipped). */
    private static OffsetDateTime workingDays(OffsetDateTime from, int days) {
        OffsetDateTime at = from;
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek().getValue() <= 5) {
                left--;
            }
        }
        return at;
    }
}
