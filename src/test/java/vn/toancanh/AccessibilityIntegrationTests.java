package vn.toancanh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;
import vn.toancanh.support.Axe;
import vn.toancanh.support.Browser;

/**
 * axe-core on the main pages, signed in as an admin, at desktop and phone width: no serious or critical violation.
 * Screenshots land in target/screenshots. Add new main pages to {@link #PAGES}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityIntegrationTests {

    /** Pages checked after login; the last one does not exist, so the 404 page is checked too. */
    static final List<String> PAGES = List.of(
            "/",
            "/admin/users",
            "/admin/users/new",
            "/admin/audit",
            "/account/password",
            "/account/tokens",
            "/units",
            "/units/list?q=an%20duong",
            "/units/312",
            "/units/new",
            "/units/merge",
            "/catalog",
            "/catalog?group=KT-TCKH-01",
            "/catalog/items/KT-TCKH-01-001",
            "/catalog/items/new",
            "/entry",
            "/entry?orgUnit=11584&group=KT-TCKH-01&period=202401",
            "/coming/alerts",
            "/reports/exports",
            "/reports/library",
            "/operations/dossiers",
            "/operations/tasks",
            "/operations/documents",
            "/alerts",
            "/alerts/rules",
            "/alerts/rules/new",
            "/alerts/webhooks",
            "/portal/dossiers?code=KHONG-CO",
            "/reports/templates",
            "/reports/templates/new",
            "/reports/templates/BC-KTXH-THANG/edit",
            "/reporting/BC-KTXH-XA-THANG/consolidated/312/202401",
            "/reporting/admin/rules",
            "/reporting/admin/rules/new",
            "/reporting/admin/forms/BC-KTXH-HUYEN-THANG/mapping",
            "/reporting/BC-KTXH-HUYEN-THANG/consolidated/312/202401",
            "/dashboards",
            "/dashboards/KT",
            "/dashboards/XH",
            "/dashboards/new",
            "/wall",
            "/m/",
            "/catalog/indicators",
            "/catalog/indicators/new",
            "/catalog/indicators/IND-HS-TRUCTUYEN/edit",
            "/catalog/targets/IND-HS-TRUCTUYEN",
            "/catalog/targets/IND-HS-TRUCTUYEN/edit?unit=11584&year=2026",
            "/map",
            "/map?dx=KT-TCKH-01-001&pe=LAST_12_MONTHS",
            "/map/admin",
            "/map/admin?layer=CAMERA",
            "/map/admin/pois/new",
            "/feedback",
            "/feedback?status=OPEN&timeliness=OVERDUE",
            "/feedback/figures",
            "/feedback/categories",
            "/feedback/categories/new",
            "/feedback/categories/GT-DUONG",
            "/feedback/keys",
            "/admin/portal",
            "/reporting",
            "/reporting/BC-KTXH-XA-THANG",
            "/reporting/BC-KTXH-XA-THANG/11584/202401",
            "/reporting/BC-DAUTU-QUY/312-TCKH/2024Q2",
            "/reporting/BC-KTXH-XA-THANG/validation",
            "/reporting/admin/forms/new",
            "/reporting/admin/forms/BC-KTXH-XA-THANG/edit",
            "/units/geometry",
            "/sensors",
            "/sensors/CAM-LE-THIEN",
            "/sensors/KT-AN-DUONG?measure=HUMIDITY&range=30d",
            "/khong-co-trang-nay",
            "/records",
            "/records/new",
            "/records/admin",
            "/meetings",
            "/meetings/1",
            "/meetings/1/read",
            "/meetings/new",
            "/meetings/search?q=ngan+sach",
            "/meetings/items/1/result");

    @LocalServerPort
    int port;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void mainPagesHaveNoSeriousViolationsOnDesktopAndPhone() {
        var admin = TestUsers.ensure(users, jdbc, "a11y.admin", Role.ADMIN, null);
        List<String> pages = new ArrayList<>(PAGES);
        pages.add("/admin/users/" + admin.id());
        List<String> violations = new ArrayList<>();
        try (Browser browser = Browser.open(port)) {
            for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
                String suffix = size.equals(Browser.PHONE) ? "phone" : "desktop";
                browser.size(size).go("/login");
                check(browser, "/login", suffix, violations);
                browser.login("a11y.admin", TestUsers.PASSWORD);
                for (String path : pages) {
                    browser.go(path);
                    check(browser, path, suffix, violations);
                }
                submitInvalidForms(browser, suffix, violations);
                browser.driver().manage().deleteAllCookies();
            }
        }
        assertThat(violations).isEmpty();
    }

    /** Pages with messages beside fields and a new token shown once: states people meet often. */
    private void submitInvalidForms(Browser browser, String suffix, List<String> violations) {
        browser.go("/admin/users/new");
        browser.script("arguments[0].click()", browser.find("main form button[type=submit]"));
        browser.waitUntil(d -> !d.findElements(org.openqa.selenium.By.cssSelector(".invalid-feedback"))
                .isEmpty());
        check(browser, "/admin/users/new (errors)", suffix, violations);

        browser.go("/account/tokens");
        browser.find("#name").sendKeys("Kiểm tra truy cập");
        browser.script("arguments[0].click()", browser.find("main form button[type=submit]"));
        browser.waitUntil(
                d -> !d.findElements(org.openqa.selenium.By.id("new-token")).isEmpty());
        check(browser, "/account/tokens (created)", suffix, violations);

        browser.go("/alerts/webhooks");
        browser.find("#url").sendKeys("khong-phai-dia-chi");
        browser.script("arguments[0].click()", browser.find("main form button[type=submit]"));
        browser.waitUntil(
                d -> !d.findElements(org.openqa.selenium.By.id("url-error")).isEmpty());
        check(browser, "/alerts/webhooks (errors)", suffix, violations);
        browser.find("#name").sendKeys("Kiểm tra truy cập");
        browser.find("#url").clear();
        browser.find("#url").sendKeys("http://127.0.0.1:9/a11y");
        browser.script("arguments[0].click()", browser.find("main form button[type=submit]"));
        browser.waitUntil(
                d -> !d.findElements(org.openqa.selenium.By.id("new-secret")).isEmpty());
        check(browser, "/alerts/webhooks (created)", suffix, violations);
    }

    private static void check(Browser browser, String path, String suffix, List<String> violations) {
        browser.screenshot("a11y-" + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + suffix);
        for (String violation : Axe.seriousViolations(browser)) {
            violations.add(path + " (" + suffix + "): " + violation);
        }
    }
}
