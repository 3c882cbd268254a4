package vn.toancanh.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.analytics.AnalyticsService;
import vn.toancanh.datavalues.DataValueService;
import vn.toancanh.portal.internal.DatasetVersions;
import vn.toancanh.portal.internal.HeritageSites;
import vn.toancanh.support.Axe;
import vn.toancanh.support.Browser;

/**
 * The portal in headless Chromium, without login: the accessibility toolbar (larger text and high contrast toggle and
 * survive a reload; read-aloud speaks or says plainly that no Vietnamese voice is installed; the skip link comes first
 * on the keyboard), and axe-core on every portal page at desktop and phone width, also in high contrast.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    HeritageSites heritage;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataValueService values;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    DatasetVersions versions;

    @Test
    void toolbarEnlargesTextSwitchesContrastAndReadsAloudOrSaysWhyNot() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/portal");
            browser.find("body").sendKeys(Keys.TAB);
            assertThat(browser.script("return document.activeElement.getAttribute('href')"))
                    .isEqualTo("#main");

            double before = fontSize(browser);
            browser.find("#a11y-larger").click();
            assertThat(browser.find("#a11y-larger").getAttribute("aria-pressed"))
                    .isEqualTo("true");
            assertThat(fontSize(browser)).isGreaterThan(before * 1.2);
            browser.find("#a11y-contrast").sendKeys(Keys.ENTER);
            assertThat(htmlClass(browser)).contains("portal-contrast");
            assertThat(browser.script("return getComputedStyle(document.body).backgroundColor"))
                    .isEqualTo("rgb(0, 0, 0)");

            browser.go("/portal/data");
            assertThat(htmlClass(browser)).contains("portal-large").contains("portal-contrast");
            assertThat(browser.find("#a11y-contrast").getAttribute("aria-pressed"))
                    .isEqualTo("true");
            browser.find("#a11y-larger").click();
            browser.find("#a11y-contrast").click();
            browser.go("/portal");
            assertThat(htmlClass(browser)).doesNotContain("portal-large").doesNotContain("portal-contrast");

            browser.find("#a11y-read").click();
            String status = browser.waitUntil(d -> {
                String text = d.findElement(By.id("a11y-status")).getText();
                return text.isBlank() ? null : text;
            });
            assertThat(status)
                    .satisfiesAnyOf(
                            s -> assertThat(s)
                                    .contains("chưa cài giọng đọc tiếng Việt")
                                    .contains("Cài đặt"),
                            s -> assertThat(s).contains("Đang đọc"),
                            s -> assertThat(s).contains("không hỗ trợ đọc to"));
        }
    }

    @Test
    void portalPagesHaveNoSeriousViolationsOnDesktopAndPhone() {
        long site = heritage.list().get(0).id();
        PortalFixture f = new PortalFixture(jdbc, values, analytics);
        versions.publish(f.publicGroup, "Số liệu năm 2024 và 2025, công bố lần đầu");
        List<String> pages = List.of(
                "/portal",
                "/portal/dossiers",
                "/portal/dossiers?code=KHONG-CO",
                "/portal/data",
                "/portal/data?q=giao+duc",
                "/portal/data/XH-GDDT-02",
                "/portal/data/KHONG-CO",
                "/portal/heritage",
                "/portal/heritage/" + site,
                "/portal/heritage/" + site + "/qr",
                "/portal/topics/education",
                "/portal/topics/agriculture",
                "/portal/topics/land",
                "/portal/topics/health",
                "/portal/feedback",
                "/portal/feedback/track?code=PA-KHONGCO",
                "/portal/data?q=" + "x".repeat(120),
                // portal: dataset versions
                "/portal/data/XH-GDDT-02/versions",
                "/portal/data/" + f.publicGroup + "/versions",
                "/portal/data/KHONG-CO/versions");
        List<String> violations = new ArrayList<>();
        try (Browser browser = Browser.open(port)) {
            for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
                String suffix = size.equals(Browser.PHONE) ? "phone" : "desktop";
                browser.size(size);
                for (String path : pages) {
                    browser.go(path);
                    // the small maps load when scrolled to: let them draw before checking
                    browser.script("window.scrollTo(0, document.body.scrollHeight)");
                    sleep(300);
                    check(browser, path, suffix, violations);
                }
                browser.go("/portal");
                browser.find("#a11y-contrast").click();
                check(browser, "/portal (high contrast)", suffix, violations);
                browser.go("/portal/heritage/" + site);
                check(browser, "/portal/heritage (high contrast)", suffix, violations);
                browser.find("#a11y-contrast").click();
            }
        }
        assertThat(violations).isEmpty();
    }

    private static void check(Browser browser, String path, String suffix, List<String> violations) {
        browser.screenshot("portal-" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + suffix);
        for (String violation : Axe.seriousViolations(browser)) {
            violations.add(path + " (" + suffix + "): " + violation);
        }
    }

    private static double fontSize(Browser browser) {
        return Double.parseDouble(
                ((String) browser.script("return getComputedStyle(document.querySelector('main p')).fontSize"))
                        .replace("px", ""));
    }

    private static String htmlClass(Browser browser) {
        return String.valueOf(browser.script("return document.documentElement.className"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
