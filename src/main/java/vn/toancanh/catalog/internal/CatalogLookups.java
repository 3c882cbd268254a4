package vn.toancanh.catalog.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.toancanh.catalog.DataGroupView;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;

/**
 * Resolves the codes an input refers to (groups, sectors, combos, units) in a handful of queries, however many
 * rows an import has.
 */
@Component
public class CatalogLookups {

    private final GroupAndComboRepository groups;
    private final DomainRepository domains;
    private final ComboRepository combos;
    private final OrganisationService organisation;

    CatalogLookups(
            GroupAndComboRepository groups,
            DomainRepository domains,
            ComboRepository combos,
            OrganisationService organisation) {
        this.groups = groups;
        this.domains = domains;
        this.combos = combos;
        this.organisation = organisation;
    }

    /** The lookups for inputs that mention these unit codes. */
    public Resolved resolve(Collection<String> unitCodes) {
        Set<String> codes = new HashSet<>();
        unitCodes.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(String::trim)
                .forEach(codes::add);
        return new Resolved(
                groups.allGroups().stream().collect(Collectors.toMap(DataGroupView::code, Function.identity())),
                domains.sectorIdsByCode(),
                combos.comboIdsByCode(),
                organisation.findByCodes(codes));
    }

    /** Unit codes by id, for showing and exporting what is stored as ids. */
    public Map<Long, UnitView> unitsByIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : organisation.findByIds(new HashSet<>(ids));
    }

    /** Everything an input may refer to, by code. */
    public record Resolved(
            Map<String, DataGroupView> groups,
            Map<String, Long> sectorIds,
            Map<String, Long> comboIds,
            Map<String, UnitView> units) {}
}
