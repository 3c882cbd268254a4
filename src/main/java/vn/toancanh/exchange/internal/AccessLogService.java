package vn.toancanh.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.shared.PageResult;

/**
 * The clients' access log as a hash chain: each entry stores SHA-256(previous entry's hash + its own canonical
 * content), so changing, deleting or inserting an entry in SQL breaks the chain from there on. Appends are serialised
 * by a transaction-scoped advisory lock, so entries chain in id order even across instances.
 */
@Service
public class AccessLogService {

    static final String GENESIS = "0".repeat(64);

    private final AccessLogRepository log;

    AccessLogService(AccessLogRepository log) {
        this.log = log;
    }

    /** One call as the gateway saw it. */
    public record Entry(
            long clientId,
            String keyPrefix,
            String method,
            String path,
            int status,
            long responseBytes,
            @Nullable Long rowCount,
            long durationMillis,
            @Nullable String clientAddress) {}

    /** The result of walking the chain: how many entries were checked and the first that does not match. */
    public record Verification(long checked, @Nullable AccessLogView firstBroken, Instant at) {
        public boolean intact() {
            return firstBroken == null;
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void append(Entry e) {
        log.lockChain();
        long id = log.nextId();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String prev = log.lastHash().orElse(GENESIS);
        AccessLogView row = new AccessLogView(
                id,
                e.clientId(),
                null,
                e.keyPrefix(),
                e.method(),
                e.path(),
                e.status(),
                e.responseBytes(),
                e.rowCount(),
                e.durationMillis(),
                at,
                e.clientAddress(),
                prev,
                "");
        log.insert(row, hash(prev, row));
    }

    /** The first entry whose stored hashes do not follow from its content and its predecessor, if any. */
    @Transactional(readOnly = true)
    public Optional<AccessLogView> firstBroken() {
        return Optional.ofNullable(verify().firstBroken());
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        String[] prev = {GENESIS};
        long[] checked = {0};
        AccessLogView[] broken = {null};
        log.forEachInOrder(row -> {
            if (broken[0] != null) {
                return;
            }
            checked[0]++;
            if (!row.prevHash().equals(prev[0]) || !row.entryHash().equals(hash(prev[0], row))) {
                broken[0] = row;
            }
            prev[0] = row.entryHash();
        });
        return new Verification(checked[0], broken[0], Instant.now());
    }

    @Transactional(readOnly = true)
    public PageResult<AccessLogView> list(AccessLogFilter filter, int page, int size) {
        return log.page(filter, page, size);
    }

    @Transactional(readOnly = true)
    public void forEach(AccessLogFilter filter, Consumer<AccessLogView> sink) {
        log.forEach(filter, sink);
    }

    /** The canonical content: every stored field but the hashes, in a fixed order, separated by a unit separator. */
    static String canonical(AccessLogView r) {
        return String.join(
                "\u001f",
                String.valueOf(r.id()),
                String.valueOf(r.clientId()),
                String.valueOf(r.keyPrefix()),
                r.method(),
                r.path(),
                String.valueOf(r.status()),
                String.valueOf(r.responseBytes()),
                String.valueOf(r.rowCount()),
                String.valueOf(r.durationMillis()),
                String.valueOf(r.loggedAt().toEpochMilli()),
                String.valueOf(r.clientAddress()));
    }

    static String hash(String prev, AccessLogView row) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((prev + canonical(row)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
