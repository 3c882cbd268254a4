package vn.toancanh.exchange.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.identity.ApiClientGateway;
import vn.toancanh.identity.AuditService;
import vn.toancanh.identity.IdentityService;
import vn.toancanh.shared.NotFoundException;
import vn.toancanh.shared.Sha256;

/**
 * Registers external systems and issues their keys: {@code tcx_} and 40 random URL-safe characters (240 bits), shown
 * once, kept only as SHA-256. Rotating issues a key with the same scope and revokes the old one in the same
 * transaction; every write is audited.
 */
@Service
public class ClientService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientRepository clients;
    private final ClientValidator validator;
    private final AuditService audit;
    private final IdentityService identity;

    ClientService(ClientRepository clients, ClientValidator validator, AuditService audit, IdentityService identity) {
        this.clients = clients;
        this.validator = validator;
        this.audit = audit;
        this.identity = identity;
    }

    @Transactional(readOnly = true)
    public List<ClientView> clients() {
        return clients.clients();
    }

    @Transactional(readOnly = true)
    public ClientView client(long id) {
        return clients.client(id).orElseThrow(() -> NotFoundException.of("hệ thống kết nối", String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public List<KeyView> keys(long clientId) {
        return clients.keys(clientId);
    }

    @Transactional
    public long create(ClientInput input) {
        ClientInput clean = validator.client(input, null);
        long id = clients.insert(clean, username());
        audit.record("CREATE", "exchange_client", String.valueOf(id), "Đăng ký hệ thống '" + clean.name() + "'");
        return id;
    }

    @Transactional
    public void update(long id, ClientInput input) {
        client(id);
        ClientInput clean = validator.client(input, id);
        clients.update(id, clean);
        audit.record(
                "UPDATE",
                "exchange_client",
                String.valueOf(id),
                "Sửa hệ thống '" + clean.name() + "'" + (clean.isActive() ? "" : " (ngừng hoạt động)"));
    }

    /** Returns the new key in clear text, the only time it exists outside the caller's hands. */
    @Transactional
    public IssuedKey issue(long clientId, KeyInput input) {
        ClientView client = client(clientId);
        ClientRepository.NewKey scope = validator.key(input);
        IssuedKey issued = insert(client.id(), scope);
        audit.record(
                "CREATE", "exchange_key", issued.prefix(), "Cấp khóa cho '" + client.name() + "': " + describe(scope));
        return issued;
    }

    @Transactional
    public IssuedKey rotate(long clientId, long keyId) {
        KeyView old = usableKey(clientId, keyId);
        ClientRepository.NewKey scope = new ClientRepository.NewKey(
                old.read(),
                old.write(),
                old.dataGroups(),
                old.unitCode(),
                old.families(),
                old.ratePerMinute(),
                old.expiresAt());
        IssuedKey issued = insert(clientId, scope);
        clients.revoke(keyId, issued.keyId());
        audit.record(
                "ROTATE",
                "exchange_key",
                old.prefix(),
                "Đổi khóa " + old.prefix() + "… thành " + issued.prefix() + "…");
        return issued;
    }

    @Transactional
    public String revoke(long clientId, long keyId) {
        KeyView key = usableKey(clientId, keyId);
        clients.revoke(keyId, null);
        audit.record("REVOKE", "exchange_key", key.prefix(), "Thu hồi khóa " + key.prefix() + "…");
        return key.prefix();
    }

    private KeyView usableKey(long clientId, long keyId) {
        return clients.key(keyId)
                .filter(k -> k.clientId() == clientId && k.revokedAt() == null)
                .orElseThrow(() -> NotFoundException.of("khóa", String.valueOf(keyId)));
    }

    private IssuedKey insert(long clientId, ClientRepository.NewKey scope) {
        byte[] bytes = new byte[30];
        RANDOM.nextBytes(bytes);
        String key = ApiClientGateway.KEY_PREFIX
                + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = key.substring(0, ApiClientGateway.KEY_PREFIX.length() + 6);
        long id = clients.insertKey(clientId, prefix, hash(key), scope, username());
        return new IssuedKey(id, prefix, key);
    }

    private static String describe(ClientRepository.NewKey k) {
        return (k.read() ? "đọc" : "") + (k.read() && k.write() ? "+" : "") + (k.write() ? "ghi" : "")
                + ", nhóm " + (k.dataGroups().isEmpty() ? "tất cả" : String.join(",", k.dataGroups()))
                + ", đơn vị " + (k.unitCode() == null ? "tất cả" : k.unitCode())
                + ", " + k.families() + ", " + k.ratePerMinute() + " lượt/phút, hết hạn "
                + LocalDate.ofInstant(k.expiresAt(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private String username() {
        return identity.currentUserOrSystem().username();
    }

    static String hash(String key) {
        return Sha256.hex(key);
    }

    /** A key just issued: {@code key} is shown once and never stored. */
    public record IssuedKey(long keyId, String prefix, String key) {}

    static Instant endOfDay(LocalDate date) {
        return date.plusDays(1)
                .atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
    }
}
