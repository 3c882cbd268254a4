package vn.toancanh.feedback.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.feedback.CategoryView.AttributeView;
import vn.toancanh.feedback.CategoryView.ListValue;
import vn.toancanh.feedback.FeedbackChanged;
import vn.toancanh.feedback.FeedbackChannel;
import vn.toancanh.feedback.FeedbackStatus;
import vn.toancanh.map.MapService;
import vn.toancanh.map.MapUnitView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;
import vn.toancanh.shared.VietnameseText;

/**
 * Seven feedback categories of a district (waste, roads, street lights, urban order, land and building, public
 * services, other) with their deadlines and units, and about 180 requests over the last three months at places inside
 * the communes: most answered (a few late), some still open (a few overdue), and a few declined.
 */
@Component
class FeedbackDemoData implements DemoDataStep {

    private static final String DISTRICT = "312";

    private record Demo(
            String code,
            String name,
            String group,
            String keywords,
            int slaHours,
            @Nullable String unit) {}

    private static final List<Demo> CATEGORIES = List.of(
            new Demo(
                    "MT-RAC",
                    "Vệ sinh môi trường, rác thải",
                    "Môi trường",
                    "rác, xả thải, ô nhiễm, mùi",
                    48,
                    "312-TNMT"),
            new Demo("GT-DUONG", "Hư hỏng đường, cầu, cống", "Hạ tầng", "ổ gà, sụt lún, cống, cầu", 72, "312-KTHT"),
            new Demo(
                    "CS-DEN", "Đèn chiếu sáng công cộng", "Hạ tầng", "đèn đường, mất điện, chiếu sáng", 48, "312-KTHT"),
            new Demo(
                    "TT-DOTHI",
                    "Trật tự đô thị, lấn chiếm vỉa hè",
                    "Trật tự",
                    "lấn chiếm, vỉa hè, quảng cáo",
                    72,
                    null),
            new Demo(
                    "DD-XAYDUNG", "Đất đai, xây dựng trái phép", "Đất đai", "xây dựng, lấn chiếm đất", 120, "312-TNMT"),
            new Demo(
                    "TTHC",
                    "Thủ tục hành chính, thái độ phục vụ",
                    "Hành chính",
                    "một cửa, hồ sơ, cán bộ",
                    120,
                    "312-VP"),
            new Demo("KHAC", "Phản ánh khác", "Khác", "", 168, null));

    private static final Map<String, List<String>> TEXTS = Map.of(
            "MT-RAC",
                    List.of(
                            "Rác thải tập kết ven đường nhiều ngày chưa được thu gom, bốc mùi hôi.",
                            "Có người đổ trộm phế thải xây dựng ra bờ mương.",
                            "Điểm tập kết rác gần chợ tràn ra lòng đường."),
            "GT-DUONG",
                    List.of(
                            "Mặt đường xuất hiện nhiều ổ gà lớn, nguy hiểm cho xe máy khi trời mưa.",
                            "Nắp cống bị vỡ, nguy cơ tai nạn cho người đi bộ.",
                            "Đoạn đường bị sụt lún sau mưa lớn."),
            "CS-DEN",
                    List.of(
                            "Cả dãy đèn đường không sáng từ tuần trước, buổi tối rất tối.",
                            "Cột đèn bị nghiêng, có nguy cơ đổ."),
            "TT-DOTHI",
                    List.of(
                            "Hàng quán lấn chiếm vỉa hè, người đi bộ phải xuống lòng đường.",
                            "Biển quảng cáo dựng trái phép che khuất tầm nhìn tại ngã ba."),
            "DD-XAYDUNG",
                    List.of(
                            "Một hộ dân đang xây dựng công trình trên đất nông nghiệp.",
                            "Công trình xây dựng lấn ra hành lang đường."),
            "TTHC",
                    List.of(
                            "Hồ sơ nộp đã quá hẹn nhưng chưa nhận được kết quả, không được giải thích lý do.",
                            "Đề nghị bố trí thêm ghế chờ tại bộ phận một cửa."),
            "KHAC", List.of("Đề nghị lắp đặt thêm thùng rác công cộng tại khu vui chơi."));

    private static final List<String> REPLIES = List.of(
            "Đơn vị đã kiểm tra thực tế và xử lý xong. Cảm ơn ông/bà đã phản ánh.",
            "Đã phối hợp với đơn vị thi công khắc phục. Đề nghị người dân tiếp tục giám sát.",
            "Đã lập biên bản và yêu cầu các hộ vi phạm tháo dỡ; UBND xã sẽ kiểm tra lại.");

    private final CategoryRepository categories;
    private final FeedbackRepository requests;
    private final TrackingCodes codes;
    private final OrganisationService organisation;
    private final MapService map;
    private final ApplicationEventPublisher events;

    FeedbackDemoData(
            CategoryRepository categories,
            FeedbackRepository requests,
            TrackingCodes codes,
            OrganisationService organisation,
            MapService map,
            ApplicationEventPublisher events) {
        this.categories = categories;
        this.requests = requests;
        this.codes = codes;
        this.organisation = organisation;
        this.map = map;
        this.events = events;
    }

    @Override
    public int order() {
        return 520;
    }

    @Override
    public String name() {
        return "feedback";
    }

    @Override
    @Transactional
    public void load(DemoDataSize size, long seed) {
        Map<String, Long> categoryIds = new HashMap<>();
        Map<String, Integer> sla = new HashMap<>();
        Map<String, Long> units = new HashMap<>();
        int order = 0;
        for (Demo d : CATEGORIES) {
            Long unit = d.unit() == null
                    ? null
                    : organisation.findByCode(d.unit()).map(UnitView::id).orElse(null);
            List<AttributeView> attributes = d.code().equals("GT-DUONG")
                    ? List.of(new AttributeView(
                            "muc_do",
                            "singlevaluelist",
                            true,
                            "Mức độ hư hỏng",
                            1,
                            List.of(
                                    new ListValue("nho", "Nhỏ"),
                                    new ListValue("vua", "Vừa"),
                                    new ListValue("nang", "Nghiêm trọng, nguy hiểm"))))
                    : List.of();
            long id = categories.save(
                    new CategoryRepository.Stored(
                            0,
                            d.code(),
                            d.name(),
                            "Phản ánh về " + d.name().toLowerCase(),
                            d.group(),
                            d.keywords(),
                            d.slaHours(),
                            unit,
                            true,
                            order++),
                    attributes);
            categoryIds.put(d.code(), id);
            sla.put(d.code(), d.slaHours());
            if (unit != null) {
                units.put(d.code(), unit);
            }
        }
        List<MapUnitView> communes = map.units(DISTRICT);
        if (communes.isEmpty()) {
            return;
        }
        Random random = new Random(seed + 311);
        Instant now = Instant.now();
        Map<Long, Set<String>> months = new HashMap<>();
        int count = size == DemoDataSize.DEMO ? 180 : 60;
        for (int i = 0; i < count; i++) {
            Demo d = CATEGORIES.get(weighted(random));
            MapUnitView commune = communes.get(random.nextInt(communes.size()));
            double[] point = map.randomPointIn(commune.code(), random).orElse(null);
            Long area =
                    organisation.findByCode(commune.code()).map(UnitView::id).orElse(null);
            Long unit = units.getOrDefault(d.code(), area);
            Instant received = now.minus(Duration.ofMinutes(30 + (long) (random.nextDouble() * 90 * 24 * 60)));
            Instant due = received.plus(Duration.ofHours(sla.get(d.code())));
            List<String> texts = TEXTS.get(d.code());
            String description = texts.get(random.nextInt(texts.size()));
            FeedbackStatus status = status(random, received, now);
            String code = codes.newCode();
            Map<String, List<String>> answers = d.code().equals("GT-DUONG")
                    ? Map.of("muc_do", List.of(List.of("nho", "vua", "nang").get(random.nextInt(3))))
                    : Map.of();
            long id = requests.insert(
                    new FeedbackRepository.NewRequest(
                            code,
                            codes.newToken(),
                            categoryIds.get(d.code()),
                            status,
                            description,
                            point == null ? null : point[0],
                            point == null ? null : point[1],
                            point == null ? commune.name() : null,
                            area,
                            unit,
                            answers,
                            null,
                            "Người dân " + (i + 1),
                            "09" + (10_000_000 + random.nextInt(89_999_999)),
                            null,
                            null,
                            null,
                            i % 4 == 0 ? FeedbackChannel.OPEN311 : FeedbackChannel.WEB,
                            i % 4 == 0 ? "Ứng dụng Hải Phòng Smart" : null,
                            received,
                            due,
                            null),
                    VietnameseText.fold(code + " " + d.name() + " " + description + " " + commune.name()));
            requests.addEvent(
                    id,
                    new FeedbackRepository.Event(
                            received, "citizen", "RECEIVED", FeedbackStatus.NEW, null, null, true));
            requests.addEvent(
                    id,
                    new FeedbackRepository.Event(
                            received, "system", "ASSIGNED", FeedbackStatus.ASSIGNED, unit, null, true));
            Instant resolved = null;
            Instant closed = null;
            String reply = null;
            String reason = null;
            Duration sla1 = Duration.ofHours(sla.get(d.code()));
            if (status == FeedbackStatus.IN_PROGRESS || !status.open()) {
                Instant started = received.plus(sla1.dividedBy(6));
                requests.addEvent(
                        id,
                        new FeedbackRepository.Event(
                                started, "canbo", "STARTED", FeedbackStatus.IN_PROGRESS, unit, null, true));
            }
            if (status == FeedbackStatus.RESOLVED || status == FeedbackStatus.CLOSED) {
                // one in eight answered after the deadline
                double share = random.nextInt(8) == 0 ? 1.2 + random.nextDouble() : 0.2 + random.nextDouble() * 0.7;
                resolved = received.plus(Duration.ofSeconds((long) (sla1.toSeconds() * share)));
                if (resolved.isAfter(now)) {
                    resolved = now.minus(Duration.ofMinutes(5));
                }
                reply = REPLIES.get(random.nextInt(REPLIES.size()));
                requests.addEvent(
                        id,
                        new FeedbackRepository.Event(
                                resolved, "canbo", "RESOLVED", FeedbackStatus.RESOLVED, unit, reply, true));
                if (status == FeedbackStatus.CLOSED) {
                    closed = resolved.plus(Duration.ofDays(2)).isAfter(now) ? now : resolved.plus(Duration.ofDays(2));
                    requests.addEvent(
                            id,
                            new FeedbackRepository.Event(
                                    closed, "lanhdao", "CLOSED", FeedbackStatus.CLOSED, unit, null, true));
                }
            } else if (status == FeedbackStatus.REJECTED) {
                closed = received.plus(Duration.ofHours(6));
                reason =
                        "Nội dung không thuộc thẩm quyền giải quyết của huyện; đã hướng dẫn người dân gửi đến cơ quan có thẩm quyền.";
                requests.addEvent(
                        id,
                        new FeedbackRepository.Event(
                                closed, "lanhdao", "REJECTED", FeedbackStatus.REJECTED, unit, reason, true));
            }
            requests.update(
                    id,
                    status,
                    unit,
                    reply,
                    reason,
                    resolved,
                    closed,
                    closed != null ? closed : resolved != null ? resolved : received);
            if (unit != null) {
                Set<String> m = months.computeIfAbsent(unit, k -> new HashSet<>());
                m.add(month(received));
                if (resolved != null) {
                    m.add(month(resolved));
                }
                m.add(month(now));
            }
        }
        events.publishEvent(new FeedbackChanged(months));
    }

    private static int weighted(Random random) {
        int[] weights = {30, 25, 12, 15, 8, 6, 4};
        int r = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static FeedbackStatus status(Random random, Instant received, Instant now) {
        long days = Duration.between(received, now).toDays();
        int r = random.nextInt(100);
        if (days < 3) {
            return r < 30 ? FeedbackStatus.ASSIGNED : r < 75 ? FeedbackStatus.IN_PROGRESS : FeedbackStatus.RESOLVED;
        }
        if (r < 6) {
            return FeedbackStatus.REJECTED;
        }
        if (r < 14) {
            return FeedbackStatus.IN_PROGRESS;
        }
        return r < 50 ? FeedbackStatus.RESOLVED : FeedbackStatus.CLOSED;
    }

    private static String month(Instant at) {
        return ZonedDateTime.ofInstant(at, OrganisationService.ZONE).format(DateTimeFormatter.ofPattern("yyyyMM"));
    }
}
