package vn.toancanh.feedback.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Codes citizens track their requests by ({@code PA-7K3M9QXD}: Crockford's base-32 without I, L, O, U, so it reads
 * aloud and types without confusion; 40 random bits, too many to walk through) and Open311 tokens.
 */
@Component
public class TrackingCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final SecureRandom random = new SecureRandom();
    private final FeedbackRepository requests;

    TrackingCodes(FeedbackRepository requests) {
        this.requests = requests;
    }

    public String newCode() {
        while (true) {
            StringBuilder code = new StringBuilder("PA-");
            for (int i = 0; i < 8; i++) {
                code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            if (!requests.codeExists(code.toString())) {
                return code.toString();
            }
        }
    }

    public String newToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A code as typed: upper case, spaces gone, the letters people confuse with digits read as those digits. */
    public static String normalise(String typed) {
        String s = typed.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        if (s.startsWith("PA") && !s.startsWith("PA-") && s.length() == 10) {
            s = "PA-" + s.substring(2);
        }
        if (s.length() > 3) {
            s = s.substring(0, 3)
                    + s.substring(3).replace('O', '0').replace('I', '1').replace('L', '1');
        }
        return s;
    }
}
