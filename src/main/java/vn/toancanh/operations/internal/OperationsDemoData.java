package vn.toancanh.operations.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.operations.DocumentInput;
import vn.toancanh.operations.DocumentService;
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
 * the tests' minimal data. With them, the registry's incoming and outgoing documents of the same months, most with
 * a PDF whose text can be searched.
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
    private final DocumentService documentService;
    private final DossierFigures figures;
    private final DossierRepository dossiers;
    private final OrganisationService organisation;

    OperationsDemoData(
            DossierImports imports,
            TaskService taskService,
            DocumentService documentService,
            DossierFigures figures,
            DossierRepository dossiers,
            OrganisationService organisation) {
        this.imports = imports;
        this.taskService = taskService;
        this.documentService = documentService;
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
        LocalDate today = OrganisationService.today();
        UnitView office = organisation.findByCode("312-VP").orElse(district);
        Random random = new Random(seed + 6);
        Instant now = Instant.now();
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
        documents(district, communes, new Random(seed + 7), today);
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

    /**
     * About two hundred and forty documents: incoming from the city and the province, handled by the office, the
     * departments and the communes with a deadline for most, a few still open past it; outgoing from the district,
     * nearly all digitally signed (the target is all). One in two carries a one-page PDF with its text.
     */
    private void documents(UnitView district, List<UnitView> communes, Random random, LocalDate today) {
        List<UnitView> handlers = new ArrayList<>(organisation.children(district.id()).stream()
                .filter(u -> u.kind() == UnitKind.DEPARTMENT)
                .toList());
        handlers.addAll(communes.subList(0, Math.min(4, communes.size())));
        String[] issuers = {
            "UBND thành phố Hải Phòng",
            "Sở Tài chính",
            "Sở Nông nghiệp và Môi trường",
            "Sở Nội vụ",
            "Sở Xây dựng",
            "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn thành phố"
        };
        // type, summary, and a sentence of the body that only the attachment holds
        String[][] subjects = {
            {
                "Công văn",
                "Về việc chủ động ứng phó với mưa lớn, triều cường và nguy cơ ngập úng",
                "Kiểm tra hệ thống đê, cống, trạm bơm; sơ tán dân khi mực nước sông Cấm vượt báo động III."
            },
            {
                "Công văn",
                "Về việc rà soát, cập nhật dữ liệu dân cư phục vụ chuyển đổi số",
                "Đối chiếu với Cơ sở dữ liệu quốc gia về dân cư, làm sạch dữ liệu hộ tịch trước ngày 30 hằng tháng."
            },
            {
                "Quyết định",
                "Về việc giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội",
                "Giao chỉ tiêu thu ngân sách, tỷ lệ hộ nghèo và tỷ lệ hồ sơ trực tuyến toàn trình cho từng xã."
            },
            {
                "Kế hoạch",
                "Triển khai công tác phòng cháy, chữa cháy rừng mùa khô",
                "Tổ chức trực 24/24 giờ khi cấp dự báo cháy rừng từ cấp IV trở lên; chuẩn bị lực lượng tại chỗ."
            },
            {
                "Thông báo",
                "Kết luận của Chủ tịch UBND thành phố tại buổi làm việc với huyện",
                "Đẩy nhanh giải phóng mặt bằng dự án đường vành đai, hoàn thành bàn giao mặt bằng trong quý."
            },
            {
                "Công văn",
                "Về việc đôn đốc giải ngân vốn đầu tư công",
                "Các chủ đầu tư có tỷ lệ giải ngân dưới 60% báo cáo nguyên nhân và giải pháp khắc phục."
            },
            {
                "Báo cáo",
                "Tình hình thực hiện cải cách thủ tục hành chính",
                "Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%, thanh toán trực tuyến tiếp tục tăng."
            },
            {
                "Công văn",
                "Về việc tăng cường công tác an toàn thực phẩm dịp cuối năm",
                "Kiểm tra các cơ sở sản xuất giò chả, bánh chưng và chợ đầu mối trên địa bàn."
            },
            {
                "Giấy mời",
                "Họp giao ban công tác quý với các xã, thị trấn",
                "Thành phần: Chủ tịch UBND các xã, trưởng các phòng chuyên môn; địa điểm Hội trường UBND huyện."
            }
        };
        List<DocumentInput> rows = new ArrayList<>();
        for (int i = 1; i <= 240; i++) {
            boolean incoming = random.nextInt(10) < 6;
            String[] subject = subjects[random.nextInt(subjects.length)];
            UnitView unit = incoming ? handlers.get(random.nextInt(handlers.size())) : district;
            LocalDate issued = today.minusDays(random.nextInt(DAYS));
            LocalDate received = incoming ? min(issued.plusDays(random.nextInt(3)), today) : null;
            LocalDate deadline = incoming && random.nextInt(5) > 0 ? received.plusDays(5 + random.nextInt(15)) : null;
            LocalDate completed = null;
            if (deadline != null && deadline.isBefore(today) && random.nextInt(10) > 0) {
                completed = deadline.plusDays(random.nextInt(12) - 9);
            } else if (!incoming || random.nextInt(3) == 0) {
                completed = issued.plusDays(random.nextInt(4));
            }
            if (completed != null && completed.isAfter(today)) {
                completed = today;
            }
            LocalDate arrived = incoming ? received : issued;
            if (completed != null && completed.isBefore(arrived)) {
                completed = arrived;
            }
            String number = String.format(
                    "%d/%s",
                    1 + random.nextInt(2000), incoming ? "UBND-VP" : subject[0].equals("Báo cáo") ? "BC-UBND" : "UBND");
            String counterpart = incoming ? issuers[random.nextInt(issuers.length)] : issuers[random.nextInt(2)];
            String summary = subject[1];
            boolean attached = random.nextBoolean();
            String pdf = null;
            if (attached) {
                pdf = Base64.getEncoder()
                        .encodeToString(SimplePdf.of(subject[0].toUpperCase() + " số " + number + "\n"
                                + counterpart + "\n\n" + summary + ".\n\n" + subject[2] + "\n\n"
                                + "Đề nghị các đơn vị khẩn trương triển khai, báo cáo kết quả về Văn phòng HĐND và "
                                + "UBND huyện trước thời hạn để tổng hợp."));
            }
            rows.add(new DocumentInput(
                    String.format("VB-312-%04d", i),
                    incoming ? "INCOMING" : "OUTGOING",
                    number,
                    issued,
                    received,
                    counterpart,
                    subject[0],
                    summary,
                    unit.code(),
                    incoming ? null : "Văn thư Văn phòng",
                    deadline,
                    completed != null ? "DONE" : random.nextBoolean() ? "PROCESSING" : "PENDING",
                    completed,
                    !incoming ? random.nextInt(25) > 0 : random.nextInt(10) > 0,
                    attached ? "VB-312-" + i + ".pdf" : null,
                    pdf));
        }
        documentService.importDocuments(rows);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
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
