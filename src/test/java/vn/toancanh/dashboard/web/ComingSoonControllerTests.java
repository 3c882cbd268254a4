package vn.toancanh.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import vn.toancanh.shared.NotFoundException;

class ComingSoonControllerTests {

    private final ComingSoonController controller = new ComingSoonController();

    @Test
    void modulesStillToComeHaveTheirPage() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(controller.coming("alerts", model)).isEqualTo("dashboard/coming");
        assertThat(model.getAttribute("module")).isEqualTo("alerts");
    }

    @Test
    void modulesThatExistAreNotComingAnyMore() {
        for (String module : new String[] {"analytics", "map"}) {
            assertThatThrownBy(() -> controller.coming(module, new ExtendedModelMap()))
                    .isInstanceOf(NotFoundException.class);
        }
    }
}
