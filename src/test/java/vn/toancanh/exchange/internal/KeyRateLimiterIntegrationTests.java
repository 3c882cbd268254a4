package vn.toancanh.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rate window is counted in PostgreSQL: two instances (two limiters on one database) share one budget per key,
 * and say when the minute ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyRateLimiterIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClientService clients;

    @Test
    void twoInstancesShareOneBudgetPerKey() throws InterruptedException {
        long key = key();
        long other = key();
        KeyRateLimiter first = new KeyRateLimiter(jdbc);
        KeyRateLimiter second = new KeyRateLimiter(jdbc);
        if (LocalTime.now().getSecond() > 55) {
            Thread.sleep(6_000); // stay within one minute (both clocks are close enough to the database's)
        }
        int allowed = 0;
        for (int i = 0; i < 6; i++) {
            allowed += (i % 2 == 0 ? first : second).tryAcquire(key, 5) == 0 ? 1 : 0;
        }
        assertThat(allowed).as("5 of 6 calls spread over two instances").isEqualTo(5);
        assertThat(first.tryAcquire(key, 5)).isBetween(1L, 60L);
        assertThat(second.tryAcquire(other, 5)).as("keys are counted apart").isZero();

        // a new minute starts a new window
        jdbc.sql("UPDATE exchange_rate_window SET minute = minute - 1 WHERE key_id = :k")
                .param("k", key)
                .update();
        assertThat(second.tryAcquire(key, 5)).isZero();
    }

    private long key() {
        long client = clients.create(new ClientInput(
                "Hệ thống đếm lượt " + System.nanoTime(),
                "Sở Thông tin",
                "Nguyễn Văn A",
                "a@example.vn",
                null,
                null,
                true));
        return clients.issue(client, new KeyInput(true, false, "", "", List.of("CATALOG"), null, 5))
                .keyId();
    }
}
