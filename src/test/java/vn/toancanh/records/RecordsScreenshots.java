package vn.toancanh.records;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import vn.toancanh.support.Browser;

/**
 * Screenshots of the records pages of a running demo application, at desktop and phone width:
 * {@code ./mvnw test -Dtest=RecordsScreenshots -Dscreens.port=8080} (target/screenshots/records-*.png). Not a
 * {@code *Tests} class, so normal builds skip it.
 */
class RecordsScreenshots {

    @Test
    void take() {
        int port = Integer.getInteger("screens.port", 8080);
        try (Browser browser = Browser.open(port)) {
            browser.go("/login").login("admin", "demo1234");
            List<String[]> pages = List.of(
                    new String[] {"list", "/records"},
                    new String[] {"search", "/records?q=ho%20ngheo"},
                    new String[] {"record", "/records/HS-HONGHEO-11584-2025"},
                    new String[] {"new", "/records/new"},
                    new String[] {"admin", "/records/admin"});
            for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
                String suffix = size.equals(Browser.PHONE) ? "-phone" : "";
                for (String[] page : pages) {
                    browser.size(size).go(page[1]);
                    browser.screenshot("records-" + page[0] + suffix);
                }
            }
        }
    }
}
