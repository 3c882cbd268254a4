package vn.toancanh.feedback;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.feedback.internal.ApiKeyRepository;
import vn.toancanh.feedback.internal.FeedbackProperties;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.Sha256;

/**
 * The keys Open311 client apps post requests with (the spec's {@code api_key}): an admin issues one per app, sees it
 * once, and can revoke it; only its SHA-256 is kept.
 */
@Service
@Transactional
public class Open311Keys {

    private final ApiKeyRepository keys;
    private final FeedbackProperties properties;
    private final IdentityService identity;
    private final AuditService audit;
    private final SecureRandom random = new SecureRandom();

    Open311Keys(ApiKeyRepository keys, FeedbackProperties properties, IdentityService identity, AuditService audit) {
        this.keys = keys;
        this.properties = properties;
        this.identity = identity;
        this.audit = audit;
    }

    /** A new key for the app; the returned text is the only time it is seen. */
    public String issue(String appName) {
        requireAdmin();
        String name = appName == null ? "" : appName.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw InvalidInputException.of("name", "Tên ứng dụng từ 1 đến 100 ký tự");
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String key = "o311_" + HexFormat.of().formatHex(bytes);
        keys.insert(
                name,
                hash(key),
                key.substring(0, 9),
                identity.currentUserOrSystem().username());
        audit.record("CREATE", "open311_key", name, null);
        return key;
    }

    /** Stops an active key working at once; returns the app it was issued to. */
    public String revoke(long id) {
        requireAdmin();
        String app = keys.revoke(id).orElseThrow(() -> NotFoundException.of("khóa Open311", String.valueOf(id)));
        audit.record("REVOKE", "open311_key", String.valueOf(id), app);
        return app;
    }

    @Transactional(readOnly = true)
    public List<ApiKeyRepository.KeyRow> list() {
        requireAdmin();
        return keys.list();
    }

    /** The app a key belongs to, when it is active. */
    public Optional<String> client(String key) {
        return key == null || key.isBlank() ? Optional.empty() : keys.use(hash(key.strip()));
    }

    /** Whether posting needs a key (it does unless configured otherwise). */
    public boolean required() {
        return properties.requireApiKey();
    }

    private void requireAdmin() {
        if (!identity.currentUserOrSystem().isAdmin()) {
            throw new AccessDeniedException("Chỉ quản trị viên quản lý khóa Open311");
        }
    }

    private static String hash(String key) {
        return Sha256.hex(key);
    }
}
