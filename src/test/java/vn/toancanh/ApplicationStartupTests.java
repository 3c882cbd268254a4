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
    void staticFilesHaveContentHashedLinksAndAreCachedForAYear() {
        String page = rest.getForEntity("/login", String.class).getBody();
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"")
                .matcher(page);
        assertThat(css.find()).as("a content-hashed app.css link in %s", page).isTrue();
        assertThat(page).contains("/webjars/bootstrap/5.").doesNotContain("href=\"/css/app.css\"");
        ResponseEntity<String> file = rest.getForEntity(css.group(1), String.class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getHeaders().getCacheControl()).isEqualTo("max-age=31536000, public, immutable");
        assertThat(rest.getForEntity("/css/app.css", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/css/missing.css", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void apiWithoutCredentialsAnswersProblemJson() {
        ResponseEntity<String> response = rest.getForEntity("/api/units", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(response.getBody()).contains("urn:toancanh:problem:unauthorized");
    }
}
