package vn.toancanh.alerts.internal;

import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.toancanh.alerts.internal.AlertNotificationRepository.Channel;
import vn.toancanh.alerts.internal.AlertNotificationRepository.Claimed;

/**
 * Sends what is due in the outbox: webhook calls and e-mails. Each batch is claimed in a short transaction of its
 * own, the calls are made outside it, and each outcome is recorded: SENT, due again after the back-off, or FAILED
 * after the last attempt. Runs as soon as deliveries are queued and every {@code toancanh.alerts.delivery.interval}.
 */
@Component
public class AlertNotificationSender {

    private static final Logger log = LoggerFactory.getLogger(AlertNotificationSender.class);
    private static final int BATCH = 20;

    private final AlertNotificationRepository deliveries;
    private final WebhookClient webhooks;
    private final AlertMailMessages mails;
    private final ObjectProvider<JavaMailSender> mail;
    private final AlertNotificationProperties properties;
    private final TransactionTemplate tx;

    AlertNotificationSender(
            AlertNotificationRepository deliveries,
            WebhookClient webhooks,
            AlertMailMessages mails,
            ObjectProvider<JavaMailSender> mail,
            AlertNotificationProperties properties,
            PlatformTransactionManager transactions) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.mails = mails;
        this.mail = mail;
        this.properties = properties;
        // New transactions always: this also runs from after-commit callbacks, where the finished one is still bound.
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(
            fixedDelayString = "${toancanh.alerts.delivery.interval:30s}",
            initialDelayString = "${toancanh.alerts.delivery.interval:30s}")
    void scheduled() {
        deliverDue();
    }

    /**
     * Sends every due delivery; returns how many were sent. Calls may overlap (here or on other instances): each
     * claims different rows.
     */
    public int deliverDue() {
        int sent = 0;
        List<Claimed> batch;
        do {
            batch = tx.execute(s ->
                    deliveries.claimDue(Instant.now(), properties.delivery().lease(), BATCH));
            for (Claimed d : batch) {
                sent += deliver(d) ? 1 : 0;
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    /**
     * Sends what is due once the current transaction has committed (its queued rows are visible then), or now when
     * there is none. A failure here only delays delivery to the next scheduled run.
     */
    public void deliverAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deliverSafely();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deliverSafely();
            }
        });
    }

    private void deliverSafely() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("Alert deliveries left for the next run: {}", e.getMessage());
        }
    }

    private boolean deliver(Claimed d) {
        String error;
        try {
            error = d.channel() == Channel.WEBHOOK ? callWebhook(d) : sendMail(d);
        } catch (RuntimeException e) {
            error = "Lỗi: " + e.getClass().getSimpleName();
            log.warn("Alert delivery {} failed", d.id(), e);
        }
        String why = error;
        if (why == null) {
            tx.executeWithoutResult(s -> deliveries.sent(d.id(), Instant.now()));
            return true;
        }
        Instant retryAt = d.attempts() >= properties.delivery().maxAttempts()
                ? null
                : Instant.now().plus(properties.delivery().backoffAfter(d.attempts()));
        log.info("Alert delivery {} ({}) attempt {} failed: {}", d.id(), d.channel(), d.attempts(), why);
        tx.executeWithoutResult(s -> deliveries.failed(d.id(), why, retryAt));
        return false;
    }

    private @Nullable String callWebhook(Claimed d) {
        if (d.url() == null || d.secret() == null) {
            return "Webhook không còn tồn tại";
        }
        String event = switch (d.kind()) {
            case "RESOLVED" -> AlertNotificationPayloads.RESOLVED;
            case "TEST" -> AlertNotificationPayloads.TEST;
            default -> AlertNotificationPayloads.RAISED;
        };
        return webhooks.post(d.url(), d.secret(), d.id(), event, d.payload());
    }

    private @Nullable String sendMail(Claimed d) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return "Chưa cấu hình máy chủ thư (spring.mail.host)";
        }
        try {
            sender.send(mails.message(sender, d.payload()));
            return null;
        } catch (MailException | MessagingException e) {
            return "Không gửi được thư: " + e.getClass().getSimpleName();
        }
    }
}
