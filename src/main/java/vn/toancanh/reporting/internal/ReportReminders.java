package vn.toancanh.reporting.internal;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.Contact;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.reporting.ReportFormView;
import vn.toancanh.shared.Period;

/**
 * Each morning, e-mails the officers of every unit whose report is not yet sent: a reminder on each of the form's
 * reminder days before the deadline, and one notice once it is overdue. Each notice is recorded, so it goes
 * out once however often the job runs (and on one instance only, as the record is claimed before sending).
 */
@Component
public class ReportReminders {

    private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What kind of notice, and the reminder day it answers (0 for overdue). */
    record Notice(
            ReportFormView form,
            ReportFormView.FormUnit unit,
            Period period,
            LocalDate deadline,
            boolean overdue,
            int daysLeft) {}

    private final ReportFormRepository forms;
    private final ReportFormViews views;
    private final ReportRepository reports;
    private final IdentityService identity;
    private final ObjectProvider<JavaMailSender> mail;
    private final ReportingMailProperties properties;
    private final ReportClock clock;
    private final JdbcClient jdbc;

    ReportReminders(
            ReportFormRepository forms,
            ReportFormViews views,
            ReportRepository reports,
            IdentityService identity,
            ObjectProvider<JavaMailSender> mail,
            ReportingMailProperties properties,
            ReportClock clock,
            JdbcClient jdbc) {
        this.forms = forms;
        this.views = views;
        this.reports = reports;
        this.identity = identity;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${toancanh.reporting.mail.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        send(clock.today());
    }

    /** Sends the notices due on {@code today}; returns how many e-mails went out. */
    public int send(LocalDate today) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (Notice notice : due(today)) {
            List<Contact> to = identity.officersOf(notice.unit().id());
            if (to.isEmpty() || !claim(notice, to.size())) {
                continue;
            }
            for (Contact contact : to) {
                try {
                    sender.send(message(sender, notice, contact));
                    sent++;
                } catch (MailException | jakarta.mail.MessagingException e) {
                    log.warn(
                            "Reminder to {} for {} {} not sent: {}",
                            contact.username(),
                            notice.form().code(),
                            notice.period().id(),
                            e.getMessage());
                }
            }
        }
        return sent;
    }

    /** The notices {@code today} calls for: unsent reports of the latest and the previous period. */
    List<Notice> due(LocalDate today) {
        List<Notice> out = new java.util.ArrayList<>();
        for (ReportFormView form : views.of(forms.all())) {
            if (!form.active() || form.units().isEmpty()) {
                continue;
            }
            Period latest = form.latestBegun(today);
            for (Period period : List.of(latest.previous(), latest)) {
                LocalDate deadline = form.deadline(period);
                long left = ChronoUnit.DAYS.between(today, deadline);
                boolean overdue = left < 0;
                if (!overdue && !form.reminderDays().contains((int) left)) {
                    continue;
                }
                // one read for the period's reports, not one per unit
                Set<Long> sent = reports.ofPeriod(form.id(), period.id()).stream()
                        .filter(r -> r.status().sent())
                        .map(ReportRepository.StoredReport::unitId)
                        .collect(Collectors.toSet());
                for (ReportFormView.FormUnit unit : form.units()) {
                    if (!sent.contains(unit.id())) {
                        out.add(new Notice(form, unit, period, deadline, overdue, overdue ? 0 : (int) left));
                    }
                }
            }
        }
        return out;
    }

    /** Records the notice; false when it was already sent (by this or another instance). */
    private boolean claim(Notice n, int recipients) {
        return jdbc.sql("""
                INSERT INTO report_notice (form_id, unit_id, period, kind, days_left, recipients)
                VALUES (:f, :u, :p, :k, :d, :r) ON CONFLICT DO NOTHING""")
                        .param("f", n.form().id())
                        .param("u", n.unit().id())
                        .param("p", n.period().id())
                        .param("k", n.overdue() ? "OVERDUE" : "REMINDER")
                        .param("d", n.daysLeft())
                        .param("r", recipients)
                        .update()
                == 1;
    }

    private MimeMessage message(JavaMailSender sender, Notice n, Contact to) throws jakarta.mail.MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(to.email());
        String what = n.form().name() + " – " + n.period().labelVi() + " – "
                + n.unit().name();
        helper.setSubject(
                n.overdue()
                        ? "[Toàn Cảnh] Quá hạn gửi báo cáo: " + what
                        : "[Toàn Cảnh] Nhắc gửi báo cáo: " + what + " (hạn " + DAY.format(n.deadline()) + ")");
        String link = properties.baseUrl().replaceAll("/+$", "") + "/reporting/"
                + n.form().code() + "/" + n.unit().code() + "/" + n.period().id();
        String lead = n.overdue()
                ? "Báo cáo dưới đây đã quá hạn gửi (hạn " + DAY.format(n.deadline()) + ") mà chưa được gửi:"
                : "Báo cáo dưới đây cần gửi trước ngày " + DAY.format(n.deadline()) + " (còn " + n.daysLeft()
                        + " ngày):";
        helper.setText("""
                Kính gửi %s,

                %s

                  Báo cáo: %s (%s)
                  Kỳ báo cáo: %s
                  Đơn vị: %s
                  Hạn gửi: %s

                Mở báo cáo để nhập và gửi: %s

                Thư này do hệ thống Toàn Cảnh gửi tự động; xin đừng trả lời thư.
                """.formatted(
                        to.fullName(),
                        lead,
                        n.form().name(),
                        n.form().code(),
                        n.period().labelVi(),
                        n.unit().name(),
                        DAY.format(n.deadline()),
                        link));
        return message;
    }
}
