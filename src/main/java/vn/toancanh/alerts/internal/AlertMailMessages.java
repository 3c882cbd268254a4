package vn.toancanh.alerts.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.alerts.AlertRaised;

/**
 * The e-mail of a raised alert, in Vietnamese plain text. Written when the delivery is queued (the outbox keeps the
 * subject and text as JSON), sent by {@link AlertNotificationSender}.
 */
@Component
class AlertMailMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final JsonMapper json;
    private final AlertNotificationPayloads payloads;
    private final AlertNotificationProperties properties;

    AlertMailMessages(JsonMapper json, AlertNotificationPayloads payloads, AlertNotificationProperties properties) {
        this.json = json;
        this.payloads = payloads;
        this.properties = properties;
    }

    /** The outbox payload of the mail to one recipient; {@code fullName} null for a fixed address. */
    String compose(AlertRaised e, String to, @Nullable String fullName) {
        String subject = "[" + e.severity().labelVi() + "] " + e.title();
        String lead = e.escalated()
                ? "Cảnh báo dưới đây vừa được nâng lên mức cao hơn:"
                : "Hệ thống Toàn Cảnh vừa ghi nhận cảnh báo dưới đây:";
        String text = """
                Kính gửi %s,

                %s

                  Nội dung: %s
                  Mức độ: %s
                  Đơn vị: %s
                  Nguyên nhân: %s
                  Thời điểm: %s
                  Quy tắc: %s

                Xem chi tiết tại: %s

                Thư này do hệ thống Toàn Cảnh gửi tự động; xin đừng trả lời thư.
                """.formatted(
                        fullName == null || fullName.isBlank() ? "anh/chị" : fullName,
                        lead,
                        e.title(),
                        e.severity().labelVi() + (e.level() > 0 ? " — cấp " + roman(e.level()) : ""),
                        e.unitName() == null ? "—" : e.unitName(),
                        e.cause(),
                        TIME.format(e.openedAt().atZone(AlertNotificationTime.ZONE)),
                        e.ruleName(),
                        payloads.link(e.link()));
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("to", to);
        payload.put("subject", subject);
        payload.put("text", text);
        return json.writeValueAsString(payload);
    }

    MimeMessage message(JavaMailSender sender, String payload) throws MessagingException {
        JsonNode mail = json.readTree(payload);
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.mail().from());
        helper.setTo(mail.get("to").asString());
        helper.setSubject(mail.get("subject").asString());
        helper.setText(mail.get("text").asString());
        return message;
    }

    /** Alarm levels are written I, II, III in Vietnamese warnings (báo động II). */
    static String roman(int level) {
        return switch (level) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            case 5 -> "V";
            default -> String.valueOf(level);
        };
    }
}
