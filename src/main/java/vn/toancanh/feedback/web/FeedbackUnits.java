package vn.toancanh.feedback.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.organisation.UnitView;

/** The units a request can be given to or a list cut to: the open departments, communes and partners, by place. */
@Component
class FeedbackUnits {

    private static final int MAX = 2000;

    private final OrganisationService organisation;

    FeedbackUnits(OrganisationService organisation) {
        this.organisation = organisation;
    }

    List<UnitView> handling() {
        List<UnitView> out = new ArrayList<>();
        for (UnitView root : organisation.roots()) {
            for (UnitView u : organisation.subtree(root.id())) {
                if (u.kind() != UnitKind.PROVINCE && u.isOpenOn(OrganisationService.today()) && out.size() < MAX) {
                    out.add(u);
                }
            }
        }
        out.sort(Comparator.comparing(UnitView::path));
        return out;
    }

    /** The same, with {@code unitId} added when it is not among them (a unit closed since a category chose it). */
    List<UnitView> handlingWith(@Nullable Long unitId) {
        List<UnitView> out = handling();
        if (unitId != null && out.stream().noneMatch(u -> u.id() == unitId)) {
            organisation.findById(unitId).ifPresent(u -> out.add(0, u));
        }
        return out;
    }
}
