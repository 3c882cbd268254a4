package vn.toancanh.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiTokenAuthenticationFilterTests {

    @Test
    void bearerAndDhis2sApiTokenCarryTheSameToken() {
        assertThat(ApiTokenAuthenticationFilter.token("Bearer tc_abc")).isEqualTo("tc_abc");
        assertThat(ApiTokenAuthenticationFilter.token("ApiToken tcx_abc")).isEqualTo("tcx_abc");
        assertThat(ApiTokenAuthenticationFilter.token("apitoken  tc_abc ")).isEqualTo("tc_abc");
        assertThat(ApiTokenAuthenticationFilter.token("Basic dXNlcjpwdw==")).isNull();
        assertThat(ApiTokenAuthenticationFilter.token("ApiTokentc_abc")).isNull();
        assertThat(ApiTokenAuthenticationFilter.token(null)).isNull();
    }
}
