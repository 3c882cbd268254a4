package vn.toancanh.feedback.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.feedback.internal.FeedbackProperties;

/**
 * Spam control without a captcha: the form carries the time it was shown, signed, so a robot that posts at once (or
 * replays an old form) is told apart from a person who took a few seconds to write. Together with a honeypot field
 * and the rate limit. The key is made at start-up; a form shown before a restart is simply shown again.
 */
@Component
class FormStamp {

    private static final Duration MAX_AGE = Duration.ofHours(3);

    /** What a stamp says about the form. */
    enum Verdict {
        OK,
        TOO_FAST,
        EXPIRED
    }

    private final byte[] key = new byte[32];
    private final FeedbackProperties properties;

    FormStamp(FeedbackProperties properties) {
        this.properties = properties;
        new SecureRandom().nextBytes(key);
    }

    String issue() {
        return issue(Instant.now());
    }

    String issue(Instant at) {
        String seconds = String.valueOf(at.getEpochSecond());
        return seconds + "." + sign(seconds);
    }

    Verdict check(@Nullable String stamp, Instant now) {
        if (stamp == null) {
            return Verdict.EXPIRED;
        }
        int dot = stamp.indexOf('.');
        if (dot < 1) {
            return Verdict.EXPIRED;
        }
        String seconds = stamp.substring(0, dot);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(seconds).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.EXPIRED;
        }
        Instant shown;
        try {
            shown = Instant.ofEpochSecond(Long.parseLong(seconds));
        } catch (NumberFormatException e) {
            return Verdict.EXPIRED;
        }
        if (now.isBefore(shown.plusSeconds(properties.minFillSeconds()))) {
            return Verdict.TOO_FAST;
        }
        return now.isAfter(shown.plus(MAX_AGE)) ? Verdict.EXPIRED : Verdict.OK;
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
