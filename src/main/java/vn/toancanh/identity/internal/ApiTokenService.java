package vn.toancanh.identity.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.ApiScope;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.Sha256;

/**
 * Personal API tokens for scripts: {@code tc_} and 40 random URL-safe characters (240 bits), shown once. Only a
 * SHA-256 hash is kept: a fast hash is enough for a random secret of that length, and it keeps the per-request
 * check cheap.
 */
@Service
public class ApiTokenService {

    public static final String PREFIX = "tc_";
    public static final int MAX_DAYS = 365;
    private static final String ENTITY = "api_token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AuditService audit;
    private final IdentityProperties properties;

    private final IdentityService identity;

    ApiTokenService(
            ApiTokenRepository tokens, AuditService audit, IdentityProperties properties, IdentityService identity) {
        this.identity = identity;
        this.tokens = tokens;
        this.audit = audit;
        this.properties = properties;
    }

    /** The lifetime the create form proposes ({@code toancanh.identity.token-days}). */
    public int defaultDays() {
        return Math.max(1, Math.min(MAX_DAYS, properties.tokenDays()));
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> list(long userId) {
        return tokens.forUser(userId);
    }

    @Transactional
    public CreatedToken create(long userId, @Nullable String name, @Nullable Integer days) {
        return create(userId, name, days, null);
    }

    /**
     * A token limited to {@code scope} (null: the owner's full rights). A province-reports token reads every unit's
     * submitted reports, so only leaders and admins may make one.
     */
    @Transactional
    public CreatedToken create(long userId, @Nullable String name, @Nullable Integer days, @Nullable ApiScope scope) {
        String label = name == null ? "" : name.trim();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (label.isEmpty() || label.length() > 100) {
            problems.add(new FieldProblem("name", "Vui lòng đặt tên cho mã (tối đa 100 ký tự)"));
        }
        if (days == null || days < 1 || days > MAX_DAYS) {
            problems.add(new FieldProblem("days", "Thời hạn từ 1 đến " + MAX_DAYS + " ngày"));
        }
        if (scope == ApiScope.PROVINCE_REPORTS
                && !identity.currentUserOrSystem().readsAll()) {
            problems.add(new FieldProblem("scope", "Chỉ lãnh đạo và quản trị viên được tạo mã cho hệ thống của tỉnh"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String token = newToken();
        String prefix = token.substring(0, PREFIX.length() + 6);
        Instant expires = Instant.now().plus(Duration.ofDays(days));
        long id = tokens.insert(userId, label, prefix, hash(token), expires, scope);
        audit.record(
                "CREATE",
                ENTITY,
                prefix,
                "Tạo mã '" + label + "', hết hạn " + DisplayTime.format(expires)
                        + (scope == null ? "" : ", phạm vi " + scope.name()));
        return new CreatedToken(tokens.find(id, userId).orElseThrow(), token);
    }

    @Transactional
    public void revoke(long userId, long tokenId) {
        ApiTokenView token = tokens.find(tokenId, userId)
                .orElseThrow(() -> NotFoundException.of("mã truy cập", String.valueOf(tokenId)));
        tokens.revoke(tokenId);
        audit.record("REVOKE", ENTITY, token.prefix(), "Thu hồi mã '" + token.name() + "'");
    }

    static String newToken() {
        byte[] bytes = new byte[30];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
