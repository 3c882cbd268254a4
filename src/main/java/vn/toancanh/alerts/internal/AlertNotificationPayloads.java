package vn.toancanh.alerts.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.toancanh.alerts.AlertRaised;
import vn.toancanh.alerts.AlertResolved;
import vn.toancanh.alerts.AlertSeverity;

/** The JSON bodies webhooks receive; the same keys for every kind, null where a kind has no value. */
@Component
class AlertNotificationPayloads {

    static final String RAISED = "alert.raised";
    static final String RESOLVED = "alert.resolved";
    static final String TEST = "alert.test";

    private final JsonMapper json;
    private final AlertNotificationProperties properties;

    AlertNotificationPayloads(JsonMapper json, AlertNotificationProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    String raised(AlertRaised e) {
        return body(
                RAISED,
                e.eventId(),
                e.ruleCode(),
                e.severity(),
                e.level(),
                e.unitId(),
                e.unitName(),
                e.title(),
                e.cause(),
                link(e.link()),
                e.openedAt());
    }

    String resolved(AlertResolved e, @Nullable String unitName) {
        Map<String, Object> body = map(
                RESOLVED,
                e.eventId(),
                e.ruleCode(),
                e.severity(),
                0,
                e.unitId(),
                unitName,
                e.title(),
                null,
                link(null),
                e.resolvedAt());
        body.put("by", e.by());
        return json.writeValueAsString(body);
    }

    String test(Instant at) {
        return body(
                TEST,
                0,
                "TEST",
                AlertSeverity.INFO,
                0,
                null,
                null,
                "Thử kết nối webhook từ Toàn Cảnh",
                "Quản trị viên bấm “Gửi thử”",
                link(null),
                at);
    }

    /** The absolute address of the alert's page; the alerts list when the event names none. */
    String link(@Nullable String link) {
        return properties.absolute(link == null || link.isBlank() ? "/alerts" : link);
    }

    private String body(
            String event,
            long id,
            String rule,
            AlertSeverity severity,
            int level,
            @Nullable Long unitId,
            @Nullable String unit,
            String title,
            @Nullable String cause,
            String link,
            Instant at) {
        return json.writeValueAsString(map(event, id, rule, severity, level, unitId, unit, title, cause, link, at));
    }

    private static Map<String, Object> map(
            String event,
            long id,
            String rule,
            AlertSeverity severity,
            int level,
            @Nullable Long unitId,
            @Nullable String unit,
            String title,
            @Nullable String cause,
            String link,
            Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("id", id);
        body.put("rule", rule);
        body.put("severity", severity.name());
        body.put("level", level);
        body.put("unitId", unitId);
        body.put("unit", unit);
        body.put("title", title);
        body.put("cause", cause);
        body.put("link", link);
        body.put("at", at.toString());
        return body;
    }
}
