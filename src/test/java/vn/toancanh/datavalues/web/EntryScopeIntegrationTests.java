package vn.toancanh.datavalues.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.toancanh.datavalues.internal.entry.EntryScope;
import vn.toancanh.identity.CurrentUser;
import vn.toancanh.identity.internal.UserAccountRepository;
import vn.toancanh.organisation.UnitView;

/** Who may pick which unit on the entry page, with the demo district's accounts. */
@SpringBootTest
class EntryScopeIntegrationTests {

    @Autowired
    EntryScope scope;

    @Autowired
    UserAccountRepository users;

    @Test
    void aDepartmentOfficerEntersForItsOwnUnitAndTheUnitsReportingItsGroups() {
        List<String> codes = codes("phongtckh");
        // the finance department owns the budget groups, which the communes report
        assertThat(codes).contains("312-TCKH", "11584", "11626").doesNotContain("312-TK", "312", "31");
        assertThat(scope.writableUnit(user("phongtckh"), "11584")).isPresent();
        assertThat(scope.writableUnit(user("phongtckh"), "312-TK")).isEmpty();
    }

    @Test
    void aCommuneOfficerEntersOnlyForItsCommune() {
        assertThat(codes("xalethien")).containsExactly("11584");
        assertThat(scope.writableUnit(user("xalethien"), "11587")).isEmpty();
    }

    @Test
    void leadersAndViewersEnterNothing() {
        assertThat(codes("lanhdao")).isEmpty();
        assertThat(codes("xem")).isEmpty();
    }

    private List<String> codes(String username) {
        return scope.writableUnits(user(username)).stream().map(UnitView::code).toList();
    }

    private CurrentUser user(String username) {
        return users.findByUsername(username).orElseThrow().toCurrentUser();
    }
}
