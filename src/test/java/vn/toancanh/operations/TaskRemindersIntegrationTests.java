package vn.toancanh.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.toancanh.analytics.AnalyticsFixture;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.operations.internal.TaskReminders;
import vn.toancanh.organisation.OrganisationService;

/**
 * Task reminders through a real SMTP conversation (GreenMail): the lead unit's officers are told three days and one
 * day before the deadline and once it has passed, in Vietnamese with a link to the task; each notice goes out once;
 * far-off and done tasks stay quiet.
 */
@SpringBootTest
class TaskRemindersIntegrationTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("toancanh.operations.base-url", () -> "https://ioc.example.vn");
    }

    @Autowired
    TaskReminders reminders;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    DataValueService values;

    @Autowired
    UserAdminService users;

    @Test
    void theLeadUnitIsRemindedBeforeTheDeadlineAndOnceItHasPassed() throws Exception {
        AnalyticsFixture f = new AnalyticsFixture(jdbc, values, analytics);
        String p = f.code("");
        String address = "canbo@" + p.toLowerCase().replace("_", "") + ".example.vn";
        TestUsers.ensure(users, jdbc, "tr.dep" + p, Role.DEPARTMENT_OFFICER, f.code("DEP"));
        jdbc.sql("UPDATE app_user SET email = :e WHERE username = :u")
                .param("e", address)
                .param("u", "tr.dep" + p)
                .update();
        LocalDate today = OrganisationService.today();
        String lead = f.code("DEP");
        tasks.importTasks(List.of(
                task(p + "R3D", "Báo cáo giải ngân", lead, today.plusDays(3), null),
                task(p + "R1D", "Kiểm tra phòng cháy", lead, today.plusDays(1), null),
                task(p + "RQH", "Rà soát hộ nghèo", lead, today.minusDays(2), null),
                task(p + "RXA", "Chuyển đổi số", lead, today.plusDays(10), null),
                task(p + "RXO", "Chuẩn bị Tết", lead, today.minusDays(1), today.minusDays(3))));
        SMTP.purgeEmailFromAllMailboxes();

        reminders.send(today);
        List<String> subjects = new ArrayList<>();
        MimeMessage overdue = null;
        for (MimeMessage m : SMTP.getReceivedMessagesForDomain(address.substring(address.indexOf('@') + 1))) {
            subjects.add(m.getSubject());
            if (m.getSubject().contains("quá hạn")) {
                overdue = m;
            }
        }
        assertThat(subjects)
                .containsExactlyInAnyOrder(
                        "[Toàn Cảnh] Nhiệm vụ sắp đến hạn (" + DAY.format(today.plusDays(3)) + "): Báo cáo giải ngân",
                        "[Toàn Cảnh] Nhiệm vụ sắp đến hạn (" + DAY.format(today.plusDays(1)) + "): Kiểm tra phòng cháy",
                        "[Toàn Cảnh] Nhiệm vụ quá hạn: Rà soát hộ nghèo");
        String body = (String) overdue.getContent();
        assertThat(body)
                .contains("đã quá hạn (hạn " + DAY.format(today.minusDays(2)) + ")", p + "RQH")
                .contains("https://ioc.example.vn/operations/tasks/" + p + "RQH");

        // the same day again, and the next: nothing twice
        reminders.send(today);
        assertThat(SMTP.getReceivedMessagesForDomain(address.substring(address.indexOf('@') + 1)))
                .hasSize(3);
    }

    private static TaskInput task(String code, String title, String lead, LocalDate deadline, LocalDate done) {
        return new TaskInput(
                code,
                title,
                null,
                null,
                "Chủ tịch UBND huyện",
                null,
                lead,
                List.of(),
                deadline,
                null,
                done,
                done == null ? null : "Báo cáo 1/BC");
    }
}
