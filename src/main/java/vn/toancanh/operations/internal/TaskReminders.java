package vn.toancanh.operations.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.Contact;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.organisation.OrganisationService;

/**
 * Each morning, e-mails the lead unit's officers about their open tasks: a reminder three days and one day before the
 * deadline, and one notice once it has passed. Each is recorded before it is sent, so it goes out once. Without an
 * SMTP server ({@code spring.mail.host}) nothing is sent; the task lists show the same statuses.
 */
@Component
public class TaskReminders {

    private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final List<Integer> DAYS_BEFORE = List.of(3, 1);

    private record Due(long id, String code, String title, long unitId, LocalDate deadline) {}

    private final JdbcClient jdbc;
    private final IdentityService identity;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String baseUrl;

    TaskReminders(
            JdbcClient jdbc,
            IdentityService identity,
            ObjectProvider<JavaMailSender> mail,
            @Value("${toancanh.operations.mail-from:Toàn Cảnh <toancanh@localhost>}") String from,
            @Value("${toancanh.operations.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.mail = mail;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${toancanh.operations.reminder-cron:0 15 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        send(OrganisationService.today());
    }

    /** Sends what {@code today} calls for; returns how many e-mails went out. */
    public int send(LocalDate today) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<Due> open = jdbc.sql("""
                        SELECT id, code, title, lead_unit_id, deadline FROM assigned_task
                        WHERE completed_on IS NULL AND deadline <= :until""")
                .param("until", java.sql.Date.valueOf(today.plusDays(DAYS_BEFORE.get(0))))
                .query((rs, n) -> new Due(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getDate(5).toLocalDate()))
                .list();
        int sent = 0;
        for (Due task : open) {
            long left = ChronoUnit.DAYS.between(today, task.deadline());
            boolean overdue = left < 0;
            if (!overdue && !DAYS_BEFORE.contains((int) left)) {
                continue;
            }
            List<Contact> to = identity.officersOf(task.unitId());
            if (to.isEmpty() || !claim(task, overdue, overdue ? 0 : (int) left, to.size())) {
                continue;
            }
            for (Contact contact : to) {
                try {
                    sender.send(message(sender, task, overdue, left, contact));
                    sent++;
                } catch (MailException | MessagingException e) {
                    log.warn(
                            "Task reminder to {} for {} not sent: {}", contact.username(), task.code(), e.getMessage());
                }
            }
        }
        return sent;
    }

    private boolean claim(Due task, boolean overdue, int daysLeft, int recipients) {
        return jdbc.sql("""
                        INSERT INTO assigned_task_notice (task_id, kind, days_left, recipients)
                        VALUES (:t, :k, :d, :r) ON CONFLICT DO NOTHING""")
                        .param("t", task.id())
                        .param("k", overdue ? "OVERDUE" : "REMINDER")
                        .param("d", daysLeft)
                        .param("r", recipients)
                        .update()
                == 1;
    }

    private MimeMessage message(JavaMailSender sender, Due task, boolean overdue, long left, Contact to)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to.email());
        helper.setSubject(
                overdue
                        ? "[Toàn Cảnh] Nhiệm vụ quá hạn: " + task.title()
                        : "[Toàn Cảnh] Nhiệm vụ sắp đến hạn (" + DAY.format(task.deadline()) + "): " + task.title());
        String lead = overdue
                ? "Nhiệm vụ dưới đây đã quá hạn (hạn " + DAY.format(task.deadline()) + ") mà chưa hoàn thành:"
                : "Nhiệm vụ dưới đây cần hoàn thành trước ngày " + DAY.format(task.deadline()) + " (còn " + left
                        + " ngày):";
        helper.setText("""
                Kính gửi %s,

                %s

                  Nhiệm vụ: %s (%s)
                  Hạn hoàn thành: %s

                Báo cáo tiến độ tại: %s

                Thư này do hệ thống Toàn Cảnh gửi tự động; xin đừng trả lời thư.
                """.formatted(
                        to.fullName(),
                        lead,
                        task.title(),
                        task.code(),
                        DAY.format(task.deadline()),
                        baseUrl.replaceAll("/+$", "") + "/operations/tasks/" + task.code()));
        return message;
    }
}
