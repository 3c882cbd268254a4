package vn.toancanh.dashboard;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DomainView;
import vn.toancanh.catalog.GroupFilter;
import vn.toancanh.catalog.ItemFilter;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitFilter;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.shared.PageQuery;

/** Gathers the home page's figures from the modules that own them: a handful of count queries, one per kind of figure. */
@Service
public class HomeService {

    private static final PageQuery COUNT_ONLY = new PageQuery(1, 1, "", "", false);

    private final OrganisationService organisation;
    private final CatalogService catalog;

    HomeService(OrganisationService organisation, CatalogService catalog) {
        this.organisation = organisation;
        this.catalog = catalog;
    }

    public HomeSummary summary() {
        long communes = units(UnitKind.COMMUNE) + units(UnitKind.WARD) + units(UnitKind.TOWNSHIP);
        long groups = catalog.listGroups(COUNT_ONLY, GroupFilter.NONE).total();
        long items = catalog.listItems(COUNT_ONLY, ItemFilter.NONE).total();
        Map<String, Long> itemsBySector = catalog.activeItemCountsBySector();
        List<HomeSummary.DomainSummary> domains =
                catalog.domains().stream().map(d -> domain(d, itemsBySector)).toList();
        return new HomeSummary(communes, units(UnitKind.DEPARTMENT), units(UnitKind.PARTNER), groups, items, domains);
    }

    private static HomeSummary.DomainSummary domain(DomainView domain, Map<String, Long> itemsBySector) {
        List<HomeSummary.SectorSummary> sectors = domain.sectors().stream()
                .map(s -> new HomeSummary.SectorSummary(s.code(), s.name(), itemsBySector.getOrDefault(s.code(), 0L)))
                .toList();
        long items =
                sectors.stream().mapToLong(HomeSummary.SectorSummary::items).sum();
        return new HomeSummary.DomainSummary(domain.code(), domain.name(), items, sectors);
    }

    private long units(UnitKind kind) {
        return organisation
                .list(COUNT_ONLY, new UnitFilter(kind, null, null, false))
                .total();
    }
}
