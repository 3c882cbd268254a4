package vn.toancanh.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.reporting.internal.ReportClock;
import vn.toancanh.reporting.internal.ReportReminders;
import vn.toancanh.shared.Period;

/**
 * Reminders and overdue notices by e-mail, through a real SMTP conversation with an in-process server (GreenMail):
 * who gets them (the unit's officers with an address), what they say (form, period, unit, deadline, a link to the
 * report, in Vietnamese), that each goes out once, and the count beside "Báo cáo định kỳ" in the navigation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRemindersIntegrationTests {

    static final String FORM = ReportingApiIntegrationTests.FORM;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("toancanh.reporting.mail.base-url", () -> "https://ioc.example.vn/");
    }

    @LocalServerPort
    int port;

    @Autowired
    ReportReminders reminders;

    @Autowired
    ReportingService reporting;

    @Autowired
    ReportClock clock;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    ReportFormView form;

    @BeforeEach
    void setUp() throws Exception {
        TestUsers.ensure(users, jdbc, "rm.xa", Role.COMMUNE_OFFICER, "11584");
        TestUsers.ensure(users, jdbc, "rm.xa.nomail", Role.COMMUNE_OFFICER, "11587");
        TestUsers.ensure(users, jdbc, "rm.view", Role.VIEWER, null);
        jdbc.sql("UPDATE app_user SET email = 'rm.xa@xa.example.vn' WHERE username = 'rm.xa'")
                .update();
        form = reporting.form(FORM);
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void realTime() {
        clock.use(Clock.system(ReportClock.ZONE));
    }

    @AfterAll
    void stop() {
        SMTP.stop();
    }

    @Test
    void anOverdueReportGetsOneNoticeToTheUnitsOfficers() throws Exception {
        Period q = future(3);
        LocalDate day = form.deadline(q).plusDays(1);
        Period latest = form.latestBegun(day);
        assertThat(List.of(latest, latest.previous())).contains(q);

        int sent = reminders.send(day);
        assertThat(sent).isPositive();
        // the period before may be overdue too: it has its own notice
        List<MimeMessage> mine = about(to("rm.xa@xa.example.vn"), q);
        assertThat(mine).hasSize(1);
        MimeMessage notice = mine.get(0);
        assertThat(notice.getSubject())
                .isEqualTo("[Toàn Cảnh] Quá hạn gửi báo cáo: " + form.name() + " – " + q.labelVi() + " – "
                        + unitName("11584"));
        String body = ((String) notice.getContent()).replace("\r\n", "\n");
        assertThat(body)
                .contains("Kính gửi Người thử rm.xa,")
                .contains("đã quá hạn gửi (hạn " + DAY.format(form.deadline(q)) + ")")
                .contains("Kỳ báo cáo: " + q.labelVi())
                .contains("https://ioc.example.vn/reporting/" + FORM + "/11584/" + q.id());

        // every address written to belongs to an officer of an assigned unit; the officer without one got nothing
        Set<String> officers = Set.copyOf(jdbc.sql("""
                SELECT email FROM app_user WHERE email IS NOT NULL AND role LIKE '%OFFICER'""").query(String.class).list());
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            for (var address : m.getRecipients(Message.RecipientType.TO)) {
                assertThat(officers).contains(address.toString());
            }
        }

        // the job runs again the same day (or on another instance): nothing more goes out
        int before = SMTP.getReceivedMessages().length;
        assertThat(reminders.send(day)).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(before);
    }

    @Test
    void remindersGoOutOnTheFormsReminderDaysBeforeTheDeadline() throws Exception {
        int daysBefore =
                form.reminderDays().stream().mapToInt(Integer::intValue).max().orElseThrow();
        Period q = future(6);
        LocalDate day = form.deadline(q).minusDays(daysBefore);
        Period latest = form.latestBegun(day);
        assertThat(List.of(latest, latest.previous())).contains(q);

        reminders.send(day);
        List<MimeMessage> mine = about(to("rm.xa@xa.example.vn"), q);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).getSubject())
                .startsWith("[Toàn Cảnh] Nhắc gửi báo cáo: " + form.name() + " – " + q.labelVi())
                .endsWith("(hạn " + DAY.format(form.deadline(q)) + ")");
        assertThat((String) mine.get(0).getContent()).contains("(còn " + daysBefore + " ngày)");
        // the day after is not a reminder day unless the form says so
        SMTP.purgeEmailFromAllMailboxes();
        if (!form.reminderDays().contains(daysBefore - 1)) {
            reminders.send(day.plusDays(1));
            assertThat(about(to("rm.xa@xa.example.vn"), q)).isEmpty();
        }
    }

    @Test
    void theNavigationCountsTheReportsToSendOrApprove() {
        Period q = future(3);
        clock.use(Clock.fixed(
                form.deadline(q).plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(7)), ReportClock.ZONE));
        TestHttp http = new TestHttp(port);
        HttpResponse<String> officer = http.page("/reporting", TestHttp.basic("rm.xa", TestUsers.PASSWORD));
        assertThat(officer.body()).contains("id=\"nav-report-notices\"", "báo cáo sắp đến hạn, quá hạn hoặc chờ duyệt");
        HttpResponse<String> viewer = http.page("/reporting", TestHttp.basic("rm.view", TestUsers.PASSWORD));
        assertThat(viewer.body()).doesNotContain("nav-report-notices");
    }

    /** A period {@code n} periods after the current one: no demo report exists for it yet. */
    private Period future(int n) {
        Period p = form.latestBegun(LocalDate.now(ReportClock.ZONE));
        for (int i = 0; i < n; i++) {
            p = p.next();
        }
        return p;
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    private List<MimeMessage> about(List<MimeMessage> messages, Period period) {
        return messages.stream()
                .filter(m -> {
                    try {
                        return m.getSubject().contains(form.name() + " – " + period.labelVi() + " – ");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    private String unitName(String code) {
        return form.units().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow()
                .name();
    }
}
