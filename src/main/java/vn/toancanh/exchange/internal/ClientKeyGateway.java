package vn.toancanh.exchange.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.ApiClientGateway;
import vn.toancanh.identity.ClientAccess;
import vn.toancanh.identity.ClientAdmission;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.ResponseRows;

/**
 * Admits a call made with a client key: known, not expired or revoked (401 otherwise, checked against the database on
 * every call, so revocation is immediate), one of the key's endpoint families, read or write as the key allows, within
 * its rate, and for values and analytics within its data groups and unit subtree (403 naming what is outside).
 */
@Component
class ClientKeyGateway implements ApiClientGateway {

    private static final long TOUCH_EVERY_MILLIS = 60_000;

    private final ClientRepository clients;
    private final OrganisationService organisation;
    private final ScopeChecker scopes;
    private final KeyRateLimiter rates;
    private final AccessLogService log;
    private final Map<Long, Long> touched = new ConcurrentHashMap<>();

    ClientKeyGateway(
            ClientRepository clients,
            OrganisationService organisation,
            ScopeChecker scopes,
            KeyRateLimiter rates,
            AccessLogService log) {
        this.clients = clients;
        this.organisation = organisation;
        this.scopes = scopes;
        this.rates = rates;
        this.log = log;
    }

    @Override
    public ClientAdmission admit(String key, HttpServletRequest request) {
        Optional<KeyView> found = clients.keyByHash(ClientService.hash(key));
        if (found.isEmpty() || !found.get().usable(Instant.now())) {
            return new ClientAdmission.Denied(
                    401, "Chưa đăng nhập", "Khóa hệ thống không tồn tại, đã hết hạn hoặc đã bị thu hồi", null, null);
        }
        KeyView k = found.get();
        Long unitId = k.unitCode() == null
                ? null
                : organisation.findByCode(k.unitCode()).map(UnitView::id).orElse(-1L);
        ClientAccess access = new ClientAccess(
                k.clientId(), clients.clientName(k.clientId()), k.id(), k.prefix(), k.write(), unitId, k.dataGroups());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<EndpointFamily> family = EndpointFamily.of(path);
        if (family.isEmpty() || !k.families().contains(family.get())) {
            return forbidden(
                    access,
                    "Khóa này chỉ mở các nhóm API: "
                            + k.families().stream().map(f -> f.labelVi).collect(Collectors.joining("; ")));
        }
        boolean reading = switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS" -> true;
            default -> false;
        };
        if (reading && !k.read()) {
            return forbidden(access, "Khóa này chỉ có quyền ghi, không được đọc");
        }
        if (!reading && !k.write()) {
            return forbidden(access, "Khóa này chỉ có quyền đọc, không được ghi (" + request.getMethod() + ")");
        }
        long retryAfter = rates.tryAcquire(k.id(), k.ratePerMinute());
        if (retryAfter > 0) {
            return new ClientAdmission.Denied(
                    429,
                    "Quá nhiều yêu cầu",
                    "Khóa này được gọi tối đa " + k.ratePerMinute() + " lần mỗi phút; thử lại sau " + retryAfter
                            + " giây",
                    access,
                    retryAfter);
        }
        if (reading) {
            Optional<String> outside = scopes.outside(family.get(), k, request);
            if (outside.isPresent()) {
                return forbidden(access, outside.get());
            }
        }
        touch(k.id());
        return new ClientAdmission.Admitted(access);
    }

    @Override
    public void completed(
            ClientAccess access, HttpServletRequest request, int status, long responseBytes, long durationMillis) {
        String query = request.getQueryString();
        log.append(new AccessLogService.Entry(
                access.clientId(),
                access.keyPrefix(),
                request.getMethod(),
                request.getRequestURI() + (query == null ? "" : "?" + query),
                status,
                responseBytes,
                request.getAttribute(ResponseRows.ATTRIBUTE) instanceof Long rows ? rows : null,
                durationMillis,
                request.getRemoteAddr()));
    }

    private static ClientAdmission forbidden(ClientAccess access, String detail) {
        return new ClientAdmission.Denied(403, "Ngoài phạm vi của khóa", detail, access, null);
    }

    private void touch(long keyId) {
        long now = System.currentTimeMillis();
        Long last = touched.get(keyId);
        if (last == null || now - last > TOUCH_EVERY_MILLIS) {
            touched.put(keyId, now);
            clients.touch(keyId);
        }
    }
}
