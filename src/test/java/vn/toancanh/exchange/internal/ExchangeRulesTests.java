package vn.toancanh.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The small rules under the gateway and the access log: path families, the chained hash. */
class ExchangeRulesTests {

    @Test
    void pathsMapToTheirFamilyAndNoOther() {
        assertThat(EndpointFamily.of("/api/dataValueSets")).contains(EndpointFamily.DATA_VALUES);
        assertThat(EndpointFamily.of("/api/dataValueSets/jobs/1")).contains(EndpointFamily.DATA_VALUES);
        assertThat(EndpointFamily.of("/api/analytics.csv")).contains(EndpointFamily.ANALYTICS);
        assertThat(EndpointFamily.of("/api/analytics/targets")).contains(EndpointFamily.ANALYTICS);
        assertThat(EndpointFamily.of("/api/reportForms")).contains(EndpointFamily.REPORTS);
        assertThat(EndpointFamily.of("/api/dataValueSetsX")).isEmpty();
        assertThat(EndpointFamily.of("/api/users")).isEmpty();
        assertThat(EndpointFamily.of("/api/exchange/access-log")).isEmpty();
    }

    @Test
    void theEntryHashCoversEveryFieldAndThePreviousHash() {
        AccessLogView row = new AccessLogView(
                7,
                3L,
                null,
                "tcx_abcdef",
                "GET",
                "/api/analytics?dimension=dx:A",
                200,
                1234,
                57L,
                12,
                Instant.ofEpochMilli(1_764_000_000_000L),
                "127.0.0.1",
                AccessLogService.GENESIS,
                "");
        String hash = AccessLogService.hash(AccessLogService.GENESIS, row);
        assertThat(hash).hasSize(64).isEqualTo(AccessLogService.hash(AccessLogService.GENESIS, row));
        assertThat(AccessLogService.hash("1".repeat(64), row)).isNotEqualTo(hash);
        AccessLogView altered = new AccessLogView(
                7,
                3L,
                null,
                "tcx_abcdef",
                "GET",
                "/api/analytics?dimension=dx:A",
                403,
                1234,
                57L,
                12,
                Instant.ofEpochMilli(1_764_000_000_000L),
                "127.0.0.1",
                AccessLogService.GENESIS,
                "");
        assertThat(AccessLogService.hash(AccessLogService.GENESIS, altered)).isNotEqualTo(hash);
        AccessLogView otherTime = new AccessLogView(
                7,
                3L,
                null,
                "tcx_abcdef",
                "GET",
                "/api/analytics?dimension=dx:A",
                200,
                1234,
                57L,
                12,
                Instant.ofEpochMilli(1_764_000_000_001L),
                "127.0.0.1",
                AccessLogService.GENESIS,
                "");
        assertThat(AccessLogService.hash(AccessLogService.GENESIS, otherTime)).isNotEqualTo(hash);
    }
}
