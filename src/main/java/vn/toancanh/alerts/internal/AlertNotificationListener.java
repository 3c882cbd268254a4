package vn.toancanh.alerts.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.toancanh.alerts.AlertRaised;
import vn.toancanh.alerts.AlertResolved;
import vn.toancanh.alerts.AlertSeverity;
import vn.toancanh.alerts.internal.AlertNotificationRepository.Channel;
import vn.toancanh.alerts.internal.AlertNotificationRepository.Queued;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;

/**
 * Queues the notifications of alert events after their transaction commits: a webhook call for each active
 * subscription whose minimum severity the alert reaches, and for a raised (or escalated) alert an e-mail to each
 * recipient of {@link AlertMailRecipients}. The outbox's unique key makes a repeated event (a republication after a
 * restart, two instances) queue nothing twice. Then tries to send them at once.
 */
@Component
class AlertNotificationListener {

    private final WebhookRepository webhooks;
    private final AlertNotificationRepository deliveries;
    private final AlertNotificationPayloads payloads;
    private final AlertMailMessages mails;
    private final AlertMailRecipients recipients;
    private final ObjectProvider<JavaMailSender> mail;
    private final OrganisationService organisation;
    private final AlertNotificationSender sender;

    AlertNotificationListener(
            WebhookRepository webhooks,
            AlertNotificationRepository deliveries,
            AlertNotificationPayloads payloads,
            AlertMailMessages mails,
            AlertMailRecipients recipients,
            ObjectProvider<JavaMailSender> mail,
            OrganisationService organisation,
            AlertNotificationSender sender) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.mails = mails;
        this.recipients = recipients;
        this.mail = mail;
        this.organisation = organisation;
        this.sender = sender;
    }

    @ApplicationModuleListener
    void on(AlertRaised e) {
        queueWebhooks(e.eventId(), "RAISED", e.level(), e.severity(), payloads.raised(e));
        // Without an SMTP server nothing could send them: the in-app bell and the alerts page still show the alert.
        if (mail.getIfAvailable() != null) {
            for (AlertMailRecipients.Recipient r : recipients.of(e.unitId())) {
                deliveries.queue(new Queued(
                        e.eventId(),
                        "RAISED",
                        e.level(),
                        Channel.EMAIL,
                        AlertMailRecipients.key(r.email()),
                        null,
                        mails.compose(e, r.email(), r.fullName())));
            }
        }
        sender.deliverAfterCommit();
    }

    @ApplicationModuleListener
    void on(AlertResolved e) {
        queueWebhooks(e.eventId(), "RESOLVED", 0, e.severity(), payloads.resolved(e, unitName(e.unitId())));
        sender.deliverAfterCommit();
    }

    private void queueWebhooks(long eventId, String kind, int level, AlertSeverity severity, String body) {
        for (WebhookRepository.Subscriber w : webhooks.active()) {
            if (severity.compareTo(w.minSeverity()) >= 0) {
                deliveries.queue(
                        new Queued(eventId, kind, level, Channel.WEBHOOK, String.valueOf(w.id()), w.id(), body));
            }
        }
    }

    private @Nullable String unitName(@Nullable Long unitId) {
        return unitId == null
                ? null
                : organisation.findById(unitId).map(UnitView::name).orElse(null);
    }
}
