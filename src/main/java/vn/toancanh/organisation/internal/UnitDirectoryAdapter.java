package vn.toancanh.organisation.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.toancanh.identity.UnitDirectory;
import vn.toancanh.organisation.UnitView;

/** Answers identity's questions about units. */
@Component
class UnitDirectoryAdapter implements UnitDirectory {

    private final UnitRepository units;

    UnitDirectoryAdapter(UnitRepository units) {
        this.units = units;
    }

    @Override
    public Optional<UnitRef> findById(long id) {
        return units.findById(id).map(UnitDirectoryAdapter::ref);
    }

    @Override
    public Optional<UnitRef> findByCode(String code) {
        return units.findByCode(code).map(UnitDirectoryAdapter::ref);
    }

    private static UnitRef ref(UnitView unit) {
        return new UnitRef(unit.id(), unit.code(), unit.name());
    }
}
