package vn.toancanh.meetings.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.identity.Person;
import vn.toancanh.meetings.DocumentCategory;
import vn.toancanh.meetings.MeetingDocumentService;
import vn.toancanh.meetings.MeetingService;
import vn.toancanh.meetings.SessionInput;
import vn.toancanh.meetings.SessionKind;
import vn.toancanh.meetings.SessionStatus;
import vn.toancanh.meetings.VoteChoice;
import vn.toancanh.meetings.VoteMode;
import vn.toancanh.shared.DemoDataSize;
import vn.toancanh.shared.DemoDataStep;

/**
 * Two sessions of the demo district: the council's mid-year session (voting, with its budget and investment papers,
 * one item already voted and its resolution adopted) and next week's leaders' briefing; the demo users are invited
 * (the briefing leaves out the commune officer, so a non-invitee can be tried).
 */
@Component
class MeetingsDemoData implements DemoDataStep {

    private final MeetingService meetings;
    private final MeetingDocumentService documents;
    private final SessionRepository sessions;
    private final VoteRepository votes;
    private final IdentityService identity;

    MeetingsDemoData(
            MeetingService meetings,
            MeetingDocumentService documents,
            SessionRepository sessions,
            VoteRepository votes,
            IdentityService identity) {
        this.meetings = meetings;
        this.documents = documents;
        this.sessions = sessions;
        this.votes = votes;
        this.identity = identity;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    @Transactional
    public void load(DemoDataSize size, long seed) {
        Map<String, Person> people =
                identity.people().stream().collect(Collectors.toMap(Person::username, p -> p, (a, b) -> a));
        Person leader = people.get("lanhdao");
        Person admin = people.get("admin");
        Person finance = people.get("phongtckh");
        Person commune = people.get("xalethien");
        if (leader == null || admin == null || finance == null || commune == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        long council = meetings.create(new SessionInput(
                        "Kỳ họp thứ 12 HĐND huyện khóa XX",
                        SessionKind.COUNCIL,
                        today.minusDays(2).atTime(LocalTime.of(8, 0)),
                        "Hội trường UBND huyện",
                        leader.id(),
                        admin.id(),
                        true,
                        List.of(finance.id(), commune.id())))
                .id();
        long budget = meetings.addItem(
                council, "Báo cáo tình hình thực hiện ngân sách 6 tháng", "Trần Thị Hoa", VoteMode.OPEN);
        long invest =
                meetings.addItem(council, "Tờ trình kế hoạch đầu tư công năm sau", "Nguyễn Văn Lãnh", VoteMode.SECRET);
        meetings.addItem(council, "Thảo luận, chất vấn", null, VoteMode.NONE);
        upload(
                council,
                budget,
                "Báo cáo ngân sách 6 tháng đầu năm",
                DocumentCategory.REPORT,
                "BÁO CÁO TÌNH HÌNH THỰC HIỆN NGÂN SÁCH 6 THÁNG ĐẦU NĂM",
                "Tổng thu ngân sách nhà nước trên địa bàn huyện đạt 58% dự toán, tăng 12% so với cùng kỳ.",
                "Chi ngân sách địa phương bảo đảm các nhiệm vụ chi thường xuyên, chi đầu tư phát triển và an sinh xã"
                        + " hội; tiết kiệm chi hành chính để dành nguồn cải cách tiền lương.");
        upload(
                council,
                invest,
                "Dự thảo kế hoạch đầu tư công",
                DocumentCategory.DRAFT,
                "DỰ THẢO KẾ HOẠCH ĐẦU TƯ CÔNG",
                "Ưu tiên vốn cho đường giao thông nông thôn, trường học và trạm y tế xã Lệ Thiện.",
                "Tổng mức vốn dự kiến 126 tỷ đồng từ nguồn ngân sách huyện và hỗ trợ của tỉnh.");
        upload(
                council,
                null,
                "Chương trình kỳ họp",
                DocumentCategory.REFERENCE,
                "CHƯƠNG TRÌNH KỲ HỌP",
                "Khai mạc; báo cáo ngân sách; tờ trình đầu tư công; thảo luận, chất vấn; biểu quyết; bế mạc.");
        sessions.setStatus(council, SessionStatus.IN_PROGRESS, "system");
        for (Person p : List.of(leader, admin, finance)) {
            sessions.setAttendance(council, p.id(), vn.toancanh.meetings.Attendance.PRESENT, null);
        }
        sessions.setAttendance(council, commune.id(), vn.toancanh.meetings.Attendance.LATE, null);
        votes.setState(budget, "OPEN", null);
        votes.cast(budget, leader.id(), leader.fullName(), VoteChoice.YES, true);
        votes.cast(budget, admin.id(), admin.fullName(), VoteChoice.YES, true);
        votes.cast(budget, finance.id(), finance.fullName(), VoteChoice.YES, true);
        votes.cast(budget, commune.id(), commune.fullName(), VoteChoice.ABSTAIN, true);
        votes.setState(budget, "CLOSED", "ADOPTED");
        meetings.addResolution(
                council,
                "15/NQ-HĐND",
                "Nghị quyết về tình hình thực hiện ngân sách 6 tháng",
                "HĐND huyện thông qua báo cáo tình hình thực hiện ngân sách 6 tháng đầu năm.",
                null,
                null,
                null);

        long briefing = meetings.create(new SessionInput(
                        "Giao ban lãnh đạo UBND huyện tuần tới",
                        SessionKind.BRIEFING,
                        today.plusDays(5).atTime(LocalTime.of(14, 0)),
                        "Phòng họp số 2, UBND huyện",
                        leader.id(),
                        null,
                        false,
                        List.of(finance.id(), admin.id())))
                .id();
        long flood = meetings.addItem(briefing, "Phòng chống lụt bão mùa mưa", "Văn phòng HĐND và UBND", null);
        upload(
                briefing,
                flood,
                "Phương án phòng chống lụt bão",
                DocumentCategory.PROPOSAL,
                "PHƯƠNG ÁN PHÒNG CHỐNG LỤT BÃO",
                "Sơ tán dân ở vùng trũng khi mực nước sông Kiến Giang vượt báo động III; dự phòng lương thực.");
    }

    private void upload(
            long session, Long item, String title, DocumentCategory category, String heading, String... paragraphs) {
        byte[] pdf = MeetingPdf.of(heading, paragraphs);
        String file = vn.toancanh.shared.VietnameseText.fold(title).replaceAll("[^a-z0-9]+", "-") + ".pdf";
        documents.upload(session, null, item, title, category, file, pdf);
    }
}
