package vn.toancanh.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toancanh.organisation.internal.UnitRepository;
import vn.toancanh.shared.NotFoundException;

/** The organisation façade: look units up, walk the hierarchy. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final UnitRepository units;

    OrganisationService(UnitRepository units) {
        this.units = units;
    }

    public Optional<UnitView> findByCode(String code) {
        return units.findByCode(code);
    }

    public Optional<UnitView> findById(long id) {
        return units.findById(id);
    }

    public UnitView getByCode(String code) {
        return findByCode(code).orElseThrow(() -> NotFoundException.of("đơn vị", code));
    }

    /** Units by code, for resolving an import's codes in one query; unknown codes are absent from the map. */
    public Map<String, UnitView> findByCodes(Collection<String> codes) {
        return units.findByCodes(codes);
    }

    /** Units by id. */
    public Map<Long, UnitView> findByIds(Collection<Long> ids) {
        return units.findByIds(ids);
    }

    /** The unit and every unit below it. */
    public List<UnitView> subtree(long unitId) {
        return units.subtree(unitId);
    }

    /** True when {@code unitId} is {@code ancestorId} or lies below it. */
    public boolean isWithin(long unitId, long ancestorId) {
        if (unitId == ancestorId) {
            return true;
        }
        Optional<UnitView> unit = units.findById(unitId);
        Optional<UnitView> ancestor = units.findById(ancestorId);
        return unit.isPresent() && ancestor.isPresent() && unit.get().isWithin(ancestor.get());
    }

    public List<UnitView> children(long parentId) {
        return units.children(parentId);
    }

    public List<UnitView> roots() {
        return units.roots();
    }
}
