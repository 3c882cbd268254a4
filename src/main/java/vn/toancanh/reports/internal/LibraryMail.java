package vn.toancanh.reports.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.toancanh.reports.LibraryEntry;

/**
 * Sends a library report to its template's subscribers: one message, subscribers in Bcc (they need not see each
 * other's addresses), the PDF and the workbook attached, a link to the library. Without an SMTP server configured
 * ({@code spring.mail.host}) nothing is sent and the library says so.
 */
@Component
public class LibraryMail {

    /** How a sending went: how many it went to, or why it did not go. */
    public record Outcome(int recipients, String error) {}

    private final ObjectProvider<JavaMailSender> mail;
    private final ReportsProperties properties;

    LibraryMail(ObjectProvider<JavaMailSender> mail, ReportsProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    public Outcome send(LibraryEntry entry, List<String> to, byte[] pdf, byte[] xlsx, String fileName) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return new Outcome(0, "Chưa cấu hình máy chủ thư (spring.mail.host)");
        }
        if (to.isEmpty()) {
            return new Outcome(0, null);
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(properties.mailFrom());
            helper.setBcc(to.toArray(String[]::new));
            helper.setSubject("[Toàn Cảnh] " + entry.title());
            String link = properties.baseUrl().replaceAll("/+$", "") + "/reports/library/" + entry.id();
            helper.setText("""
                    Kính gửi quý cơ quan, đơn vị,

                    Hệ thống Toàn Cảnh gửi kèm báo cáo: %s
                    Kỳ báo cáo: %s

                    Tệp đính kèm: bản PDF để đọc, in và bản Excel để sử dụng số liệu.
                    Xem trong thư viện báo cáo: %s

                    Thư này do hệ thống Toàn Cảnh gửi tự động; xin đừng trả lời thư.
                    """.formatted(entry.title(), entry.periodLabel(), link));
            helper.addAttachment(fileName + ".pdf", new ByteArrayResource(pdf), "application/pdf");
            helper.addAttachment(
                    fileName + ".xlsx",
                    new ByteArrayResource(xlsx),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            sender.send(message);
            return new Outcome(to.size(), null);
        } catch (MailException | MessagingException e) {
            return new Outcome(0, "Không gửi được thư: " + e.getMessage());
        }
    }
}
