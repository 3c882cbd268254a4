package vn.toancanh.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.toancanh.catalog.CatalogService;
import vn.toancanh.catalog.DomainView;
import vn.toancanh.catalog.GroupFilter;
import vn.toancanh.catalog.ItemFilter;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitFilter;
import vn.toancanh.organisation.UnitKind;
import vn.toancanh.shared.PageQuery;

/** Gathers the home page's figures from the modules that own them; counts only, so it stays cheap. */
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
        List<HomeSummary.DomainSummary> domains =
                catalog.domains().stream().map(this::domain).toList();
        return new HomeSummary(communes, units(UnitKind.DEPARTMENT), units(UnitKind.PARTNER), groups, items, domains);
    }

    private HomeSummary.DomainSummary domain(DomainView domain) {
        List<HomeSummary.SectorSummary> sectors = domain.sectors().stream()
                .map(s -> new HomeSummary.SectorSummary(s.code(), s.name(), items(null, s.code())))
                .toList();
        return new HomeSummary.DomainSummary(domain.code(), domain.name(), items(domain.code(), null), sectors);
    }

    private long units(UnitKind kind) {
        return organisation
                .list(COUNT_ONLY, new UnitFilter(kind, null, null, false))
                .total();
    }

    private long items(@Nullable String domain, @Nullable String sector) {
        return catalog.listItems(COUNT_ONLY, new ItemFilter(domain, sector, null, null, null, true))
                .total();
    }
}
