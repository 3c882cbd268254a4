package vn.toancanh.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenServiceTests {

    @Test
    void tokensAreTcAndFortyUrlSafeCharactersAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = ApiTokenService.newToken();
            assertThat(token).matches("tc_[A-Za-z0-9_-]{40}");
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void storesTheSha256HexOfTheToken() {
        assertThat(ApiTokenService.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreQuoted() {
        assertThat(AuditQueryService.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(AuditQueryService.cell("+1")).isEqualTo("'+1");
        assertThat(AuditQueryService.cell("Tạo chỉ tiêu")).isEqualTo("Tạo chỉ tiêu");
        assertThat(AuditQueryService.cell(null)).isEmpty();
    }
}
