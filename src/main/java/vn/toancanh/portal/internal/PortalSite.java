package vn.toancanh.portal.internal;

import org.springframework.stereotype.Component;
import vn.toancanh.map.MapService;
import vn.toancanh.organisation.OrganisationService;
import vn.toancanh.organisation.UnitView;

/**
 * What every public page's frame shows: the district's name. The portal layout calls it as {@code @portalSite}, so
 * the pages other modules serve under {@code /portal} (dossier lookup, feedback) get the same header.
 */
@Component("portalSite")
public class PortalSite {

    private final OrganisationService organisation;
    private final MapService map;
    private final PortalProperties properties;

    PortalSite(OrganisationService organisation, MapService map, PortalProperties properties) {
        this.organisation = organisation;
        this.map = map;
        this.properties = properties;
    }

    /** The code of the unit the portal speaks for: configured, else the map's home unit. */
    public String unitCode() {
        String configured = properties.unit();
        return configured == null || configured.isBlank() ? map.homeUnit() : configured.strip();
    }

    /** "Huyện An Dương", or the product name while the unit is not yet loaded. */
    public String districtName() {
        return organisation.findByCode(unitCode()).map(UnitView::name).orElse("Toàn Cảnh");
    }
}
