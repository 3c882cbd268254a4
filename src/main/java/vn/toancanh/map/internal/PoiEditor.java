package vn.toancanh.map.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.AuditService;
import vn.toancanh.map.MapUnitView;
import vn.toancanh.map.PoiInput;
import vn.toancanh.map.internal.PoiRepository.PoiWrite;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;
import vn.toancanh.shared.FieldProblem;
import vn.toancanh.shared.InvalidInputException;
import vn.toancanh.shared.NotFoundException;

/** Creates, edits and deletes points, every write audited. Runs in the caller's transaction. */
@Component
public class PoiEditor {

    static final String ENTITY = "map_poi";

    private final PoiRepository pois;
    private final OrganisationService organisation;
    private final AuditService audit;

    PoiEditor(PoiRepository pois, OrganisationService organisation, AuditService audit) {
        this.pois = pois;
        this.organisation = organisation;
        this.audit = audit;
    }

    public long create(PoiInput input, UnitLocator locator) {
        PoiWrite poi = check(input, locator);
        long id = pois.insert(poi);
        audit.record("CREATE", ENTITY, String.valueOf(id), poi.layer() + " " + poi.name());
        return id;
    }

    public void update(long id, PoiInput input, UnitLocator locator) {
        requireExists(id);
        PoiWrite poi = check(input, locator);
        pois.update(id, poi);
        audit.record("UPDATE", ENTITY, String.valueOf(id), poi.layer() + " " + poi.name());
    }

    public void delete(long id) {
        PoiRepository.PoiRow row = requireExists(id);
        pois.delete(id);
        audit.record("DELETE", ENTITY, String.valueOf(id), row.layer() + " " + row.name());
    }

    /** Validated and with its unit resolved: given by code, or found from the point. 400 with every problem. */
    PoiWrite check(PoiInput input, UnitLocator locator) {
        List<FieldProblem> problems = new ArrayList<>(PoiValidator.validate(input));
        Long unitId = null;
        if (input.unitCode() != null) {
            Optional<UnitView> unit = organisation.findByCode(input.unitCode());
            if (unit.isEmpty()) {
                problems.add(new FieldProblem("unitCode", "Không tìm thấy đơn vị '" + input.unitCode() + "'"));
            } else {
                unitId = unit.get().id();
            }
        } else if (problems.isEmpty()) {
            unitId = locatedUnit(input, locator);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PoiWrite(
                input.layer(),
                input.name(),
                input.description(),
                input.latitude(),
                input.longitude(),
                unitId,
                input.address(),
                input.properties(),
                input.link(),
                input.isPublic());
    }

    private @Nullable Long locatedUnit(PoiInput input, UnitLocator locator) {
        return locator.locate(input.latitude(), input.longitude())
                .map(MapUnitView::code)
                .flatMap(organisation::findByCode)
                .map(UnitView::id)
                .orElse(null);
    }

    private PoiRepository.PoiRow requireExists(long id) {
        return pois.find(id).orElseThrow(() -> NotFoundException.of("điểm bản đồ", String.valueOf(id)));
    }
}
