package vn.toancanh;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.toancanh.identity.Role;
import vn.toancanh.identity.TestHttp;
import vn.toancanh.identity.TestUsers;
import vn.toancanh.identity.internal.UserAdminService;

/**
 * Who may call what. (1) Every controller method declares it with {@code @PreAuthorize}. (2) A table of role ×
 * endpoint expectations, called over HTTP as each role (HTTP Basic) and as an anonymous client: any unexpected allow
 * or deny fails, and all mismatches are listed. Add a row to {@link #EXPECTATIONS} for every new endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityMatrixIntegrationTests {

    /** Who calls: no credentials, or a user of each role. */
    enum Caller {
        ANONYMOUS,
        ADMIN,
        LEADER,
        DEPARTMENT_OFFICER,
        COMMUNE_OFFICER,
        PARTNER_OFFICER,
        VIEWER
    }

    static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);
    static final Set<Caller> OFFICERS_AND_ADMIN =
            EnumSet.of(Caller.ADMIN, Caller.DEPARTMENT_OFFICER, Caller.COMMUNE_OFFICER, Caller.PARTNER_OFFICER);
    static final Set<Caller> APPROVERS = EnumSet.of(
            Caller.ADMIN, Caller.LEADER, Caller.DEPARTMENT_OFFICER, Caller.COMMUNE_OFFICER, Caller.PARTNER_OFFICER);
    static final Set<Caller> LEADERS_AND_ADMIN = EnumSet.of(Caller.ADMIN, Caller.LEADER);

    /**
     * One request and the callers it must let through. "Let through" means the request passed authorization: 2xx,
     * 3xx (other than to the login page), 404 for a missing resource or 400 for a deliberately invalid body.
     */
    record Expectation(String method, String path, @Nullable String jsonBody, Set<Caller> allowed) {

        static Expectation get(String path, Set<Caller> allowed) {
            return new Expectation("GET", path, null, allowed);
        }

        static Expectation post(String path, String jsonBody, Set<Caller> allowed) {
            return new Expectation("POST", path, jsonBody, allowed);
        }

        static Expectation put(String path, String jsonBody, Set<Caller> allowed) {
            return new Expectation("PUT", path, jsonBody, allowed);
        }
    }

    /** The lead appends rows here as modules merge (e.g. {@code get("/api/units", SIGNED_IN)}). */
    static final List<Expectation> EXPECTATIONS = List.of(
            Expectation.get("/", SIGNED_IN),
            Expectation.get("/login", EVERYONE),
            Expectation.get("/coming/alerts", SIGNED_IN),
            Expectation.get("/admin/users", ADMIN),
            Expectation.get("/admin/users/new", ADMIN),
            Expectation.get("/api/users", ADMIN),
            Expectation.get("/api/users/999999999", ADMIN),
            Expectation.post("/api/users", "{}", ADMIN),
            Expectation.put("/api/users/999999999", "{}", ADMIN),
            Expectation.get("/admin/audit", ADMIN),
            Expectation.get("/admin/audit.csv", ADMIN),
            Expectation.get("/api/auditLog", ADMIN),
            Expectation.get("/account/tokens", SIGNED_IN),
            Expectation.get("/account/password", SIGNED_IN),
            Expectation.get("/swagger-ui.html", EVERYONE),
            Expectation.get("/v3/api-docs", EVERYONE),
            Expectation.get("/actuator/health", EVERYONE),
            // organisation
            Expectation.get("/units", SIGNED_IN),
            Expectation.get("/units/list", SIGNED_IN),
            Expectation.get("/units/312", SIGNED_IN),
            Expectation.get("/units/new", ADMIN),
            Expectation.get("/units/312/edit", ADMIN),
            Expectation.get("/units/import", ADMIN),
            Expectation.get("/units/merge", ADMIN),
            Expectation.get("/api/units", SIGNED_IN),
            Expectation.get("/api/units/tree", SIGNED_IN),
            Expectation.get("/api/units/312", SIGNED_IN),
            Expectation.get("/api/units/export?format=csv", SIGNED_IN),
            Expectation.post("/api/units", "{}", ADMIN),
            Expectation.put("/api/units/999999999", "{}", ADMIN),
            Expectation.post("/api/units/merge", "{}", ADMIN),
            // catalog
            Expectation.get("/catalog", SIGNED_IN),
            Expectation.get("/catalog/items/new", ADMIN),
            Expectation.get("/catalog/groups/new", ADMIN),
            Expectation.get("/catalog/import", ADMIN),
            Expectation.get("/api/dataItems", SIGNED_IN),
            Expectation.get("/api/dataGroups", SIGNED_IN),
            Expectation.get("/api/domains", SIGNED_IN),
            Expectation.get("/api/categoryCombos", SIGNED_IN),
            Expectation.get("/api/catalog/export?format=csv", SIGNED_IN),
            Expectation.post("/api/dataItems", "{}", ADMIN),
            Expectation.post("/api/dataGroups", "{}", ADMIN),
            // data values: the grid and Excel templates are for writers; the API answers every signed-in user and
            // reports rows outside a reader's write scope as conflicts in the import summary
            Expectation.get("/entry", OFFICERS_AND_ADMIN),
            Expectation.get("/api/dataValueSets?dataGroup=KT-TCKH-01&period=202401&orgUnit=312", SIGNED_IN),
            Expectation.post("/api/dataValueSets?dryRun=true", "{\"dataValues\":[]}", SIGNED_IN),
            Expectation.get("/api/dataValues/history?de=KT-TCKH-01-001&ou=312&pe=202401", SIGNED_IN),
            // dashboards: everyone signed in reads the standard ones and composes their own; admins edit the standard
            // ones (the event stream /api/dashboard/events never ends, so DashboardApiIntegrationTests checks it)
            Expectation.get("/dashboards", SIGNED_IN),
            Expectation.get("/dashboards/KT", SIGNED_IN),
            Expectation.get("/dashboards/new", SIGNED_IN),
            Expectation.get("/dashboards/KT/edit", ADMIN),
            Expectation.get("/dashboards/U999999999", SIGNED_IN),
            Expectation.get("/wall", SIGNED_IN),
            Expectation.get("/m", SIGNED_IN),
            Expectation.get("/m/", SIGNED_IN),
            Expectation.get("/m/sw.js", SIGNED_IN),
            Expectation.get("/m/manifest.webmanifest", SIGNED_IN),
            Expectation.get("/api/dashboards", SIGNED_IN),
            Expectation.get("/api/dashboards/HOME", SIGNED_IN),
            Expectation.post("/api/dashboards", "{}", SIGNED_IN),
            Expectation.put("/api/dashboards/KT", "{}", ADMIN),
            // catalog: indicators (written by admins) and targets (set by admins and leaders)
            Expectation.get("/catalog/indicators", SIGNED_IN),
            Expectation.get("/catalog/indicators/new", ADMIN),
            Expectation.get("/catalog/indicators/IND-HS-TRUCTUYEN/edit", ADMIN),
            Expectation.get("/catalog/targets/IND-HS-TRUCTUYEN", SIGNED_IN),
            Expectation.get(
                    "/catalog/targets/IND-HS-TRUCTUYEN/edit?unit=312&year=2026",
                    EnumSet.of(Caller.ADMIN, Caller.LEADER)),
            Expectation.get("/api/indicators", SIGNED_IN),
            Expectation.get("/api/indicators/IND-HS-TRUCTUYEN", SIGNED_IN),
            Expectation.post("/api/indicators", "{}", ADMIN),
            Expectation.put("/api/indicators/999999999", "{}", ADMIN),
            Expectation.get("/api/targets?dx=IND-HS-TRUCTUYEN", SIGNED_IN),
            Expectation.put("/api/targets", "{}", EnumSet.of(Caller.ADMIN, Caller.LEADER)),
            new Expectation("DELETE", "/api/targets/999999999", null, EnumSet.of(Caller.ADMIN, Caller.LEADER)),
            // map: everyone signed in reads; admins write points and unit boundaries
            Expectation.get("/map", SIGNED_IN),
            Expectation.get("/map/admin", ADMIN),
            Expectation.get("/map/admin/pois/new", ADMIN),
            Expectation.get("/api/map/units?parent=312", SIGNED_IN),
            Expectation.get("/api/map/pois?layer=STATION", SIGNED_IN),
            Expectation.get("/api/map/pois/999999999", SIGNED_IN),
            Expectation.get("/api/map/pois/export?layer=CAMERA", SIGNED_IN),
            Expectation.get("/api/map/search?q=le%20thien", SIGNED_IN),
            Expectation.post("/api/map/pois", "{}", ADMIN),
            Expectation.put("/api/map/pois/999999999", "{}", ADMIN),
            new Expectation("DELETE", "/api/map/pois/999999999", null, ADMIN),
            Expectation.post("/api/map/pois/import?layer=CAMERA", "{}", ADMIN),
            Expectation.get("/units/geometry", ADMIN),
            Expectation.post("/api/units/geometry", "{}", ADMIN),
            Expectation.put("/api/units/999999999/geometry", "{}", ADMIN),
            // periodic reporting: everyone signed in reads forms and statuses; admins build forms; the reporting
            // unit's officers fill and submit (the unit is checked by the service); approvers approve and return;
            // leaders and admins reopen
            Expectation.get("/api/reportForms", SIGNED_IN),
            Expectation.get("/api/reportForms/NO-SUCH-FORM", SIGNED_IN),
            Expectation.post("/api/reportForms", "{}", ADMIN),
            Expectation.put("/api/reportForms/NO-SUCH-FORM", "{}", ADMIN),
            Expectation.get("/api/reports?form=BC-KTXH-XA-THANG&period=202401", SIGNED_IN),
            Expectation.get("/api/reports/NO-SUCH-FORM/11584/202401", SIGNED_IN),
            Expectation.post("/api/reports/NO-SUCH-FORM/11584/202401/edit", "{}", OFFICERS_AND_ADMIN),
            Expectation.post("/api/reports/NO-SUCH-FORM/11584/202401/submit", "{}", OFFICERS_AND_ADMIN),
            Expectation.post("/api/reports/NO-SUCH-FORM/11584/202401/approve", "{}", APPROVERS),
            Expectation.post("/api/reports/NO-SUCH-FORM/11584/202401/return", "{}", APPROVERS),
            Expectation.post("/api/reports/NO-SUCH-FORM/11584/202401/reopen", "{}", LEADERS_AND_ADMIN),
            Expectation.get("/api/reports/NO-SUCH-FORM/11584/202401/validation", SIGNED_IN),
            Expectation.get("/api/validation?form=BC-KTXH-XA-THANG&period=202401", SIGNED_IN),
            Expectation.get("/api/validationRules", SIGNED_IN),
            Expectation.get("/api/validationRules/NO-SUCH-RULE", SIGNED_IN),
            Expectation.post("/api/validationRules", "{}", ADMIN),
            Expectation.put("/api/validationRules/NO-SUCH-RULE", "{}", ADMIN),
            Expectation.get("/reporting", SIGNED_IN),
            Expectation.get("/reporting/BC-KTXH-XA-THANG", SIGNED_IN),
            Expectation.get("/reporting/BC-KTXH-XA-THANG/11584/202401", SIGNED_IN),
            Expectation.get("/reporting/BC-KTXH-XA-THANG/11584/202401/excel", SIGNED_IN),
            Expectation.get("/reporting/BC-KTXH-XA-THANG/validation", SIGNED_IN),
            Expectation.get("/reporting/admin/forms/new", ADMIN),
            Expectation.get("/reporting/admin/rules", ADMIN),
            Expectation.get("/reporting/admin/rules/new", ADMIN),
            Expectation.get("/reporting/admin/forms/BC-KTXH-XA-THANG/edit", ADMIN),
            Expectation.get("/reporting/admin/forms/BC-KTXH-HUYEN-THANG/mapping", ADMIN),
            Expectation.get("/api/reportForms/BC-KTXH-HUYEN-THANG/mapping", SIGNED_IN),
            Expectation.put("/api/reportForms/NO-SUCH-FORM/mapping", "{}", ADMIN),
            Expectation.get("/reporting/BC-KTXH-HUYEN-THANG/consolidated/312/202401", SIGNED_IN),
            // quick reports: anyone signed in exports what they may read
            Expectation.get("/reports/quick.pdf?dimension=dx:NO-SUCH-ITEM&filter=pe:2024&filter=ou:312", SIGNED_IN),
            Expectation.get("/reports/quick.xlsx?dimension=dx:NO-SUCH-ITEM&filter=pe:2024&filter=ou:312", SIGNED_IN),
            Expectation.get("/reports/dashboards/NO-SUCH-DASHBOARD.pdf", SIGNED_IN),
            Expectation.get("/reports/dashboards/NO-SUCH-DASHBOARD.xlsx", SIGNED_IN),
            Expectation.get("/api/province/reports?form=BC-KTXH-XA-THANG&period=202401", LEADERS_AND_ADMIN),
            Expectation.get("/api/province/consolidations/NO-SUCH-FORM/312/202401", LEADERS_AND_ADMIN),
            Expectation.get("/reporting/BC-KTXH-XA-THANG/consolidated/312/202401", SIGNED_IN),
            Expectation.get("/reporting/BC-KTXH-XA-THANG/consolidated/312/202401/excel", SIGNED_IN),
            Expectation.get("/reporting/BC-KTXH-XA-THANG/consolidated/312/202401/pdf", SIGNED_IN),
            Expectation.get("/api/province/reports/NO-SUCH-FORM/11584/202401", LEADERS_AND_ADMIN),
            Expectation.get("/api/province/reports/NO-SUCH-FORM/11584/202401.xlsx", LEADERS_AND_ADMIN),
            Expectation.get("/reports/exports", SIGNED_IN),
            Expectation.get("/api/exports", SIGNED_IN),
            Expectation.get("/api/exports/NO-SUCH-JOB", SIGNED_IN),
            Expectation.get("/api/exports/NO-SUCH-JOB/file", SIGNED_IN),
            Expectation.post("/api/exports", "{}", SIGNED_IN),
            // aggregate reports: leaders and admins generate, admins write templates, the library is read by
            // the units concerned (checked per report in ReportTemplatesIntegrationTests)
            Expectation.get("/reports/templates", LEADERS_AND_ADMIN),
            Expectation.get("/reports/templates/new", ADMIN),
            Expectation.get("/reports/templates/BC-KTXH-THANG/edit", ADMIN),
            Expectation.post("/reports/templates/NO-SUCH-TEMPLATE/generate", "{}", LEADERS_AND_ADMIN),
            Expectation.get("/reports/library", SIGNED_IN),
            Expectation.get("/reports/library/999999999", SIGNED_IN),
            Expectation.get("/reports/library/999999999.pdf", SIGNED_IN),
            Expectation.get("/reports/library/999999999.xlsx", SIGNED_IN),
            Expectation.post("/reports/library/999999999/send", "{}", LEADERS_AND_ADMIN),
            Expectation.get("/api/reports/templates", LEADERS_AND_ADMIN),
            Expectation.get("/api/reports/templates/NO-SUCH-TEMPLATE", LEADERS_AND_ADMIN),
            Expectation.post("/api/reports/templates", "{}", ADMIN),
            Expectation.put("/api/reports/templates/NO-SUCH-TEMPLATE", "{}", ADMIN),
            Expectation.post("/api/reports/templates/NO-SUCH-TEMPLATE/generate?period=202401", "{}", LEADERS_AND_ADMIN),
            Expectation.get("/api/reports/library", SIGNED_IN),
            Expectation.get("/api/reports/library/999999999", SIGNED_IN),
            Expectation.get("/api/reports/library/999999999/file.pdf", SIGNED_IN),
            Expectation.get("/api/reports/library/999999999/file.xlsx", SIGNED_IN),
            // one-stop-shop dossiers: officers and admins import (within their unit), everyone signed in reads what
            // their unit allows, citizens look a dossier up by code
            Expectation.post("/api/operations/dossiers", "[]", OFFICERS_AND_ADMIN),
            Expectation.get("/api/operations/dossiers", SIGNED_IN),
            Expectation.get("/api/operations/dossiers/NO-SUCH-DOSSIER", SIGNED_IN),
            Expectation.get("/operations/dossiers", SIGNED_IN),
            Expectation.get("/operations/dossiers/NO-SUCH-DOSSIER", SIGNED_IN),
            Expectation.get("/portal/dossiers", EVERYONE),
            // assigned tasks: the e-office system imports as an admin, lead units' officers report progress
            Expectation.post("/api/operations/documents", "[]", OFFICERS_AND_ADMIN),
            Expectation.get("/api/operations/documents", SIGNED_IN),
            Expectation.get("/api/operations/documents/NO-SUCH-DOCUMENT", SIGNED_IN),
            Expectation.get("/api/operations/documents/NO-SUCH-DOCUMENT/attachment", SIGNED_IN),
            Expectation.get("/operations/documents", SIGNED_IN),
            Expectation.get("/operations/documents/NO-SUCH-DOCUMENT", SIGNED_IN),
            Expectation.get("/operations/documents/NO-SUCH-DOCUMENT/attachment", SIGNED_IN),
            Expectation.post("/api/operations/tasks", "[]", ADMIN),
            Expectation.get("/api/operations/tasks", SIGNED_IN),
            Expectation.get("/api/operations/tasks/NO-SUCH-TASK", SIGNED_IN),
            Expectation.post("/api/operations/tasks/NO-SUCH-TASK/progress", "{}", OFFICERS_AND_ADMIN),
            Expectation.get("/operations/tasks", SIGNED_IN),
            Expectation.get("/operations/tasks/NO-SUCH-TASK", SIGNED_IN),
            Expectation.get("/operations/tasks/NO-SUCH-TASK/updates/1/attachment", SIGNED_IN),
            Expectation.get("/api/sensors/stations", SIGNED_IN),
            Expectation.get("/api/sensors/stations/NO-SUCH-STATION", SIGNED_IN),
            Expectation.post("/api/sensors/stations", "{}", ADMIN),
            Expectation.put("/api/sensors/stations/NO-SUCH-STATION", "{}", ADMIN),
            Expectation.post("/api/sensors/readings", "{\"readings\":[]}", OFFICERS_AND_ADMIN),
            Expectation.get("/api/sensors/stations/NO-SUCH-STATION/readings", SIGNED_IN),
            Expectation.get("/api/sensors/stations/NO-SUCH-STATION/daily", SIGNED_IN),
            Expectation.get("/api/sensors/latest.geojson", SIGNED_IN),
            Expectation.get("/sensors", SIGNED_IN),
            Expectation.get("/sensors/NO-SUCH-STATION", SIGNED_IN),
            Expectation.get("/alerts", SIGNED_IN),
            Expectation.get("/alerts/0", SIGNED_IN),
            Expectation.get("/alerts/rules", ADMIN),
            Expectation.get("/alerts/rules/new", ADMIN),
            Expectation.get("/alerts/rules/NO-SUCH-RULE", ADMIN),
            Expectation.get("/api/alerts", SIGNED_IN),
            Expectation.get("/api/alerts/summary", SIGNED_IN),
            Expectation.get("/api/alerts/current.geojson", SIGNED_IN),
            Expectation.get("/api/alerts/0", SIGNED_IN),
            Expectation.post("/api/alerts/0/acknowledge", "{}", SIGNED_IN),
            Expectation.post("/api/alerts/0/resolve", "{}", SIGNED_IN),
            Expectation.get("/api/alerts/rules", SIGNED_IN),
            Expectation.get("/api/alerts/rules/NO-SUCH-RULE", SIGNED_IN),
            Expectation.post("/api/alerts/rules", "{}", ADMIN),
            Expectation.put("/api/alerts/rules/NO-SUCH-RULE", "{}", ADMIN),
            Expectation.post("/api/alerts/rules/NO-SUCH-RULE/evaluate", "{}", ADMIN),
            new Expectation("DELETE", "/api/alerts/rules/NO-SUCH-RULE", null, ADMIN),
            // alerts: notifications
            Expectation.get("/alerts/webhooks", ADMIN),
            Expectation.post("/alerts/webhooks", "{}", ADMIN),
            Expectation.post("/alerts/webhooks/999999999/active", "{}", ADMIN),
            Expectation.post("/alerts/webhooks/999999999/delete", "{}", ADMIN),
            Expectation.post("/alerts/webhooks/999999999/test", "{}", ADMIN),
            Expectation.post("/alerts/webhooks/deliveries/999999999/retry", "{}", ADMIN),
            Expectation.get("/api/alerts/webhooks", ADMIN),
            Expectation.get("/api/alerts/webhooks/999999999", ADMIN),
            Expectation.post("/api/alerts/webhooks", "{}", ADMIN),
            new Expectation("DELETE", "/api/alerts/webhooks/999999999", null, ADMIN),
            // citizens' feedback: the Open311 API, the form and the tracking pages are public; officers and leaders
            // handle requests (within their unit, checked by the service), leaders and admins close them
            Expectation.get("/open311/v2/discovery.json", EVERYONE),
            Expectation.get("/open311/v2/services.xml", EVERYONE),
            Expectation.get("/open311/v2/services/NO-SUCH-SERVICE.json", EVERYONE),
            // posting needs an app's api_key whoever calls (Open311 answers 403 without one)
            Expectation.post("/open311/v2/requests.json", "{}", EnumSet.noneOf(Caller.class)),
            Expectation.get("/open311/v2/requests.json", EVERYONE),
            Expectation.get("/open311/v2/requests/PA-00000000.json", EVERYONE),
            Expectation.get("/open311/v2/tokens/no-such-token.json", EVERYONE),
            Expectation.get("/portal/feedback", EVERYONE),
            Expectation.get("/portal/feedback/track?code=PA-00000000", EVERYONE),
            Expectation.get("/portal/feedback/PA-00000000", EVERYONE),
            Expectation.get("/portal/feedback/PA-00000000/photos/1", EVERYONE),
            Expectation.get("/portal/feedback/area.geojson", EVERYONE),
            Expectation.get("/portal/feedback/requests.geojson", EVERYONE),
            Expectation.get("/feedback", SIGNED_IN),
            Expectation.get("/feedback/NO-SUCH-REQUEST", SIGNED_IN),
            Expectation.get("/feedback/requests.geojson", SIGNED_IN),
            Expectation.get("/feedback/figures", SIGNED_IN),
            Expectation.get("/feedback/figures.xlsx", SIGNED_IN),
            Expectation.post("/feedback/NO-SUCH-REQUEST/start", "{}", APPROVERS),
            Expectation.post("/feedback/NO-SUCH-REQUEST/resolve", "{}", APPROVERS),
            Expectation.post("/feedback/NO-SUCH-REQUEST/notes", "{}", APPROVERS),
            Expectation.post("/feedback/NO-SUCH-REQUEST/close", "{}", LEADERS_AND_ADMIN),
            Expectation.get("/feedback/categories", ADMIN),
            Expectation.get("/feedback/categories/new", ADMIN),
            Expectation.get("/feedback/categories/NO-SUCH-CATEGORY", ADMIN),
            Expectation.post("/feedback/categories", "{}", ADMIN),
            Expectation.post("/feedback/categories/NO-SUCH-CATEGORY", "{}", ADMIN),
            Expectation.get("/feedback/keys", ADMIN),
            Expectation.post("/feedback/keys", "{}", ADMIN),
            Expectation.post("/feedback/keys/999999999/revoke", "{}", ADMIN),
            Expectation.get("/api/feedback", SIGNED_IN),
            Expectation.get("/api/feedback/NO-SUCH-REQUEST", SIGNED_IN),
            Expectation.post("/api/feedback/NO-SUCH-REQUEST/assign", "{}", APPROVERS),
            Expectation.post("/api/feedback/NO-SUCH-REQUEST/resolve", "{}", APPROVERS),
            Expectation.post("/api/feedback/NO-SUCH-REQUEST/close", "{}", LEADERS_AND_ADMIN),
            // the public portal: everything readable without an account; admins publish and edit
            Expectation.get("/portal", EVERYONE),
            Expectation.get("/robots.txt", EVERYONE),
            Expectation.get("/portal/data", EVERYONE),
            Expectation.get("/portal/data/NO-SUCH-GROUP", EVERYONE),
            Expectation.get("/portal/data/NO-SUCH-GROUP.csv", EVERYONE),
            Expectation.get("/portal/data/catalog.jsonld", EVERYONE),
            Expectation.get("/portal/api/datasets", EVERYONE),
            Expectation.get("/portal/api/datasets/NO-SUCH-GROUP/values", EVERYONE),
            Expectation.get("/portal/api/map.geojson", EVERYONE),
            Expectation.get("/portal/heritage", EVERYONE),
            Expectation.get("/portal/heritage/999999999", EVERYONE),
            Expectation.get("/portal/heritage/999999999/qr", EVERYONE),
            Expectation.get("/portal/heritage/999999999/qr.png", EVERYONE),
            Expectation.get("/portal/heritage/photos/999999999.jpg", EVERYONE),
            Expectation.get("/portal/topics/education", EVERYONE),
            Expectation.get("/portal/reports/999999999.pdf", EVERYONE),
            Expectation.get("/admin/portal", ADMIN),
            Expectation.get("/admin/portal/heritage/999999999", ADMIN),
            Expectation.post("/admin/portal/reports/NO-SUCH-TEMPLATE/publish", "{}", ADMIN),
            Expectation.post("/admin/portal/heritage/999999999", "{}", ADMIN),
            Expectation.post("/admin/portal/heritage/photos/999999999/delete", "{}", ADMIN),
            // exchange
            Expectation.get("/exchange", ADMIN),
            Expectation.post("/exchange", "{}", ADMIN),
            Expectation.get("/exchange/clients/999999999", ADMIN),
            Expectation.post("/exchange/clients/999999999", "{}", ADMIN),
            Expectation.post("/exchange/clients/999999999/keys", "{}", ADMIN),
            Expectation.post("/exchange/clients/999999999/keys/999999999/rotate", "{}", ADMIN),
            Expectation.post("/exchange/clients/999999999/keys/999999999/revoke", "{}", ADMIN),
            Expectation.post("/exchange/clients/999999999/subscriptions", "{}", ADMIN),
            Expectation.post("/exchange/clients/999999999/subscriptions/999999999/active?active=false", "{}", ADMIN),
            Expectation.post(
                    "/exchange/clients/999999999/subscriptions/999999999/deliveries/999999999/retry", "{}", ADMIN),
            Expectation.get("/exchange/log", ADMIN),
            Expectation.post("/exchange/log/verify", "{}", ADMIN),
            Expectation.get("/exchange/log/export.csv", ADMIN),
            Expectation.get("/api/exchange/access-log", ADMIN),
            Expectation.get("/api/exchange/access-log.csv", ADMIN),
            Expectation.get("/api/exchange/access-log/verify", ADMIN),
            // records
            Expectation.get("/records", SIGNED_IN),
            Expectation.get("/records/new", OFFICERS_AND_ADMIN),
            Expectation.get("/records/admin", LEADERS_AND_ADMIN),
            Expectation.get("/records/NO-SUCH-RECORD", SIGNED_IN),
            Expectation.get("/records/NO-SUCH-RECORD/files/1", SIGNED_IN),
            Expectation.post("/records", "{}", OFFICERS_AND_ADMIN),
            Expectation.post("/records/import", "{}", OFFICERS_AND_ADMIN),
            Expectation.get("/api/records", SIGNED_IN),
            Expectation.get("/api/records/ocr", LEADERS_AND_ADMIN),
            Expectation.get("/api/records/NO-SUCH-RECORD", SIGNED_IN),
            Expectation.post("/api/records", "{}", OFFICERS_AND_ADMIN),
            Expectation.post("/api/records/import", "{}", OFFICERS_AND_ADMIN),
            // meetings
            Expectation.get("/meetings", SIGNED_IN),
            Expectation.get("/meetings/new", LEADERS_AND_ADMIN),
            Expectation.post("/meetings", "{}", LEADERS_AND_ADMIN),
            Expectation.get("/meetings/search?q=ngan+sach", SIGNED_IN),
            Expectation.get("/meetings/999999999", SIGNED_IN),
            Expectation.get("/meetings/999999999/edit", SIGNED_IN),
            Expectation.post("/meetings/999999999", "{}", SIGNED_IN),
            Expectation.get("/meetings/999999999/read", SIGNED_IN),
            Expectation.post("/meetings/999999999/status", "{}", SIGNED_IN),
            Expectation.post("/meetings/999999999/minutes", "{}", SIGNED_IN),
            Expectation.post("/meetings/999999999/attendance", "{}", SIGNED_IN),
            Expectation.post("/meetings/999999999/items", "{}", SIGNED_IN),
            Expectation.post("/meetings/999999999/documents", "{}", SIGNED_IN),
            Expectation.post("/meetings/999999999/resolutions", "{}", SIGNED_IN),
            Expectation.get("/meetings/documents/999999999/file", SIGNED_IN),
            Expectation.post("/meetings/documents/999999999/note", "{}", SIGNED_IN),
            Expectation.get("/meetings/resolutions/999999999/file", SIGNED_IN),
            Expectation.post("/meetings/items/999999999/vote/open", "{}", SIGNED_IN),
            Expectation.post("/meetings/items/999999999/vote/close", "{}", SIGNED_IN),
            Expectation.post("/meetings/items/999999999/vote", "{}", SIGNED_IN),
            Expectation.get("/meetings/items/999999999/result", SIGNED_IN),
            // portal: dataset versions
            Expectation.get("/portal/data/NO-SUCH-GROUP/versions", EVERYONE),
            Expectation.get("/portal/data/NO-SUCH-GROUP/v1.csv", EVERYONE),
            Expectation.get("/portal/data/NO-SUCH-GROUP/v1.json", EVERYONE),
            Expectation.get("/portal/data/NO-SUCH-GROUP/v1.xlsx", EVERYONE),
            Expectation.get("/portal/api/datasets/NO-SUCH-GROUP/versions", EVERYONE),
            Expectation.get("/portal/api/datasets/NO-SUCH-GROUP/versions/1", EVERYONE),
            Expectation.post("/admin/portal/datasets/NO-SUCH-GROUP/versions", "{}", ADMIN),
            // exchange: DHIS2 import
            Expectation.get("/exchange/dhis2", ADMIN),
            Expectation.post("/exchange/dhis2", "{}", ADMIN),
            Expectation.post("/api/exchange/dhis2/import", "{}", ADMIN));

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void oneUserPerRole() {
        for (Role role : Role.values()) {
            TestUsers.ensure(users, jdbc, username(role), role, role.isOfficer() ? "T-MATRIX" : null);
        }
    }

    @Test
    void everyControllerMethodDeclaresWhoMayCallIt() {
        List<String> undeclared = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = e.getValue();
            boolean ours = handler.getBeanType().getPackageName().startsWith("vn.toancanh");
            boolean declared = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
            if (ours && !declared) {
                undeclared.add(handler.getShortLogMessage() + " " + e.getKey());
            }
        }
        assertThat(mapping.getHandlerMethods()).isNotEmpty();
        assertThat(undeclared).as("controller methods without @PreAuthorize").isEmpty();
    }

    @Test
    void eachRoleIsAllowedExactlyWhatTheTableSays() {
        TestHttp http = new TestHttp(port);
        List<String> mismatches = new ArrayList<>();
        for (Expectation expectation : EXPECTATIONS) {
            for (Caller caller : Caller.values()) {
                HttpResponse<String> response = call(http, expectation, caller);
                boolean expected = expectation.allowed().contains(caller);
                String outcome = outcome(response);
                if (outcome.equals("SERVER_ERROR") || expected != outcome.equals("ALLOW")) {
                    mismatches.add(String.format(
                            "%s %s as %s: expected %s, got %d%s",
                            expectation.method(),
                            expectation.path(),
                            caller,
                            expected ? "ALLOW" : "DENY",
                            response.statusCode(),
                            response.headers()
                                    .firstValue("Location")
                                    .map(l -> " → " + l)
                                    .orElse("")));
                }
            }
        }
        assertThat(mismatches).as("unexpected allows or denies").isEmpty();
    }

    private HttpResponse<String> call(TestHttp http, Expectation e, Caller caller) {
        String auth = caller == Caller.ANONYMOUS
                ? null
                : TestHttp.basic(username(Role.valueOf(caller.name())), TestUsers.PASSWORD);
        boolean api = e.path().startsWith("/api/")
                || e.path().startsWith("/v3/")
                || e.path().startsWith("/actuator/");
        return http.send(
                e.method(),
                e.path(),
                auth,
                api ? "application/json" : "text/html",
                e.jsonBody() == null ? null : "application/json",
                e.jsonBody());
    }

    /** ALLOW, DENY (401, 403 or a redirect to the login page) or SERVER_ERROR. */
    private static String outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "SERVER_ERROR";
        }
        boolean toLogin = status / 100 == 3
                && response.headers()
                        .firstValue("Location")
                        .map(l -> l.endsWith("/login"))
                        .orElse(false);
        return status == 401 || status == 403 || toLogin ? "DENY" : "ALLOW";
    }

    private static String username(Role role) {
        return "matrix." + role.name().toLowerCase(java.util.Locale.ROOT);
    }
}
