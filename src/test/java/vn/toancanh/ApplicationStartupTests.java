package vn.toancanh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The application starts on PostgreSQL with its migrations and serves the Vietnamese login page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTestRestTemplate
class ApplicationStartupTests {

    @Autowired
    TestRestTemplate rest;

    @Test
    void servesTheLoginPageInVietnamese() {
        ResponseEntity<String> page = rest.getForEntity("/login", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody())
                .contains("Đăng nhập")
                .contains("Tên đăng nhập")
                .contains("bootstrap.min.css");
    }

    @Test
    void apiWithoutCredentialsAnswersProblemJson() {
        ResponseEntity<String> response = rest.getForEntity("/api/units", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(response.getBody()).contains("urn:toancanh:problem:unauthorized");
    }
}
